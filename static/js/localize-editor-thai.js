// wagtail-localize's translation editor (a React bundle, left as shipped) writes
// two strings without gettext: its header "<source> to <target> translation" and
// the screen-reader label "More actions" of its footer menus. This puts them
// through the page's JavaScript catalogue (Django's, completed by
// locale/overrides) whenever the editor renders them; an English admin keeps
// the bundle's own words.
(() => {
  const editor = document.querySelector(".js-translation-editor[data-props]");
  if (!editor || typeof window.gettext !== "function") return;
  const { sourceLocale, locale } = JSON.parse(editor.dataset.props);
  const names = { source: sourceLocale.displayName, target: locale.displayName };
  const rewrites = [
    ["h3", `${names.source} to ${names.target} translation`,
      interpolate(gettext("%(source)s to %(target)s translation"), names, true)],
    [".w-sr-only", "More actions", gettext("More actions")],
  ];

  const translate = () => {
    for (const [selector, english, translated] of rewrites) {
      for (const element of editor.querySelectorAll(selector)) {
        const text = element.firstChild;
        if (element.childNodes.length === 1 && text.nodeType === Node.TEXT_NODE
            && text.nodeValue === english && translated !== english) {
          text.nodeValue = translated;  // the node React keeps: a re-render leaves it be
        }
      }
    }
  };
  translate();
  new MutationObserver(translate).observe(editor, { childList: true, subtree: true });
})();
