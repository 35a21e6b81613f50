"""A printable A4 poster per office: a QR code that opens the complaint form with
the office filled in (the office is signed, so a poster cannot be forged for
another), with the same call to action in Thai and English."""

import io

import segno
from django.utils import translation
from django.utils.translation import gettext as _
from fpdf.enums import Align, XPos, YPos

from core.pdf import BRAND, FAMILY, GREY, ThaiPDF, breakable

CENTRED = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT, "align": Align.C}
QR_SIZE = 120


def _centred(pdf, text, size, bold=False, colour=(0, 0, 0)):
    pdf.set_font(FAMILY, "B" if bold else "", size)
    pdf.set_text_color(*colour)
    pdf.multi_cell(0, size * 0.5, breakable(text), **CENTRED)


def _wording(language, office_title):
    with translation.override(language):
        return (
            _("Complaints, suggestions and compliments"),
            _("Scan with your phone's camera: no sign-in needed. You may stay anonymous."),
            office_title,
            _("Or call the Revenue Department hotline 1161"),
        )


def render_poster(office, english_title, form_url):
    """The poster's PDF bytes for ``office`` (``english_title`` is its English
    name, or its Thai one) leading to ``form_url``."""
    pdf = ThaiPDF(format="A4")
    pdf.set_title(f"{office.code} – {english_title}")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_draw_color(*BRAND)
    pdf.set_line_width(1.2)
    pdf.rect(8, 8, pdf.w - 16, pdf.h - 16)
    pdf.set_y(18)
    thai = _wording("th", office.title)
    english = _wording("en", english_title)
    _centred(pdf, thai[0], 26, bold=True, colour=BRAND)
    _centred(pdf, english[0], 16, bold=True, colour=BRAND)
    pdf.ln(3)
    _centred(pdf, thai[2], 16, bold=True)
    _centred(pdf, english[2], 12, colour=GREY)
    qr = io.BytesIO()
    segno.make(form_url, error="q").save(qr, kind="png", scale=10, border=2)
    pdf.image(qr, x=(pdf.w - QR_SIZE) / 2, y=pdf.get_y() + 4, w=QR_SIZE, h=QR_SIZE)
    pdf.set_y(pdf.get_y() + QR_SIZE + 8)
    _centred(pdf, thai[1], 14)
    _centred(pdf, english[1], 11, colour=GREY)
    pdf.ln(2)
    _centred(pdf, thai[3], 14, bold=True)
    _centred(pdf, english[3], 11, colour=GREY)
    pdf.ln(2)
    pdf.set_font(FAMILY, "", 8)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 4, form_url, **CENTRED)
    return bytes(pdf.output())
