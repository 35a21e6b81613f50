"""Posts are sanitised on the way in: no script, handler, non-web or off-site-looking
link survives; rendering is linear in the text's length and bounded in depth."""

import sys
from html.parser import HTMLParser

import pytest
from django.utils import translation

from communities import markup
from communities.factories import PostFactory
from communities.forms import PostForm
from communities.markup import mentioned_usernames, render
from communities.models import Post
from communities.models.topics import BODY_MAX_LENGTH
from communities.tests.helpers import in_thai, post_data, route, topic_route

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
    response = sign_in("staff").post(topic_route(topic, "reply"), post_data(payload))
    assert response.status_code == 302
    post = Post.objects.filter(topic=topic).latest("pk")
    assert "onerror" not in post.body_html and "javascript" not in post.body_html
    page = sign_in("staff").get(response["Location"]).content.decode()
    assert "onerror" not in page and "javascript:alert" not in page


def test_mentions_are_found_without_punctuation_or_emails():
    text = "ถาม @staff กับ @judge1. และอีเมล someone@region7.example (@moderator)"
    assert mentioned_usernames(text) == ["staff", "judge1", "moderator"]


def test_markdown_features_posts_use():
    """Line breaks where the writer pressed Enter, tables (alignment kept without
    style), strikethrough, fenced code, autolinks."""
    html = render(
        "บรรทัดแรก\nบรรทัดสอง\n\n| ภาษี | อัตรา |\n|---|:-:|\n| VAT | 7% |\n\n"
        "~~เลิกใช้~~ <https://www.rd.go.th>\n\n```\nprint('<b>')\n```"
    )
    assert "บรรทัดแรก<br>" in html
    assert "<table>" in html and '<td align="center">7%</td>' in html and "style" not in html
    assert "<s>เลิกใช้</s>" in html
    assert "<pre><code>print('&lt;b&gt;')" in html
    assert 'href="https://www.rd.go.th"' in html


# Inputs that made Python-Markdown backtrack for seconds (15 s on 1,500 backticks),
# as functions of their length. benchmarks/markup.py times them.
PATHOLOGICAL = {
    "backticks": lambda n: "`" * n,
    "backtick-runs": lambda n: "".join("`" * k + "x" for k in range(1, int((2 * n) ** 0.5))),
    "brackets": lambda n: "[" * n,
    "emphasis": lambda n: "*a" * (n // 2),
    "lt": lambda n: "<" * n,
    "img": lambda n: "![" * (n // 2),
}


def _calls(source):
    """Python and C function calls made rendering ``source``: a measure of the work
    that, unlike time, does not depend on the machine or its load."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        render(source)
    finally:
        sys.setprofile(None)
    return count


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_rendering_is_linear_on_pathological_input(name):
    make = PATHOLOGICAL[name]
    # Four times the text may cost about four times the work; quadratic would be 16.
    assert _calls(make(16_000)) <= 5 * max(_calls(make(4_000)), 1)


@pytest.mark.parametrize(
    "source",
    [
        "- " * 9_000,
        "- " * 9_000 + "ลึก",
        "> " * 9_000 + "ลึก",
        "1. " * 6_000 + "x",
        "<ul><li>" * 2_000,
    ],
    ids=["dashes", "nested-list", "nested-quote", "nested-ordered", "nested-html"],
)
def test_deep_nesting_renders_bounded(source):
    html = render(source)
    assert html.count("<ul>") + html.count("<blockquote>") + html.count("<ol>") <= 2_000
    if source.startswith(("- - ", "> ")) and source.endswith("ลึก"):
        assert html.count("<ul>") + html.count("<blockquote>") <= markup.MAX_NESTING


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "error"),
    [
        (
            "- " * 9_000,
            "Write something before posting: this message has no text that can be shown.",
        ),
        (
            "- " * 9_000 + "ลึก",
            "Lists or quotes are nested too deeply to be shown. "
            "Use fewer levels of lists inside lists or quotes inside quotes.",
        ),
        (
            "> " * 9_000 + "ลึก",
            "Lists or quotes are nested too deeply to be shown. "
            "Use fewer levels of lists inside lists or quotes inside quotes.",
        ),
    ],
    ids=["dashes", "nested-list", "nested-quote"],
)
def test_deeply_nested_post_through_the_form_is_a_form_error(sign_in, topic, body, error):
    """Not a 500: the form says what is wrong, in Thai, and the topic still shows."""
    client = sign_in("staff")
    response = client.post(topic_route(topic, "reply"), post_data(body))
    assert response.status_code == 200
    assert response.context["form"].errors["body"] == [in_thai(error)]
    assert not Post.objects.filter(topic=topic, body_source=body).exists()
    assert client.get(topic_route(topic)).status_code == 200


@pytest.mark.django_db
def test_nested_lists_within_the_limit_are_posted(sign_in, topic):
    body = "\n".join("  " * level + f"- ระดับ {level}" for level in range(8))
    client = sign_in("staff")
    response = client.post(topic_route(topic, "reply"), post_data(body))
    assert response.status_code == 302
    post = Post.objects.get(topic=topic, body_source=body)
    assert post.body_html.count("<ul>") == 8 and "ระดับ 7" in post.body_html
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_deeply_nested_post_saved_directly_shows(sign_in, topic):
    body = "- " * 9_000 + "ลึก"
    PostFactory(topic=topic, body_source=body)
    page = sign_in("staff").get(topic_route(topic))
    assert page.status_code == 200


@pytest.mark.django_db
def test_over_long_post_is_refused_with_a_clear_message_in_thai(sign_in, topic):
    response = sign_in("staff").post(
        topic_route(topic, "reply"), post_data("`" * (BODY_MAX_LENGTH + 1))
    )
    assert response.status_code == 200
    with translation.override("th"):
        expected = PostForm.base_fields["body"].error_messages["max_length"] % {
            "limit_value": BODY_MAX_LENGTH,
            "show_value": BODY_MAX_LENGTH + 1,
        }
    assert response.context["form"].errors["body"] == [expected]
    assert expected != "" and "20000" in expected


# Links a browser opens on another host (or as a script) although they look like
# paths on this site: each must lose its href, as raw HTML and as Markdown.
OFF_SITE_LINKS = [
    "/\\evil.example",
    "\\\\evil.example",
    "//evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    " //evil.example",
    "\x01//evil.example",
    "/%5Cevil.example",
    "/%2F/evil.example",
    "/\\/evil.example",
    "java\x01script:alert(1)",
]


@pytest.mark.parametrize("href", [*OFF_SITE_LINKS, "\\/evil.example", "/\\\tevil.example"])
def test_off_site_looking_html_links_are_dropped(href):
    html = render(f'<a href="{href}">x</a>')
    assert [attrs for _tag, attrs in _Elements(html).found if "href" in attrs] == [], html


@pytest.mark.parametrize("href", OFF_SITE_LINKS)
def test_off_site_looking_markdown_links_are_dropped(href):
    for source in (f"[x](<{href}>)", f"[x]({href})", f"<{href}>"):
        html = render(source)
        hrefs = [attrs["href"] for _tag, attrs in _Elements(html).found if "href" in attrs]
        assert all(markup.is_safe_link(found) for found in hrefs), (source, html)
        assert not any("evil.example" in found for found in hrefs), (source, html)


@pytest.mark.parametrize("href", ["/th/communities/", "#post-3", "https://www.rd.go.th/x"])
def test_same_site_and_web_links_stay(href):
    assert f'href="{href}"' in render(f"[x]({href})")


@pytest.mark.parametrize(
    ("target", "lands"),
    [
        ("/\\evil.example/", False),
        ("//evil.example/", False),
        ("/\t/evil.example/", False),
        ("https://evil.example/", False),
        ("/th/communities/notifications/", True),
    ],
)
@pytest.mark.django_db
def test_return_address_of_forms_stays_on_the_site(sign_in, community, target, lands):
    response = sign_in("staff").post(
        route(community, "follow_community"),
        {"action": "follow", "next": target},
    )
    assert response.status_code == 302
    assert (response["Location"] == target) is lands
    if not lands:
        assert response["Location"] == community.url
