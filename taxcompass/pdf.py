"""The estimate as a PDF in Sarabun, on the shared document layout (``core.pdf``)."""

from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from core.pdf import FAMILY, GREY, NEXT_LINE, PARAGRAPH, DocumentPDF, breakable
from portal import organisation as organisation_settings
from taxcompass import estimating
from taxcompass.page_context import answer_context


def render_estimate(title, parts, agency, url):
    """The PDF bytes of an answer (``parts`` from :func:`answer_context`)."""
    answer = parts["answer"]
    pdf = DocumentPDF(agency=agency, url=url)
    pdf.set_title(title)
    pdf.set_creator(agency)
    pdf.add_page()
    pdf.set_font(FAMILY, "", 10)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 5, _("Tax year %(year)s") % {"year": answer.tax_year}, **NEXT_LINE)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(FAMILY, "B", 18)
    pdf.multi_cell(0, 9, breakable(title), **PARAGRAPH)
    verdict = (
        _("To be refunded: %(amount)s baht") if parts["refund"] else _("To pay: %(amount)s baht")
    )
    pdf.paragraph(_("Tax due: %(amount)s baht") % {"amount": parts["tax"]}, bold=True)
    pdf.paragraph(verdict % {"amount": parts["balance"]}, bold=True)
    for warning in parts["warnings"]:
        pdf.paragraph(warning)
    pdf.heading(_("Step by step"))
    rows = [[row["label"], row["reason"], row["amount"]] for row in parts["steps"]]
    pdf.rows([_("Step"), _("Why"), _("Baht")], rows, (40, 44, 21))
    pdf.heading(_("Rates"))
    pdf.paragraph(
        _("Effective rate %(effective)s%%, marginal rate %(marginal)s%%.")
        % {"effective": parts["effective_rate"], "marginal": parts["marginal_rate"]}
    )
    pdf.paragraph(
        _("Another 10,000 baht of allowance would save %(amount)s baht.")
        % {"amount": parts["saving"]}
    )
    filing = parts["filing"]
    pdf.heading(_("Filing"))
    pdf.paragraph(
        _("File %(form)s by %(deadline)s, on paper or at %(efiling)s.")
        % {"form": filing["form"], "deadline": filing["deadline"], "efiling": filing["efiling_url"]}
    )
    if filing["mid_year"]:
        pdf.paragraph(
            _("Income of 40(5) to 40(8) from January to June: file ภ.ง.ด.94 by %(deadline)s.")
            % {"deadline": filing["mid_year_deadline"]}
        )
    pdf.heading(_("Documents to keep"))
    for document in parts["documents"]:
        pdf.paragraph(f"• {document}")
    pdf.heading(_("Sources"))
    for source in sorted({row["source"] for row in parts["steps"] if row["source"]}):
        pdf.paragraph(source)
    pdf.paragraph(_("This is an estimate, not an assessment by the Revenue Department."))
    return bytes(pdf.output())


def estimate_pdf_response(page, request):
    """The answer for the query string as a PDF; without a valid one, back to the form."""
    outcome = estimating.run(request.GET)
    if outcome.answer is None:
        query = request.GET.urlencode()
        return redirect(f"{page.url}?{query}" if query else page.url)
    agency = organisation_settings.for_request(request).name or _("Revenue Department")
    url = request.build_absolute_uri(page.get_url(request))
    content = render_estimate(page.title, answer_context(outcome), agency, url)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="tax-estimate-{outcome.answer.tax_year}.pdf"'
    )
    return response
