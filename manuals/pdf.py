"""A citizen handbook as a PDF, drawn from the same structured fields as the page.

fpdf2 shapes Thai through HarfBuzz (vowels and tone marks stack correctly) and
breaks lines at the word boundaries PyThaiNLP finds (Thai has no spaces).
"""

import io

import segno
from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from core.pdf import FAMILY, GREY, NEXT_LINE, PARAGRAPH, DocumentPDF, breakable, image_for_pdf
from manuals.formatting import fee_text, plain_lines
from portal import organisation as organisation_settings

QR_SIZE = 26


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


def _qr_code(pdf, url):
    """A QR code of the page's address at the top right, with a caption; the title
    is written beside it."""
    image = io.BytesIO()
    segno.make(url, error="m").save(image, kind="png", scale=6, border=1)
    x, y = pdf.w - pdf.r_margin - QR_SIZE, pdf.get_y()
    pdf.image(image, x=x, y=y, w=QR_SIZE, h=QR_SIZE)
    pdf.set_xy(x - 6, y + QR_SIZE)
    pdf.set_font(FAMILY, "", 7)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(QR_SIZE + 12, 3.5, breakable(_("Scan for the latest version")), align="C")
    pdf.set_xy(pdf.l_margin, y)


def render_handbook(page, agency, url, absolute, emblem=None):
    """The PDF bytes of ``page`` (a CitizenHandbookPage) in the active language;
    ``absolute`` turns a path into a full URL; ``emblem`` (``core.pdf.image_for_pdf``)
    heads every page."""
    pdf = DocumentPDF(agency=agency, url=url, emblem=emblem)
    pdf.set_title(page.title)
    pdf.set_creator(agency)
    pdf.add_page()
    top = pdf.get_y()
    _qr_code(pdf, url)
    beside = pdf.w - pdf.l_margin - pdf.r_margin - QR_SIZE - 8
    pdf.set_font(FAMILY, "", 10)
    pdf.set_text_color(*GREY)
    pdf.cell(beside, 5, _("Citizen handbook"), **NEXT_LINE)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(FAMILY, "B", 18)
    pdf.multi_cell(beside, 9, breakable(page.title), **PARAGRAPH)
    pdf.set_y(max(pdf.get_y(), top + QR_SIZE + 8))
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
    settings = organisation_settings.for_request(request)
    organisation = settings.name or _("Revenue Department")
    url = request.build_absolute_uri(page.get_url(request))
    emblem = image_for_pdf(settings.emblem)
    content = render_handbook(page, organisation, url, request.build_absolute_uri, emblem)
    name = slugify(page.slug) if page.slug.isascii() else str(page.pk)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="handbook-{name}.pdf"'
    return response
