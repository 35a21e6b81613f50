"""Text limits count Thai as a reader does."""

from contests.textlimits import count_characters, count_words


def test_thai_vowel_and_tone_marks_are_not_extra_characters():
    assert count_characters("ที่นี่") == 2  # ท + ี + ่ | น + ี + ่
    assert count_characters("ผู้เสียภาษี") == 7  # ผู้ เ สี ย ภ า ษี
    assert count_characters("SMILE ยิ้ม") == 8  # S M I L E, space, ยิ้ ม
    assert count_characters("  ใจ  ") == 2  # surrounding spaces are trimmed


def test_words_are_counted_with_a_thai_segmenter():
    assert count_words("บริการด้วยใจ") >= 2
    assert count_words("ยิ้มรับทุกคำถาม ใส่ใจทุกผู้เสียภาษี!") == count_words("ยิ้มรับทุกคำถาม ใส่ใจทุกผู้เสียภาษี")
    assert count_words("SMILE 2569 , .") == 2
