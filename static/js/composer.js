// The post composer: a formatting toolbar, a live preview rendered by the server's one
// sanitising renderer, and @mention suggestions by name (inserting @username).
(() => {
  const tools = document.getElementById("composer-tools");
  if (!tools) return;

  const debounce = (fn, wait) => {
    let timer;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => fn(...args), wait);
    };
  };

  const replaceSelection = (area, before, after, fallback) => {
    const { selectionStart: start, selectionEnd: end, value } = area;
    const chosen = value.slice(start, end) || fallback;
    area.setRangeText(before + chosen + after, start, end, "end");
    area.focus();
    area.dispatchEvent(new Event("input", { bubbles: true }));
  };

  const prefixLines = (area, prefix) => {
    const { selectionStart: start, selectionEnd: end, value } = area;
    const lineStart = value.lastIndexOf("\n", start - 1) + 1;
    const block = value.slice(lineStart, end);
    const prefixed = block.split("\n").map((line) => prefix + line).join("\n");
    area.setRangeText(prefixed, lineStart, end, "end");
    area.focus();
    area.dispatchEvent(new Event("input", { bubbles: true }));
  };

  const setUp = (area) => {
    const form = area.form;
    const kit = tools.content.cloneNode(true);
    const toolbar = kit.querySelector(".composer-toolbar");
    const list = kit.querySelector(".composer-mentions");
    const preview = kit.querySelector(".composer-preview__body");
    list.id = `${area.id}-mentions`;
    area.setAttribute("aria-controls", list.id);
    area.before(toolbar);
    area.after(list, kit.querySelector(".composer-preview"));
    const token = form.querySelector("input[name=csrfmiddlewaretoken]").value;

    toolbar.addEventListener("click", (event) => {
      const button = event.target.closest("button");
      if (!button) return;
      if (button.dataset.wrap) replaceSelection(area, button.dataset.wrap, button.dataset.wrap, "");
      else if (button.dataset.prefix) prefixLines(area, button.dataset.prefix);
      else if ("link" in button.dataset) replaceSelection(area, "[", "](https://)", "");
      else if (button.dataset.insert) replaceSelection(area, button.dataset.insert, "", "");
    });

    const showPreview = debounce(async () => {
      if (!area.value.trim()) {
        preview.textContent = preview.dataset.empty;
        return;
      }
      const body = new FormData();
      body.append("body", area.value);
      const response = await fetch(area.dataset.previewUrl, {
        method: "POST",
        body,
        headers: { "X-CSRFToken": token },
        credentials: "same-origin",
      });
      const answer = await response.json();
      if (answer.html !== undefined) preview.innerHTML = answer.html; // sanitised by the server
      else preview.textContent = answer.error;
    }, 400);

    let choices = [];
    let active = -1;
    const closeList = () => {
      list.hidden = true;
      list.replaceChildren();
      choices = [];
      active = -1;
      area.removeAttribute("aria-activedescendant");
    };
    const typedMention = () => {
      const before = area.value.slice(0, area.selectionStart);
      const match = before.match(/(?:^|\s)@([^\s@]{1,50})$/);
      return match ? match[1] : null;
    };
    const choose = (person) => {
      const typed = typedMention();
      if (typed === null) return;
      const end = area.selectionStart;
      area.setRangeText(`${person.username} `, end - typed.length, end, "end");
      closeList();
      area.focus();
      area.dispatchEvent(new Event("input", { bubbles: true }));
    };
    const highlight = (index) => {
      active = index;
      list.querySelectorAll("[role=option]").forEach((option, n) => {
        option.setAttribute("aria-selected", n === index ? "true" : "false");
      });
      if (index >= 0) area.setAttribute("aria-activedescendant", `${list.id}-${index}`);
    };
    const suggest = debounce(async () => {
      const typed = typedMention();
      if (typed === null) return closeList();
      const url = `${area.dataset.mentionsUrl}?q=${encodeURIComponent(typed)}`;
      const response = await fetch(url, { credentials: "same-origin" });
      if (!response.ok) return closeList();
      choices = (await response.json()).results;
      if (!choices.length) return closeList();
      list.replaceChildren(
        ...choices.map((person, n) => {
          const option = document.createElement("li");
          option.id = `${list.id}-${n}`;
          option.setAttribute("role", "option");
          option.dataset.username = person.username;
          option.textContent = `${person.name} (@${person.username})`;
          option.addEventListener("mousedown", (event) => {
            event.preventDefault();
            choose(person);
          });
          return option;
        }),
      );
      list.hidden = false;
      highlight(0);
    }, 250);

    area.addEventListener("input", () => {
      showPreview();
      suggest();
    });
    area.addEventListener("keydown", (event) => {
      if (list.hidden || !choices.length) return;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        highlight((active + step + choices.length) % choices.length);
      } else if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        choose(choices[active]);
      } else if (event.key === "Escape") {
        closeList();
      }
    });
    area.addEventListener("blur", () => setTimeout(closeList, 150));
    showPreview();
  };

  document.querySelectorAll("textarea[data-composer]").forEach(setUp);
})();
