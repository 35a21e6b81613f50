"""Thai-capable PDFs: the Sarabun font shaped by HarfBuzz, Thai line breaks, and the
A4 document layout the handbook and tax-estimate PDFs share."""

import io
import logging
from functools import lru_cache
from pathlib import Path

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from pythainlp.tokenize import word_tokenize

from core.dates import format_date

logger = logging.getLogger(__name__)

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


def image_for_pdf(image, spec="max-400x400|format-png"):
    """A Wagtail image (such as the agency's emblem) as PNG bytes for a PDF, or None
    when there is none or its file cannot be read (the PDF is made without it)."""
    if image is None:
        return None
    try:
        rendition = image.get_rendition(spec)
        with rendition.file.open("rb") as file:
            return io.BytesIO(file.read())
    except (OSError, ValueError):
        logger.warning("Image %s could not be read for a PDF", image.pk, exc_info=True)
        return None


BRAND = (11, 79, 138)
GREY = (74, 83, 96)
NEXT_LINE = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}
PARAGRAPH = {**NEXT_LINE, "align": "L"}


class DocumentPDF(ThaiPDF):
    """An A4 document: the agency in the header; its address, print date and page
    numbers in the footer; headings, paragraphs and tables in Sarabun."""

    EMBLEM_SIZE = 9

    def __init__(self, agency, url, emblem=None):
        super().__init__(format="A4")
        self.agency, self.url, self.emblem = agency, url, emblem
        self.printed = format_date(timezone.localdate())
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=20)
        self.alias_nb_pages()

    def header(self):
        """The agency's name, after its emblem when there is one (``image_for_pdf``)."""
        self.set_font(FAMILY, "", 9)
        self.set_text_color(*GREY)
        if self.emblem is not None:
            size = self.EMBLEM_SIZE
            self.image(
                self.emblem,
                x=self.l_margin,
                y=self.t_margin - 4,
                h=size,
                keep_aspect_ratio=True,
                w=size,
            )
            self.set_x(self.l_margin + size + 2)
            self.cell(0, size - 4, breakable(self.agency), **NEXT_LINE)
            self.set_y(self.t_margin + size - 2)
        else:
            self.cell(0, 5, breakable(self.agency), **NEXT_LINE)
        self.ln(2)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font(FAMILY, "", 8)
        self.set_text_color(*GREY)
        printed = _("Printed on %(date)s") % {"date": self.printed}
        self.cell(0, 4, f"{self.url} · {printed}", **NEXT_LINE)
        self.cell(0, 4, _("Page %(page)s of %(pages)s") % {"page": self.page_no(), "pages": "{nb}"})

    def heading(self, text):
        self.ln(3)
        self.set_font(FAMILY, "B", 13)
        self.set_text_color(*BRAND)
        self.multi_cell(0, 7, breakable(text), **PARAGRAPH)
        self.set_text_color(0, 0, 0)
        self.set_font(FAMILY, "", 11)

    def paragraph(self, text, bold=False):
        self.set_font(FAMILY, "B" if bold else "", 11)
        self.multi_cell(0, 6, breakable(text), **PARAGRAPH)
        self.set_font(FAMILY, "", 11)

    def none(self):
        self.paragraph(pgettext("empty section", "None"))

    def rows(self, headings, rows, widths):
        self.set_font(FAMILY, "", 10)
        with self.table(
            col_widths=widths, line_height=5.5, padding=1.2, text_align="LEFT"
        ) as table:
            for values in [headings, *rows]:
                row = table.row()
                for value in values:
                    row.cell(breakable(value))
        self.set_font(FAMILY, "", 11)
