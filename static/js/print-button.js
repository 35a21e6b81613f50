// "Print" buttons (certificates, handbooks): any element with data-print.
document.querySelectorAll("[data-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});
