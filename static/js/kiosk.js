/* The counter kiosk: a face, then optional reasons, then thanks and back to the
 * faces. A face pressed less than data-debounce ms after the previous face (a
 * second response started by someone hammering the buttons) is ignored; the
 * reasons and "Send" that complete a response never are. The answer carries the
 * milliseconds since its face, so the server applies the same rule. After
 * data-idle ms without a touch the kiosk sends the face already chosen, if any,
 * and starts again. Nothing here needs a session or a cookie. */
(function () {
  "use strict";
  var form = document.querySelector("[data-kiosk]");
  if (!form) { return; }
  var idleMs = Number(form.dataset.idle) || 30000;
  var debounceMs = Number(form.dataset.debounce) || 2000;
  var thanksMs = Number(form.dataset.thanks) || 4000;
  var steps = {
    faces: form.querySelector('[data-step="faces"]'),
    reasons: form.querySelector('[data-step="reasons"]'),
    thanks: document.querySelector('[data-step="thanks"]')
  };
  var status = document.querySelector("[data-status]");
  var face = null;
  var faceAt = -Infinity;  // when the face of the latest response was pressed
  var idleTimer = null;
  var thanksTimer = null;

  function show(name) {
    Object.keys(steps).forEach(function (key) {
      if (steps[key]) { steps[key].hidden = key !== name; }
    });
    form.hidden = name === "thanks";
    document.body.dataset.kioskStep = name;
  }

  function reset() {
    face = null;
    form.querySelectorAll('input[name="reason"]').forEach(function (box) { box.checked = false; });
    status.textContent = "";
    clearTimeout(thanksTimer);
    clearTimeout(idleTimer);
    show("faces");
  }

  function touched() {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(function () {
      if (face !== null) { send(); } else { reset(); }
    }, idleMs);
  }

  function send() {
    clearTimeout(idleTimer);
    var body = new FormData();
    body.append("face", face);
    body.append("elapsed", String(Math.max(0, Date.now() - faceAt)));
    face = null;
    form.querySelectorAll('input[name="reason"]:checked').forEach(function (box) {
      body.append("reason", box.value);
    });
    show("thanks");
    fetch(form.action, {
      method: "POST",
      body: body,
      credentials: "omit",
      headers: { Accept: "application/json" }
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok && data.message) { status.textContent = data.message; }
      });
    }).catch(function () {
      status.textContent = form.dataset.offline || "";
    });
    thanksTimer = setTimeout(reset, thanksMs);
  }

  form.addEventListener("click", function (event) {
    var button = event.target.closest("button");
    if (!button) { return; }
    event.preventDefault();
    if (button.name === "face") {
      if (Date.now() - faceAt < debounceMs) { return; }
      faceAt = Date.now();
      face = button.value;
      if (steps.reasons) { show("reasons"); touched(); } else { send(); }
    } else if (button.hasAttribute("data-send") && face !== null) {
      send();
    }
  });
  form.addEventListener("change", touched);
  reset();
})();
