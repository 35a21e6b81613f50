"""Behaviour of the Thai segmentation used at index and query time."""

import pytest

from search.text import fold_digits, highlight_terms, segment, words
from search.text.segmentation import compound_parts


def tokens(text):
    return segment(text).split()


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("ภาษี", "ภาษีอากร"),
        ("ภาษี", "ภาษีมูลค่าเพิ่ม"),
        ("ภาษี", "ใบกำกับภาษี"),
        ("ประกันสังคม", "สำนักงานประกันสังคม"),
        ("ร้องเรียน", "ข้อร้องเรียน"),
        ("ร้องเรียน", "ประชาชนร้องเรียนเรื่องการให้บริการ"),
        ("บัตรคิว", "กรุณารับบัตรคิวก่อนติดต่อเจ้าหน้าที่"),
        ("หนังสือรับรอง", "ขอหนังสือรับรองการหักภาษีณที่จ่าย"),
        ("เงินได้", "ภาษีเงินได้บุคคลธรรมดา"),
        ("บุคคลธรรมดา", "ภาษีเงินได้บุคคลธรรมดา"),
    ],
)
def test_word_is_found_inside_longer_text(word, text):
    assert word in tokens(text)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("ภาษีอากร", "รายได้จากภาษีอากรของรัฐ"),
        ("สำนักงานประกันสังคม", "ติดต่อสำนักงานประกันสังคมเขตพื้นที่"),
        ("ยื่นภาษีมูลค่าเพิ่ม", "ผู้ประกอบการยื่นภาษีมูลค่าเพิ่มทุกเดือน"),
        ("บัตรคิว", "รับบัตรคิวที่ชั้นหนึ่ง"),
    ],
)
def test_every_query_token_is_indexed(query, text):
    """Queries are segmented the same way, so an AND over their tokens matches."""
    assert set(tokens(query)) <= set(tokens(text))


def test_phrase_tokens_stay_contiguous():
    phrase = tokens("ร้องเรียนการให้บริการ")
    text = tokens("ประชาชนร้องเรียนการให้บริการของสำนักงาน")
    starts = range(len(text) - len(phrase) + 1)
    assert any(text[i : i + len(phrase)] == phrase for i in starts)


def test_similar_words_are_not_conflated():
    assert "ภาษี" not in tokens("ภาษาไทยเบื้องต้น")
    assert "ข่าว" not in tokens("เสื้อสีขาว")


def test_compound_parts_are_dictionary_words_of_the_compound():
    parts = compound_parts("ภาษีอากร")
    assert "".join(parts) == "ภาษีอากร"
    assert "ภาษี" in parts
    assert compound_parts("ภาษี") == ()


def test_thai_digits_are_folded():
    assert fold_digits("๒๕๖๖") == "2566"
    assert "2566" in tokens("ปีภาษี ๒๕๖๖")
    assert "4.0" in tokens("ไทยแลนด์ ๔.๐")
    assert segment("๔.๐") == "4.0"


def test_dotted_thai_abbreviations_lose_their_dots():
    assert tokens("ภ.ง.ด.90") == tokens("ภงด 90") == tokens("ภ.ง.ด 90")
    assert {"ภงด", "90"} <= set(tokens("ยื่นแบบภ.ง.ด.90"))


def test_text_without_thai_is_returned_unchanged():
    text = 'Running e-Filing: SMILE (Tax-Office) 4.0 C++ "quoted"'
    assert segment(text) == text


def test_mixed_thai_latin_and_digits():
    result = tokens("ยื่นแบบ ภ.ง.ด.90 ผ่านระบบe-Filingภายใน ๓๑ มีนาคม SMILE")
    assert {"ยื่น", "ภงด", "90", "ระบบ", "e-Filing", "ภายใน", "31"} <= set(result)
    assert "SMILE" in result
    assert "มีนาคม" in result


def test_empty_and_blank_input():
    assert segment("") == ""
    assert tokens("  \t\n") == []
    assert tokens("ๆ") == []


def test_segmentation_is_deterministic():
    text = "ผู้เสียภาษีสามารถยื่นแบบผ่านระบบออนไลน์ได้ตลอด 24 ชั่วโมง"
    assert segment(text) == segment(text)


def test_long_unbroken_thai_input():
    result = tokens("ภาษี" * 2500)
    assert set(result) == {"ภาษี"}


def test_highlight_terms_are_distinct_and_longest_first():
    terms = highlight_terms("ภาษีอากร ภาษีอากร")
    assert terms[0] == "ภาษีอากร"
    assert "ภาษี" in terms
    assert len(terms) == len(set(terms))


def test_words_of_a_long_paragraph_join_back_into_it():
    """Line breaking and spelling cut text into words: none may be lost or invented,
    however long the paragraph (nlpo3's safe mode garbled runs of 100+ characters)."""
    paragraph = (
        "ผู้ดูแลระบบภาษีอากรกรุณารอสักครู่เจ้าหน้าที่ผู้รับผิดชอบจะติดต่อกลับ"
        "แบบแสดงรายการภาษีเงินได้บุคคลธรรมดาสำนักงานสรรพากรพื้นที่พิษณุโลกให้บริการผู้เสียภาษีทุกคน"
    ) * 3
    found = words(paragraph)
    assert "".join(found) == paragraph
    assert "พิษณุโลก" in found and "พิษณุโลก" in segment(paragraph).split()
