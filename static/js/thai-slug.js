// Wagtail's slug field drops combining marks when it makes a slug from a title
// ("ภาษีมูลค่าเพิ่ม" became "ภาษมลคาเพม"). After each clean-up it reports what it
// was given; this makes the slug again from that, keeping vowels and tone marks
// (the same rule as core/slugs.py, which the server validates).
(() => {
  const notSlug = /[^-_\p{L}\p{N}\p{M}\s]/gu;
  const slugify = (value) =>
    value.normalize("NFC").toLowerCase().replace(notSlug, "").replace(/[-\s]+/g, "-")
      .slice(0, 255).replace(/^[-_]+|[-_]+$/g, "");

  const remake = (event) => {
    const { action, sourceValue } = event.detail || {};
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !["slugify", "urlify"].includes(action)) return;
    if (input.dataset.wSlugAllowUnicodeValue === "false" || input.dataset.wCleanAllowUnicodeValue === "false") return;
    const slug = slugify(sourceValue || "");
    if (slug && slug !== input.value) input.value = slug;
  };
  document.addEventListener("w-slug:applied", remake);
  document.addEventListener("w-clean:applied", remake);
})();
