"""A survey's report as a PDF in the shape Thai agencies publish: the items with
mean, S.D. and level, the SMILE profile as bars, the offices and the themes of
the suggestions (on the shared A4 layout, ``core.pdf``)."""

from django.utils.translation import gettext as _

from core.dates import format_date
from core.pdf import BRAND, FAMILY, DocumentPDF, breakable
from surveys.templatetags.surveys_tags import figure, level_label, theme_label


def render_report(context, agency, url):
    """The PDF bytes of a survey report (``context`` of ``survey_report_context``)."""
    survey = context["survey"]
    pdf = DocumentPDF(agency=agency, url=url)
    title = _("Satisfaction survey report: %(title)s") % {"title": survey.title}
    pdf.set_title(title)
    pdf.set_creator(agency)
    pdf.add_page()
    pdf.set_font(FAMILY, "B", 16)
    pdf.multi_cell(0, 8, breakable(title), new_x="LMARGIN", new_y="NEXT")
    pdf.paragraph(
        _("%(label)s, %(start)s – %(end)s: %(count)s responses")
        % {
            "label": survey.label,
            "start": format_date(survey.opens_on),
            "end": format_date(survey.closes_on),
            "count": context["responses"],
        }
    )
    pdf.paragraph(
        _(
            "Levels: 4.21–5.00 very high, 3.41–4.20 high, 2.61–3.40 moderate, "
            "1.81–2.60 low, 1.00–1.80 very low. Means leave out “not applicable”."
        )
    )
    pdf.heading(_("Each question"))
    rows = [
        [
            item.question.text,
            str(item.summary.n),
            figure(item.summary.mean),
            figure(item.summary.sd),
            figure(item.summary.percent, 1),
            str(level_label(item.summary.level)),
        ]
        for item in context["items"]
        if item.summary is not None
    ]
    headings = [_("Question"), _("N"), _("Mean"), _("S.D."), _("Per cent (ร้อยละ)"), _("Level")]
    pdf.rows(headings, rows, (70, 14, 16, 16, 24, 34))
    if context["profile"]:
        pdf.heading(_("Dimensions and the SMILE letters"))
        pdf.rows(
            [_("Dimension or letter"), _("N"), _("Mean"), _("S.D."), _("Level")],
            [
                [label, str(s.n), figure(s.mean), figure(s.sd), str(level_label(s.level))]
                for _kind, label, s in context["profile"]
            ],
            (70, 20, 24, 24, 36),
        )
        _bars(pdf, [(label, s.mean) for kind, label, s in context["profile"] if kind == "smile"])
    pdf.heading(_("By office"))
    pdf.rows(
        [_("Office"), _("Responses"), _("Mean"), _("Per cent (ร้อยละ)")],
        [
            [
                row.label,
                str(row.responses),
                figure(row.summary.mean),
                figure(row.summary.percent, 1),
            ]
            for row in context["by_office"]
        ]
        or [[_("No answers in this selection."), "", "", ""]],
        (90, 28, 28, 28),
    )
    pdf.heading(_("Themes of the suggestions"))
    if context["themes"]:
        pdf.rows(
            [_("Theme"), _("Mentions"), _("For example")],
            [
                [str(theme_label(theme)), str(count), " / ".join(examples)]
                for theme, count, examples in context["themes"]
            ],
            (40, 20, 114),
        )
    else:
        pdf.none()
    return bytes(pdf.output())


def _bars(pdf, rows):
    """Horizontal bars of five-point means (1 at the left edge, 5 at the right)."""
    if not rows:
        return
    pdf.ln(2)
    left, width = pdf.l_margin + 50, 110
    for label, mean in rows:
        y = pdf.get_y()
        pdf.set_font(FAMILY, "", 10)
        pdf.cell(50, 6, breakable(label))
        if mean is not None:
            pdf.set_fill_color(*BRAND)
            pdf.rect(left, y + 1, width * (mean - 1) / 4, 4, style="F")
            pdf.set_xy(left + width * (mean - 1) / 4 + 2, y)
            pdf.cell(20, 6, figure(mean))
        pdf.ln(6)
