// The contest entry's live word and character counter. The server's count is the one
// that decides (contests/textlimits.py: pythainlp's newmm segmenter); this one is an
// approximation with the browser's Thai word segmenter, counted the same way:
// characters as a reader sees them (vowel and tone marks are not extra), words as
// segments holding a letter or digit.
(() => {
  const area = document.querySelector("textarea[data-max-words]");
  const counter = document.getElementById("id_text_counter");
  if (!area || !counter) return;
  const template = (id) => document.getElementById(id).content.textContent.trim();
  const wordsText = template("counter-words");
  const charactersText = template("counter-characters");
  const segmenter = "Segmenter" in Intl ? new Intl.Segmenter("th", { granularity: "word" }) : null;
  const invisible = /[\r\u200b\u200c\u200d]/g;
  const marks = /\p{M}/gu;

  const countCharacters = (text) =>
    text.trim().normalize("NFC").replace(marks, "").replace(invisible, "").length;
  const countWords = (text) => {
    if (!segmenter) return text.trim().split(/\s+/).filter(Boolean).length;
    let words = 0;
    for (const part of segmenter.segment(text)) {
      if (part.isWordLike && /[\p{L}\p{N}]/u.test(part.segment)) words += 1;
    }
    return words;
  };
  const show = (element, text, count, limit) => {
    element.textContent = text.replace("{count}", count.toLocaleString());
    element.classList.toggle("text-counter--over", Boolean(limit) && count > limit);
  };
  const update = () => {
    const words = countWords(area.value);
    const characters = countCharacters(area.value);
    show(counter.querySelector("[data-counter=words]"), wordsText, words, Number(area.dataset.maxWords));
    show(counter.querySelector("[data-counter=characters]"), charactersText, characters, Number(area.dataset.maxCharacters));
  };
  area.addEventListener("input", update);
})();
