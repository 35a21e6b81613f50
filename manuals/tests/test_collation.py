"""Thai dictionary order and the A-Z letter each title files under."""

import pytest

from manuals.collation import index_letter, key_noun, letter_sort_key, thai_sort_key


def ordered(words):
    return sorted(words, key=thai_sort_key)


def test_leading_vowels_sort_after_their_consonant():
    assert ordered(["เงิน", "คำ", "กา"]) == ["กา", "คำ", "เงิน"]
    assert ordered(["ไก่", "ขา", "แกง", "กาง"]) == ["กาง", "แกง", "ไก่", "ขา"]
    assert ordered(["โต๊ะ", "ตา", "ใจ", "จาน"]) == ["จาน", "ใจ", "ตา", "โต๊ะ"]


def test_tone_marks_only_break_ties():
    assert ordered(["ก้าง", "กาง", "กางเกง"]) == ["กาง", "ก้าง", "กางเกง"]


def test_sara_am_is_not_confused_with_sara_aa():
    assert ordered(["คำ", "คา"]) == ["คา", "คำ"]


def test_ru_and_lu_sit_after_ro_and_lo():
    assert ordered(["ลา", "ฤดู", "รอ", "ฦา"]) == ["รอ", "ฤดู", "ลา", "ฦา"]


def test_digits_then_thai_then_latin_case_insensitively():
    assert ordered(["e-Filing", "Apple", "การยื่นแบบ", "90 วัน", "apple pie"]) == [
        "90 วัน",
        "การยื่นแบบ",
        "Apple",
        "apple pie",
        "e-Filing",
    ]


def test_thai_digits_sort_like_arabic_digits():
    assert ordered(["๒ ขั้นตอน", "1 ขั้นตอน"]) == ["1 ขั้นตอน", "๒ ขั้นตอน"]


@pytest.mark.parametrize(
    ("title", "letter"),
    [
        ("การยื่นแบบ", "ก"),
        ("เงินได้", "ง"),
        ("ไปรษณีย์", "ป"),
        ("e-Filing for elderly taxpayers", "E"),
        ("Value added tax", "V"),
        ("90 days", "#"),
        ("(ภ.พ.01)", "ภ"),
        ("", "#"),
    ],
)
def test_index_letter(title, letter):
    assert index_letter(title) == letter


def test_az_headings_run_from_digits_through_thai_to_latin():
    assert sorted(["B", "ง", "#", "A", "ก"], key=letter_sort_key) == ["#", "ก", "ง", "A", "B"]


@pytest.mark.parametrize(
    ("title", "noun"),
    [
        ("การขอคืนภาษี", "ขอคืนภาษี"),
        ("ความรู้เรื่องภาษี", "รู้เรื่องภาษี"),
        ("คู่มือการใช้งาน e-Filing", "ใช้งาน e-Filing"),
        ("ขั้นตอนการยื่นแบบ", "ยื่นแบบ"),
        ("การเสียภาษี", "เสียภาษี"),
        ("การันตี", "การันตี"),
        ("การ์ดภาษี", "การ์ดภาษี"),
        ("การ", "การ"),
        ("เงินได้", "เงินได้"),
        ("Value added tax", "Value added tax"),
    ],
)
def test_the_key_noun_skips_the_words_an_index_skips(title, noun):
    assert key_noun(title) == noun
