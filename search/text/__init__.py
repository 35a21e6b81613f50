"""Text processing for Thai-aware search."""

from .segmentation import fold_digits, highlight_terms, is_dictionary_word, segment, words

__all__ = ["fold_digits", "highlight_terms", "is_dictionary_word", "segment", "words"]
