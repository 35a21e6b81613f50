"""Posts are written in Markdown (or the small editor's HTML) and stored sanitised.

``render(source)`` is the only way post HTML is made: CommonMark to HTML with
markdown-it-py, then nh3 with an allow-list, so no script, style, event handler,
non-web or off-site-looking link survives.

markdown-it-py parses in time linear in the length of the text (Python-Markdown,
used before, backtracked on runs of backticks and recursed once per nested list),
and ``MAX_NESTING`` bounds how deep blocks and inline markup may nest: what lies
deeper is not rendered, and the parser never recurses further. The forms bound a
post's length (``BODY_MAX_LENGTH``) and refuse text nested too deep to show.
"""

import re
from urllib.parse import unquote

import nh3
from markdown_it import MarkdownIt

TAGS = {
    "p", "br", "strong", "em", "b", "i", "u", "s", "del", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h3", "h4", "hr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}
MENTION = re.compile(r"(?<![\w@])@([\w.+-]{2,150})")
# Nesting of blocks (lists, quotes) and inline markup together; CommonMark's preset
# default. Ten levels of nested lists (a list and its item are two) are plenty.
MAX_NESTING = 20

# Characters a browser's URL parser drops before it reads a link: leading and
# trailing C0 controls and spaces, and tabs and newlines anywhere. Removing every
# control character and white space is stricter, never looser.
_INVISIBLE = re.compile(r"[\s\x00-\x1f\x7f]+")
_SAFE_SCHEMES = ("http:", "https:", "mailto:")
_ALIGNMENT = re.compile(r"^text-align:(left|right|center)$")


def _parser():
    """CommonMark with what posts use: hard line breaks where the writer pressed
    Enter, tables, ~~strikethrough~~, and raw HTML (sanitised by nh3 afterwards)."""
    parser = MarkdownIt(
        "commonmark", {"html": True, "breaks": True, "maxNesting": MAX_NESTING}
    ).enable(["table", "strikethrough"])
    # Every link becomes an element, whatever its scheme: nh3 and ``is_safe_link``
    # then decide, so a refused link shows as its text, never as Markdown syntax.
    parser.validateLink = lambda url: True
    default_th = parser.renderer.rules.get("th_open")
    default_td = parser.renderer.rules.get("td_open")
    parser.add_render_rule("th_open", _aligned(default_th))
    parser.add_render_rule("td_open", _aligned(default_td))
    return parser


def _aligned(default):
    """Table cells say their alignment with ``align`` (the allow-list keeps no style)."""

    def rule(self, tokens, index, options, env):
        token = tokens[index]
        style = token.attrs.pop("style", None)
        found = _ALIGNMENT.match(str(style or ""))
        if found:
            token.attrs["align"] = found.group(1)
        if default is not None:
            return default(tokens, index, options, env)
        return self.renderToken(tokens, index, options, env)

    return rule


_MARKDOWN = _parser()


def render(source):
    """Sanitised HTML for a post's Markdown ``source``."""
    return nh3.clean(
        _MARKDOWN.render(source),
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener",
        strip_comments=True,
        attribute_filter=_safe_link,
    )


def too_deep(source):
    """Whether ``source`` nests lists and quotes as deep as rendering goes (what lies
    deeper is not shown), so the forms can say so instead of dropping text."""
    return any(
        token.nesting == 1 and token.level >= MAX_NESTING - 1 for token in _MARKDOWN.parse(source)
    )


def _safe_link(tag, attribute, value):
    if attribute != "href":
        return value
    return value if is_safe_link(value) else None


def is_safe_link(value):
    """Whether a post may link to ``value``: a web or mail link (``http:``,
    ``https:``, ``mailto:``), a path on this site (``/…``) or a fragment (``#…``).

    Judged as a browser reads it: white space and control characters removed and
    ``\\`` read as ``/``, so ``java script:``, ``//evil.example``, ``/\\evil.example``,
    ``\\\\evil.example`` and ``/<tab>/evil.example``, which a browser opens as
    another site or a script, are refused rather than kept as same-site paths. A
    path is also judged percent-decoded (Markdown links arrive encoded: ``/%5Cevil``),
    so no spelling of such a link gets through.
    """
    compact = _INVISIBLE.sub("", value).replace("\\", "/").lower()
    if compact.startswith(_SAFE_SCHEMES) or compact.startswith("#"):
        return True
    return is_local_path(compact) and is_local_path(unquote(compact))


def is_local_path(value):
    """Whether ``value`` is a path on this site (``/…``) and not, as a browser reads
    it, a scheme-relative link to another host (``//host``, ``/\\host``, ``\\/host``,
    with white space or control characters anywhere between)."""
    compact = _INVISIBLE.sub("", str(value)).replace("\\", "/")
    return compact.startswith("/") and not compact.startswith("//")


def has_text(html):
    """Whether sanitised HTML still says anything (a post of only ``<script>`` does not)."""
    return bool(nh3.clean(html, tags=set()).strip())


def mentioned_usernames(source):
    """``@username`` mentions in a post, without trailing punctuation, in order."""
    names = (match.rstrip(".-") for match in MENTION.findall(source))
    return list(dict.fromkeys(name for name in names if name))


def quote(post):
    """Markdown that quotes ``post`` in a reply."""
    lines = post.body_source.strip().splitlines() or [""]
    name = post.author.get_username()
    return f"@{name}\n" + "\n".join(f"> {line}" for line in lines) + "\n\n"
