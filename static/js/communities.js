// Post forms submit once: the button is disabled after the first click (the server
// also ignores a repeated form token, so this only spares a second request).
document.querySelectorAll("form[data-once]").forEach((form) => {
  form.addEventListener("submit", () => {
    form.querySelectorAll("button[type=submit]").forEach((button) => {
      button.disabled = true;
      button.setAttribute("aria-disabled", "true");
    });
  });
});
