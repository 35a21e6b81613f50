"""Posts are written in Markdown (or the small editor's HTML) and stored sanitised.

``render(source)`` is the only way post HTML is made: Markdown to HTML, then nh3
with an allow-list, so no script, style, event handler or non-web link survives.
"""

import re

import markdown
import nh3

TAGS = {
    "p", "br", "strong", "em", "b", "i", "u", "s", "del", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "h3", "h4", "hr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}
MENTION = re.compile(r"(?<![\w@])@([\w.+-]{2,150})")
_INVISIBLE = re.compile(r"[\s\x00-\x1f\x7f]+")
SAFE_LINK_STARTS = ("http://", "https://", "mailto:", "/", "#")


def render(source):
    """Sanitised HTML for a post's Markdown ``source``."""
    html = markdown.markdown(source, extensions=["fenced_code", "tables", "sane_lists", "nl2br"])
    return nh3.clean(
        html,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener",
        strip_comments=True,
        attribute_filter=_safe_link,
    )


def _safe_link(tag, attribute, value):
    """Drop a link a browser could read as a script scheme once blanks are removed
    ("java script:" and the like); keep web, mail and same-site links."""
    if attribute != "href":
        return value
    compact = _INVISIBLE.sub("", value).lower()
    if compact.startswith("//") or not compact.startswith(SAFE_LINK_STARTS):
        return None
    return value


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
