"""Thai words kept whole on screen: the markup, where it goes and where it does not."""

import re

import pytest
from django.utils.html import strip_tags

from search.linebreaks import keep_thai_words
from search.tests.helpers import SEARCH

pytestmark = [pytest.mark.django_db]

WORD = re.compile(r'<span class="tw">([^<]*)</span>')


def test_each_thai_word_is_kept_whole_with_a_break_between_words():
    html = keep_thai_words("<h1>ผู้ดูแลระบบภาษีอากร</h1>")
    assert WORD.findall(html) == ["ผู้ดูแล", "ระบบ", "ภาษีอากร"]
    assert html.count("<wbr>") == 2


def test_copied_text_is_the_text():
    html = "<p>กรุณารอสักครู่ ภ.ง.ด.90 &amp; e-Filing ๒๕๖๗ ไม่ผ่าน</p>"
    assert strip_tags(keep_thai_words(html)) == strip_tags(html)


@pytest.mark.parametrize(
    "html",
    [
        '<script>const label = "ภาษีอากร";</script>',
        "<style>/* ภาษีอากร */</style>",
        "<textarea>ภาษีอากร</textarea>",
        "<title>ภาษีอากร</title>",
        '<select><option value="1">ภาษีอากร</option></select>',
        '<input value="ภาษีอากร" placeholder="ผู้ดูแลระบบ">',
        "<!-- ภาษีอากร -->",
        '<svg viewBox="0 0 9 9"><text x="1">ภาษีอากร</text><title>ผู้ดูแล</title></svg>',
        "English only",
    ],
    ids=[
        "script",
        "style",
        "textarea",
        "title",
        "option",
        "attributes",
        "comment",
        "svg-chart",
        "english",
    ],
)
def test_markup_that_is_not_text_is_left_alone(html):
    assert keep_thai_words(html) == html


def test_text_after_a_raw_element_is_wrapped():
    html = keep_thai_words("<script>x</script><p>ภาษีอากร</p>")
    assert html == '<script>x</script><p><span class="tw">ภาษีอากร</span></p>'


@pytest.fixture
def line_breaks(settings):
    settings.THAI_LINE_BREAKS = True


def test_pages_get_the_markup_and_highlights_keep_working(client, pages, line_breaks):
    response = client.get(SEARCH, {"q": "บัตรคิว"})
    body = response.content.decode()
    assert '<mark><span class="tw">บัตรคิว</span></mark>' in body
    assert response["Content-Length"] == str(len(response.content))


def test_rich_text_and_page_bodies_get_the_markup(client, pages, line_breaks):
    body = client.get(pages.story.url).content.decode()
    assert '<span class="tw">พิษณุโลก</span>' in body  # in a rich-text paragraph
    assert '<span class="tw">ความเป็นมา</span>' in body  # the heading


def test_admin_and_json_are_left_alone(sign_in, pages, line_breaks):
    client = sign_in("admin")
    assert 'class="tw"' not in client.get("/admin/").content.decode()
    assert "tw" not in client.get("/th/search/suggest/", {"q": "บัตรคิว"}).content.decode()


def test_the_switch_turns_it_off(client, pages, settings):
    settings.THAI_LINE_BREAKS = False
    assert 'class="tw"' not in client.get(pages.story.url).content.decode()
