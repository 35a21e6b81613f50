// A table too wide for the screen scrolls inside its box (.table-wrap). Such a box
// takes keyboard focus, so the arrow keys scroll it, and is named by the table's
// caption or the heading before it. Boxes a template already made focusable are left.
(function () {
  "use strict";
  var made = 0;

  function labelFor(box) {
    var found = box.querySelector("caption");
    for (var node = box.previousElementSibling; !found && node; node = node.previousElementSibling) {
      if (/^H[1-6]$/.test(node.tagName)) { found = node; }
    }
    if (!found) {
      var section = box.parentElement && box.parentElement.closest("section, article, main");
      found = section && section.querySelector("h1, h2, h3, h4");
    }
    return found;
  }

  function fit(box) {
    if (box.dataset.scrollBox === "template") { return; }
    if (box.scrollWidth > box.clientWidth) {
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      var label = labelFor(box);
      if (label) {
        if (!label.id) { made += 1; label.id = "scroll-box-label-" + made; }
        box.setAttribute("aria-labelledby", label.id);
      }
    } else {
      box.removeAttribute("tabindex");
      box.removeAttribute("role");
      box.removeAttribute("aria-labelledby");
    }
  }

  function fitAll() {
    document.querySelectorAll(".table-wrap").forEach(fit);
  }

  document.querySelectorAll(".table-wrap[tabindex]").forEach(function (box) {
    box.dataset.scrollBox = "template";
  });
  fitAll();
  var pending = null;
  window.addEventListener("resize", function () {
    window.clearTimeout(pending);
    pending = window.setTimeout(fitAll, 150);
  });
})();
