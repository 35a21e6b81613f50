"""Thai-capable PDFs: the Sarabun font shaped by HarfBuzz, and Thai line breaks."""

from functools import lru_cache
from pathlib import Path

from fpdf import FPDF
from pythainlp.tokenize import word_tokenize

FONTS = Path(__file__).with_name("fonts")
FAMILY = "Sarabun"
ZERO_WIDTH_SPACE = "\u200b"


class ThaiPDF(FPDF):
    """An FPDF with Sarabun regular and bold loaded and text shaping on."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_font(FAMILY, "", FONTS / "Sarabun-Regular.ttf")
        self.add_font(FAMILY, "B", FONTS / "Sarabun-Bold.ttf")
        self.set_text_shaping(True)


@lru_cache(maxsize=2048)
def breakable(text):
    """``text`` with zero-width spaces between Thai words, where lines may break."""
    text = str(text or "")
    if not any("\u0e00" <= char <= "\u0e7f" for char in text):
        return text
    return ZERO_WIDTH_SPACE.join(word_tokenize(text, engine="newmm", keep_whitespace=True))
