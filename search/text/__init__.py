"""Text processing for Thai-aware search."""

from .segmentation import fold_digits, highlight_terms, segment

__all__ = ["fold_digits", "highlight_terms", "segment"]
