"""Posts are sanitised on the way in: no script, handler or non-web link survives."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from communities.markup import mentioned_usernames, render
from communities.models import Post
from communities.tests.helpers import post_data

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    '<img src="javascript:alert(1)">',
    "<svg onload=alert(1)><circle r=10 /></svg>",
    "<svg><script>alert(1)</script></svg>",
    "<iframe src=https://evil.example></iframe>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href="&#106;avascript:alert(1)">click</a>',
    '<a href="&#x6A;avascript&#x3A;alert(1)">click</a>',
    '<a href="java\tscript:alert(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
    '<a href="vbscript:msgbox(1)">click</a>',
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](data:text/html,<script>alert(1)</script>)",
    "![img](javascript:alert(1))",
    '[click](https://ok.example "title" onmouseover="alert(1)")',
    "<div onmouseover=alert(1)>hover</div>",
    '<p style="background:url(javascript:alert(1))">x</p>',
    "<body onload=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<object data=javascript:alert(1)></object>",
    "<embed src=javascript:alert(1)>",
    '<form action="javascript:alert(1)"><button>x</button></form>',
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<!--<img src=x onerror=alert(1)>-->",
    "`<script>alert(1)</script>`",
    "<details open ontoggle=alert(1)>",
    '<a href="https://ok.example" onclick="alert(1)">ok</a>',
]

FORBIDDEN_TAGS = {"script", "style", "iframe", "svg", "object", "embed", "form", "meta", "img",
                  "body", "math", "details"}  # fmt: skip
SAFE_SCHEMES = ("http:", "https:", "mailto:")


class _Elements(HTMLParser):
    """Every element and attribute the browser would see (values unescaped)."""

    def __init__(self, html):
        super().__init__()
        self.found = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def _problems(html):
    for tag, attrs in _Elements(html).found:
        if tag in FORBIDDEN_TAGS:
            yield tag
        for name, value in attrs.items():
            if name.startswith("on") or name == "style":
                yield f"{tag}[{name}]"
            if name in ("href", "src") and not "".join(value.split()).lower().startswith(
                SAFE_SCHEMES
            ):
                yield f"{tag}[{name}={value}]"


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_payload_is_neutralised(payload):
    html = render(payload)
    assert not list(_problems(html)), html


def test_links_keep_web_schemes_and_get_rel():
    html = render("[กรมสรรพากร](https://www.rd.go.th) และ <mailto:help@rd.go.th>")
    assert 'href="https://www.rd.go.th"' in html
    assert 'rel="nofollow noopener"' in html
    assert 'href="mailto:help@rd.go.th"' in html


def test_markdown_formatting_survives():
    html = render("**ตัวหนา** *เอียง*\n\n- หนึ่ง\n- สอง\n\n> อ้างอิง")
    for tag in ("<strong>", "<em>", "<ul>", "<li>", "<blockquote>"):
        assert tag in html


@pytest.mark.django_db
def test_stored_and_rendered_html_is_the_sanitised_copy(sign_in, topic):
    payload = "<img src=x onerror=alert(1)> ข้อความ [x](javascript:alert(1))"
    response = sign_in("staff").post(
        reverse("communities:reply", args=[topic.pk]), post_data(payload)
    )
    assert response.status_code == 302
    post = Post.objects.filter(topic=topic).latest("pk")
    assert "onerror" not in post.body_html and "javascript" not in post.body_html
    page = sign_in("staff").get(response["Location"]).content.decode()
    assert "onerror" not in page and "javascript:alert" not in page


def test_mentions_are_found_without_punctuation_or_emails():
    text = "ถาม @staff กับ @judge1. และอีเมล someone@region7.example (@moderator)"
    assert mentioned_usernames(text) == ["staff", "judge1", "moderator"]
