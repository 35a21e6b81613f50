"""A citizen handbook as a PDF, drawn from the same structured fields as the page.

fpdf2 shapes Thai through HarfBuzz (vowels and tone marks stack correctly) and
breaks lines at the word boundaries PyThaiNLP finds (Thai has no spaces).
"""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from fpdf.enums import XPos, YPos

from core.dates import format_date
from core.pdf import FAMILY, ThaiPDF, breakable
from manuals.formatting import fee_text, plain_lines
from portal import organisation as organisation_settings

BRAND = (11, 79, 138)
GREY = (74, 83, 96)
NEXT_LINE = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}
PARAGRAPH = {**NEXT_LINE, "align": "L"}


class HandbookPDF(ThaiPDF):
    def __init__(self, agency, url):
        super().__init__(format="A4")
        self.agency, self.url = agency, url
        self.printed = format_date(timezone.localdate())
        self.set_margins(18, 18, 18)
        self.set_auto_page_break(True, margin=20)
        self.alias_nb_pages()

    def header(self):
        self.set_font(FAMILY, "", 9)
        self.set_text_color(*GREY)
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


def _steps(pdf, page):
    pdf.heading(_("Steps"))
    if not page.steps:
        return pdf.none()
    pdf.paragraph(_("Total time: %(duration)s") % {"duration": page.total_duration()}, bold=True)
    rows = []
    for number, step in enumerate(page.steps, start=1):
        text = step.value["title"]
        if step.value["description"]:
            text = f"{text}\n{step.value['description']}"
        rows.append([str(number), text, step.value["responsible_unit"], str(step.value.duration())])
    pdf.rows([_("No."), _("Step"), _("Responsible unit"), _("Duration")], rows, (8, 52, 25, 20))


def _documents(pdf, page):
    pdf.heading(_("Required documents"))
    if not page.documents:
        return pdf.none()
    rows = [
        [
            str(number),
            item.value["name"],
            item.value["issuer"],
            str(item.value["originals"]),
            str(item.value["copies"]),
            item.value["note"] or "-",
        ]
        for number, item in enumerate(page.documents, start=1)
    ]
    headings = [
        _("No."),
        _("Document"),
        _("Issuing agency"),
        _("Originals"),
        _("Copies"),
        _("Note"),
    ]
    pdf.rows(headings, rows, (7, 34, 22, 12, 11, 24))


def _listed(pdf, title, items, describe):
    pdf.heading(title)
    if not items:
        return pdf.none()
    for item in items:
        for index, line in enumerate(describe(item.value)):
            if line:
                pdf.paragraph(f"• {line}" if index == 0 else f"   {line}", bold=index == 0)


def _channel(value):
    hours = value.get("opening_hours")
    return [
        value["place"],
        hours and _("Opening hours: %(hours)s") % {"hours": hours},
        value.get("url"),
        value.get("note"),
    ]


def _fee(value):
    return [f"{value['description']}: {fee_text(value['amount'])}", value.get("note")]


def _contact(value):
    return [value["name"], value.get("details"), value.get("url")]


def _law(value):
    return [
        " ".join(part for part in (value["title"], value.get("section")) if part),
        value.get("url"),
    ]


def _form(value, absolute):
    document = value.available_document()
    return [value.link_text(), absolute(document.url) if document else _("file unavailable")]


def render_handbook(page, agency, url, absolute):
    """The PDF bytes of ``page`` (a CitizenHandbookPage) in the active language;
    ``absolute`` turns a path into a full URL."""
    pdf = HandbookPDF(agency=agency, url=url)
    pdf.set_title(page.title)
    pdf.set_creator(agency)
    pdf.add_page()
    pdf.set_font(FAMILY, "", 10)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 5, _("Citizen handbook"), **NEXT_LINE)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(FAMILY, "B", 18)
    pdf.multi_cell(0, 9, breakable(page.title), **PARAGRAPH)
    pdf.paragraph(page.intro)
    pdf.heading(_("Responsible agency"))
    pdf.paragraph(f"{page.get_agency_display()} – {page.responsible_unit}")
    _listed(pdf, _("Legal basis"), page.legal_basis, _law)
    pdf.heading(_("Criteria, methods and conditions"))
    lines = plain_lines(page.criteria)
    for line in lines:
        pdf.paragraph(line)
    if not lines:
        pdf.none()
    _listed(pdf, _("Service channels"), page.channels, _channel)
    _steps(pdf, page)
    _documents(pdf, page)
    _listed(pdf, _("Fees"), page.fees, _fee)
    _listed(pdf, _("Complaint channels"), page.complaint_channels, _contact)
    # A deleted document without link text leaves nothing to list.
    forms = [item for item in page.sample_forms if item.value.link_text()]
    _listed(pdf, _("Sample forms"), forms, lambda value: _form(value, absolute))
    return bytes(pdf.output())


def handbook_pdf_response(page, request):
    """The handbook as a PDF download with a safe ASCII file name."""
    organisation = organisation_settings.for_request(request).name or _("Revenue Department")
    url = request.build_absolute_uri(page.get_url(request))
    content = render_handbook(page, organisation, url, request.build_absolute_uri)
    name = slugify(page.slug) if page.slug.isascii() else str(page.pk)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="handbook-{name}.pdf"'
    return response
