"""Survey reports for survey managers, office heads (their office and its
branches) and executives (every office). Free text appears here only."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_GET

from core.access import required
from portal import organisation as organisation_settings
from surveys import charts, reports, statistics
from surveys.access import may_report, offices_for, refuse
from surveys.export import answers_csv
from surveys.models import Survey
from surveys.pdf import render_report
from surveys.report_forms import CompareForm, RegionForm, ReportFilterForm
from surveys.reports import Filters

reporters_only = required(may_report, refuse)


@require_GET
@reporters_only
def report_index(request):
    scope = offices_for(request.user)
    return render(
        request,
        "surveys/reports/index.html",
        {
            "surveys": Survey.objects.select_related("question_set"),
            "compare_form": CompareForm(scope),
            "region_form": RegionForm(),
        },
    )


def importance_points(items):
    """(question, mean importance, mean performance) of the answered pairs."""
    return [
        (item.question.text, item.importance.mean, item.summary.mean)
        for item in items
        if item.importance is not None and item.importance.mean and item.summary.mean
    ]


def survey_report_context(request, survey):
    """The context of a survey's report and of its printable copy."""
    scope = offices_for(request.user)
    form = ReportFilterForm(scope, request.GET or None)
    filters = form.filters() if request.GET else Filters()
    rows = reports.rows_for([survey], scope, filters)
    detail = reports.rows_for([survey], scope, filters, detail=True)
    question_set = survey.question_set
    found = reports.histograms(rows)
    profile = reports.profile(question_set, found)
    items = reports.items(question_set, found)
    texts, themes = reports.free_text([survey], scope, filters)
    smile = [(label, summary) for kind, label, summary in profile if kind == "smile"]
    return {
        "survey": survey,
        "form": form,
        "filters": filters,
        "responses": found.get((reports.RESPONSES,), {}).get(0, 0),
        "items": items,
        "profile": profile,
        "smile_chart": charts.profile_bars("chart-smile", "SMILE", smile) if smile else "",
        "ipa_chart": charts.importance_grid(importance_points(items)),
        "by_office": reports.breakdown(rows, question_set, "office", "office__title"),
        "by_month": reports.breakdown(rows, question_set, "month"),
        "by_channel": reports.breakdown(detail, question_set, "channel"),
        "by_service": reports.breakdown(
            detail,
            question_set,
            "service",
            f"service__name_{'en' if get_language() == 'en' else 'th'}",
        ),
        "texts": texts,
        "themes": themes,
    }


@require_GET
@reporters_only
def survey_report(request, pk):
    survey = get_object_or_404(Survey.objects.select_related("question_set"), pk=pk)
    context = survey_report_context(request, survey)
    status = 400 if request.GET and not context["form"].is_valid() else 200
    return render(request, "surveys/reports/survey.html", context, status=status)


@require_GET
@reporters_only
def compare(request):
    scope = offices_for(request.user)
    form = CompareForm(scope, request.GET or None)
    context = {"form": form}
    if form.is_valid():
        before, after = form.cleaned_data["before"], form.cleaned_data["after"]
        filters = Filters(office=form.cleaned_data["office"])
        found_before = reports.histograms(reports.rows_for([before], scope, filters))
        found_after = reports.histograms(reports.rows_for([after], scope, filters))
        smile = [
            (f"{label} · {period}", summary)
            for period, survey, found in (
                (gettext("before"), before, found_before),
                (gettext("after"), after, found_after),
            )
            for kind, label, summary in reports.profile(survey.question_set, found)
            if kind == "smile"
        ]
        smile.sort(key=lambda row: row[0])
        context.update(
            before=before,
            after=after,
            changes=reports.compare(before, after, found_before, found_after),
            offices=reports.compare_offices(before, after, scope),
            min_ranked=statistics.MIN_RANKED,
            smile_chart=charts.profile_bars("chart-smile", "SMILE", smile) if smile else "",
            ipa_chart=charts.importance_grid(
                importance_points(reports.items(after.question_set, found_after))
            ),
        )
    status = 400 if request.GET and not form.is_valid() else 200
    return render(request, "surveys/reports/compare.html", context, status=status)


@require_GET
@reporters_only
def region(request):
    scope = offices_for(request.user)
    form = RegionForm(request.GET or None)
    context = {"form": form}
    if form.is_valid():
        threshold = form.cleaned_data["threshold"] or 80
        offices = reports.region(form.cleaned_data["survey"], scope, threshold)
        for row in offices:
            row.chart = charts.trend_line(f"trend-{row.office_id}", row.trend)
        context.update(
            survey=form.cleaned_data["survey"],
            threshold=threshold,
            offices=offices,
            below=[row for row in offices if row.below],
            min_ranked=statistics.MIN_RANKED,
        )
    status = 400 if request.GET and not form.is_valid() else 200
    return render(request, "surveys/reports/region.html", context, status=status)


def _survey_for_export(request, pk):
    survey = get_object_or_404(Survey.objects.select_related("question_set"), pk=pk)
    return survey, survey_report_context(request, survey)


@require_GET
@reporters_only
def survey_print(request, pk):
    """The report on one printable page, in the shape Thai agencies publish."""
    _survey, context = _survey_for_export(request, pk)
    return render(request, "surveys/reports/print.html", context)


@require_GET
@reporters_only
def survey_pdf(request, pk):
    survey, context = _survey_for_export(request, pk)
    agency = organisation_settings.for_request(request).name or gettext("Revenue Department")
    url = request.build_absolute_uri(reverse("surveys:report", args=[survey.pk]))
    response = HttpResponse(render_report(context, agency, url), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="survey-{survey.slug}.pdf"'
    return response


@require_GET
@reporters_only
def survey_csv(request, pk):
    survey = get_object_or_404(Survey.objects.select_related("question_set"), pk=pk)
    scope = offices_for(request.user)
    form = ReportFilterForm(scope, request.GET or None)
    return answers_csv(survey, scope, form.filters() if request.GET else Filters())
