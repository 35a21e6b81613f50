// Suggest-as-you-type for the search box: an ARIA 1.2 combobox with a listbox.
// Arrow keys move through suggestions, Enter opens one, Escape closes the list.
(function () {
  "use strict";
  const box = document.querySelector(".suggest");
  if (!box) return;
  const input = box.querySelector("input[role=combobox]");
  const list = box.querySelector("[role=listbox]");
  const url = box.dataset.suggestUrl;
  let active = -1;
  let timer = null;
  let controller = null;

  function options() { return Array.from(list.querySelectorAll("[role=option]")); }

  function close() {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    const items = options();
    if (!items.length) return;
    active = (index + items.length) % items.length;
    items.forEach((item, i) => item.setAttribute("aria-selected", String(i === active)));
    input.setAttribute("aria-activedescendant", items[active].id);
  }

  function show(suggestions) {
    list.replaceChildren();
    suggestions.forEach((suggestion, i) => {
      const item = document.createElement("li");
      item.id = "search-suggestion-" + i;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      const link = document.createElement("a");
      link.href = suggestion.url;
      link.textContent = suggestion.title;  // text, never HTML
      link.tabIndex = -1;
      item.appendChild(link);
      list.appendChild(item);
    });
    const open = suggestions.length > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open));
    active = -1;
  }

  async function fetchSuggestions() {
    const query = input.value.trim();
    if (query.length < 2) { close(); return; }
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const response = await fetch(url + "?q=" + encodeURIComponent(query), {
        signal: controller.signal, headers: { Accept: "application/json" },
      });
      if (!response.ok) { close(); return; }
      const data = await response.json();
      show(data.suggestions || []);
    } catch (error) {
      if (error.name !== "AbortError") close();
    }
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 150);
  });
  input.addEventListener("keydown", (event) => {
    if (list.hidden) return;
    if (event.key === "ArrowDown") { event.preventDefault(); highlight(active + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); highlight(active - 1); }
    else if (event.key === "Escape") { close(); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.assign(options()[active].querySelector("a").href);
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 200));
})();
