"""Text limits count Thai as a reader does, and no text hides a pile of marks."""

import pytest
from django.core.exceptions import ValidationError

from contests.textlimits import count_characters, count_words, validate_combining_marks


def test_thai_vowel_and_tone_marks_are_not_extra_characters():
    assert count_characters("ที่นี่") == 2  # ท + ี + ่ | น + ี + ่
    assert count_characters("ผู้เสียภาษี") == 7  # ผู้ เ สี ย ภ า ษี
    assert count_characters("SMILE ยิ้ม") == 8  # S M I L E, space, ยิ้ ม
    assert count_characters("  ใจ  ") == 2  # surrounding spaces are trimmed


def test_words_are_counted_with_a_thai_segmenter():
    assert count_words("บริการด้วยใจ") >= 2
    assert count_words("ยิ้มรับทุกคำถาม ใส่ใจทุกผู้เสียภาษี!") == count_words("ยิ้มรับทุกคำถาม ใส่ใจทุกผู้เสียภาษี")
    assert count_words("SMILE 2569 , .") == 2


@pytest.mark.parametrize(
    "text",
    ["ที่นี่", "กั้น", "ผู้เสียภาษี", "Tiếng Việt", "e\u0301\u0302\u0303"],
    ids=["thai", "thai-vowel-and-tone", "thai-words", "vietnamese", "3-accents"],
)
def test_letters_may_carry_their_vowel_tone_and_accent_marks(text):
    validate_combining_marks(text)


@pytest.mark.parametrize(
    "text",
    ["ยิ้ม" + "\u0e49" * 5000, "ที่" + "\u0e49" * 2, "e\u0301\u0302\u0303\u0301", "\u0301" * 4],
    ids=["5000-tone-marks", "4-thai-marks", "4-accents", "marks-without-a-letter"],
)
def test_a_pile_of_marks_on_one_letter_is_refused(text):
    assert count_characters(text) <= 4
    with pytest.raises(ValidationError) as refused:
        validate_combining_marks(text)
    assert refused.value.code == "combining_marks"
