"""A certificate as a one-page landscape PDF, with the same wording as its web page.

Thai is shaped by HarfBuzz with the Sarabun font the handbook PDFs use.
"""

import io

import segno
from django.utils import translation
from django.utils.translation import gettext as _
from fpdf.enums import Align, XPos, YPos

from core.pdf import FAMILY, ThaiPDF, breakable
from training.certificates import display_code

BRAND = (11, 79, 138)
GREY = (74, 83, 96)
NEXT_LINE = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT, "align": Align.C}
QR_SIZE = 32
EMBLEM_SIZE = 16
CODE_WIDTH = 75


def _centred(pdf, text, size, bold=False, colour=(0, 0, 0), height=None):
    pdf.set_font(FAMILY, "B" if bold else "", size)
    pdf.set_text_color(*colour)
    pdf.multi_cell(0, height or size * 0.5, breakable(text), **NEXT_LINE)


def _block(pdf, lines, large):
    _centred(pdf, lines["title"], 24 if large else 17, bold=True, colour=BRAND)
    _centred(pdf, lines["certifies"], 13 if large else 11, colour=GREY)
    _centred(pdf, lines["name"], 22 if large else 15, bold=True)
    _centred(pdf, lines["completed"], 13 if large else 11, colour=GREY)
    _centred(pdf, lines["course"], 17 if large else 13, bold=True, colour=BRAND)
    issued = " · ".join(part for part in (lines["issued"], lines["hours"]) if part)
    _centred(pdf, issued, 12 if large else 10, colour=GREY)


def _signature(pdf, wording, top):
    """The signatory's line, name and position, between the code and the QR code."""
    thai, english = wording
    if not (thai["signatory"] or english["signatory"]):
        return
    width, x = 90, pdf.w / 2 - 45
    pdf.set_draw_color(*GREY)
    pdf.line(x + 10, top + 6, x + width - 10, top + 6)
    pdf.set_xy(x, top + 7)
    for size, bold, text in (
        (12, True, thai["signatory"].get("name", "")),
        (10, False, thai["signatory"].get("title", "")),
        (
            9,
            False,
            english["signatory"].get("title", "")
            if english["signatory"] != thai["signatory"]
            else "",
        ),
    ):
        if text:
            pdf.set_font(FAMILY, "B" if bold else "", size)
            pdf.set_text_color(*(0, 0, 0) if bold else GREY)
            pdf.set_x(x)
            pdf.multi_cell(width, size * 0.45, breakable(text), align=Align.C)


def render_certificate(certificate, wording, verify_url, emblem=None):
    """The PDF bytes; ``wording`` comes from ``training.certificates.wording``;
    ``emblem`` (``core.pdf.image_for_pdf``) heads the page."""
    thai, english = wording
    pdf = ThaiPDF(orientation="landscape", format="A4")
    pdf.set_title(f"{english['title']} – {english['name']}")
    pdf.set_margins(24, 18, 24)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_draw_color(*BRAND)
    pdf.set_line_width(1.2)
    pdf.rect(8, 8, pdf.w - 16, pdf.h - 16)
    pdf.set_line_width(0.3)
    pdf.rect(11, 11, pdf.w - 22, pdf.h - 22)
    pdf.set_y(16)
    if emblem is not None:
        pdf.image(emblem, x=pdf.w / 2 - EMBLEM_SIZE / 2, y=15, w=EMBLEM_SIZE, h=EMBLEM_SIZE,
                  keep_aspect_ratio=True)  # fmt: skip
        pdf.set_y(15 + EMBLEM_SIZE + 1)
    _centred(pdf, f"{thai['organisation']} · {english['organisation']}", 11, colour=GREY)
    pdf.ln(3)
    _block(pdf, thai, large=True)
    pdf.ln(5)
    _block(pdf, english, large=False)

    qr = io.BytesIO()
    segno.make(verify_url, error="m").save(qr, kind="png", scale=8, border=1)
    top = pdf.h - 18 - QR_SIZE
    pdf.image(qr, x=pdf.w - 24 - QR_SIZE, y=top, w=QR_SIZE, h=QR_SIZE)
    _signature(pdf, wording, top)
    pdf.set_xy(24, top + 6)
    pdf.set_font(FAMILY, "", 10)
    pdf.set_text_color(*GREY)
    for language in ("th", "en"):
        with translation.override(language):
            label = _("Verification code: %(code)s") % {"code": display_code(certificate.code)}
        pdf.cell(CODE_WIDTH, 6, breakable(label), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font(FAMILY, "", 8)
    pdf.multi_cell(CODE_WIDTH, 4, verify_url, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return bytes(pdf.output())
