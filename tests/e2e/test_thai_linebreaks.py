"""No Thai word split across two lines, in a real browser, on a phone."""

import pytest

from tests.e2e.thai_lines import split_words

pytestmark = pytest.mark.e2e

PAGE = "/th/citizen-services/before-you-visit/"


def test_no_thai_word_is_split_across_lines_on_a_phone(phone):
    phone.goto(PAGE)
    phone.evaluate("() => document.fonts.ready.then(() => true)")
    split, measured = split_words(phone)
    assert measured > 100  # the page's Thai words were measured
    assert split == []
    copied = phone.evaluate("() => document.querySelector('main').innerText")
    assert "\u200b" not in copied  # copying carries no invisible characters
