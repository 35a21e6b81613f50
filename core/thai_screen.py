"""Which strings a screen still shows in English: shared by the ``thai_screen``
command (server-rendered HTML), the admin crawl in ``benchmarks/admin_thai.py``
and the e2e test (text the browser shows).

A string counts as English when, once content (page titles, people's names and
other records the screen lists), addresses, numbers and the proper nouns below
are taken out, a Latin word of two or more letters remains."""

import functools
import re
from html.parser import HTMLParser

# Names and technical terms Thai editors read as they are.
PROPER_NOUNS = {
    "smile", "km", "pdf", "csv", "xlsx", "url", "urls", "wagtail", "html", "json", "xml",
    "api", "id", "uuid", "ipv4", "ipv6", "javascript", "seo", "utc", "po", "http", "https",
    "jpeg", "jpg", "png", "gif", "webp", "svg", "avif", "heic", "ico", "docx", "pptx", "odt", "rtf",
    "txt", "zip", "mp4", "youtube", "vimeo", "embedly", "ldap", "django", "debug", "true",
    "false", "none", "ctrl", "cmd", "shift", "alt", "enter", "tab", "esc", "ascii",
    "snake", "case", "slug", "th", "en", "gmt", "ict", "asia", "bangkok", "www", "com",
    "example", "localhost", "sso", "otp", "qr", "vat", "rd", "kpi", "email", "mailto",
    "openstreetmap", "google", "maps", "facebook", "line",
}  # fmt: skip
_TAG = re.compile(r"<[^>]+>")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]+")
ADDRESSES = re.compile(
    r"https?://\S+|www\.\S+|\S+@\S+|\b[\w.-]+\.(?i:pdf|csv|docx|xlsx|pptx|jpe?g|png|webp|txt|zip)\b"
    r"|/[\w./-]*|#[\w-]+"
)
IDENTIFIERS = re.compile(r"(?<![\w.-])[a-z_]+\.[a-z_]+(?![\w.-])")  # app_label.model


@functools.cache
def _content_pattern(content):
    """Content strings as whole words (a slug such as "offices" must not eat into
    "offices.officepage"), the longest first."""
    words = "|".join(re.escape(value) for value in sorted(content, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{words})(?![\w.])")


ACRONYMS = re.compile(r"\b[A-Z0-9]{2,}\b")
# Acronyms (two or more capitals) are names too.
HIDDEN_TAGS = {"script", "style", "template", "noscript", "head", "title", "svg", "textarea"}
# The project's own apps: the text fields of their records are content.
PROJECT_APPS = (
    "portal", "manuals", "training", "communities", "contests", "offices", "complaints",
    "surveys", "taxcompass", "search",
)  # fmt: skip


def english_words(text, content=()):
    """The English words left in ``text`` once content strings and allowed names go."""
    if content:
        text = _content_pattern(frozenset(content)).sub(" ", text)
    text = ACRONYMS.sub(" ", ADDRESSES.sub(" ", IDENTIFIERS.sub(" ", text)))
    return [
        word for word in LATIN_WORD.findall(text) if word.lower().strip("'’") not in PROPER_NOUNS
    ]


def english_strings(strings, content=()):
    """The strings of ``strings`` that are English UI (see the module docstring)."""
    content = {c.strip() for c in content if c and len(c.strip()) >= 3}
    return [s for s in strings if not _shortened(s, content) and english_words(s, content)]


def _shortened(text, content):
    """Whether ``text`` is a content string the admin cut short ("S Smile …")."""
    stem = text.removesuffix("…").rstrip()
    return text.endswith("…") and len(stem) >= 3 and any(c.startswith(stem) for c in content)


VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
             "source", "track", "wbr"}  # fmt: skip


class _TextCollector(HTMLParser):
    """Text nodes outside hidden elements; an end tag closes every element opened
    after its start tag (HTML lets ``<li>`` or ``<p>`` go unclosed)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.strings = []
        self._stack = []  # (tag, hidden)

    def handle_starttag(self, tag, attrs):
        if tag in VOID_TAGS:
            return
        attrs = dict(attrs)
        # Tab panels are hidden until the admin's script shows one: read them all.
        hidden = (
            tag in HIDDEN_TAGS
            or ("hidden" in attrs and attrs.get("role") != "tabpanel")
            or attrs.get("aria-hidden") == "true"
        )
        self._stack.append((tag, hidden))

    def handle_endtag(self, tag):
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                del self._stack[index:]
                return

    def handle_data(self, data):
        text = " ".join(data.split())
        if text and not any(hidden for _, hidden in self._stack):
            self.strings.append(text)


def visible_strings(html):
    """The text nodes of ``html`` outside scripts, styles, templates and hidden elements."""
    collector = _TextCollector()
    collector.feed(html)
    return collector.strings


def content_strings():
    """Strings that are content, not UI: titles, names and labels of the records
    the admin lists (read from the database)."""
    from django.apps import apps
    from django.contrib.auth import get_user_model

    values = set()
    page_model = apps.get_model("wagtailcore", "Page")
    values.update(page_model.objects.values_list("title", flat=True))
    revision = apps.get_model("wagtailcore", "Revision")
    values.update(revision.objects.values_list("object_str", flat=True))
    for user in get_user_model().objects.all():
        values.update({user.get_username(), user.get_full_name(), user.first_name, user.last_name})
        values.add(str(user))
    for label in (
        "wagtailcore.Collection", "wagtailcore.Site", "wagtailcore.Workflow",
        "wagtailcore.Task", "auth.Group", "wagtaildocs.Document", "wagtailimages.Image",
        "taggit.Tag", "search.SynonymGroup",
    ):  # fmt: skip
        values.update(str(obj) for obj in apps.get_model(label).objects.all())
    values.update(page_model.objects.values_list("slug", flat=True))
    # Page content in both languages, as wagtail-localize keeps it segment by segment.
    for label in ("wagtail_localize.String", "wagtail_localize.StringTranslation"):
        values.update(
            _TAG.sub("", data)
            for data in apps.get_model(label).objects.values_list("data", flat=True)
        )
    for app in PROJECT_APPS:
        for model in apps.get_app_config(app).get_models():
            fields = [
                f.name
                for f in model._meta.concrete_fields
                if f.get_internal_type() in ("CharField", "TextField", "SlugField")
            ]
            for row in model.objects.values_list(*fields)[:2000] if fields else ():
                for value in row:
                    if isinstance(value, str) and len(value) < 300:
                        values.add(value)
                        values.update(value.splitlines())  # one term per line, as listed
    return {v for v in values if v}
