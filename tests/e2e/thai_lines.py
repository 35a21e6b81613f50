"""Counting Thai words a browser has split across two lines.

The browser lists the visible text nodes that hold Thai; our segmenter cuts each
into words; for every word of two or more characters the browser measures its
line boxes (``Range.getClientRects``). A word whose boxes sit on more than one
line is split. Used by the e2e test and ``benchmarks/thai_linebreaks.py``.
"""

from search.text.segmentation import thai_runs_and_words

_TEXTS = """() => {
  const skip = new Set(["SCRIPT", "STYLE", "TEXTAREA", "OPTION", "NOSCRIPT", "TEMPLATE"]);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || skip.has(parent.tagName) || !/[\\u0E01-\\u0E4E]/.test(node.data)) {
        return NodeFilter.FILTER_REJECT;
      }
      return parent.getClientRects().length ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
    },
  });
  window.__thaiNodes = [];
  for (let node; (node = walker.nextNode()); ) window.__thaiNodes.push(node);
  return window.__thaiNodes.map((node) => node.data);
}"""

_SPLIT = """(spans) => {
  const split = [];
  spans.forEach(([index, start, end]) => {
    const range = document.createRange();
    range.setStart(window.__thaiNodes[index], start);
    range.setEnd(window.__thaiNodes[index], end);
    const tops = [...range.getClientRects()].filter((box) => box.width > 0).map((box) => box.top);
    if (tops.length && Math.max(...tops) - Math.min(...tops) > 4) split.push(range.toString());
  });
  return split;
}"""


def _word_spans(texts):
    spans = []
    for index, text in enumerate(texts):
        position = 0
        for is_thai, found in thai_runs_and_words(text):
            pieces = found if is_thai else [found]
            for piece in pieces:
                if is_thai and len(piece) > 1:
                    spans.append([index, position, position + len(piece)])
                position += len(piece)
    return spans


def split_words(page):
    """(Thai words split across lines on ``page`` as it is laid out now, words measured)."""
    spans = _word_spans(page.evaluate(_TEXTS))
    return page.evaluate(_SPLIT, spans), len(spans)
