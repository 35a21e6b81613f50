"""The full survey for citizens, by QR code or link: phone-friendly, no sign-in.

A POST saves the response, its answers and the monthly sums together or not at
all, then redirects to the thank-you page. Nothing about the respondent is kept;
only the throttle counts per address, in ``core.throttle`` (a hash of the
address in its own table, expiring with its window)."""

from django.core import signing
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from core import throttle
from core.client import client_address
from offices.models import OfficePage
from surveys.choices import Channel
from surveys.forms import SurveyForm
from surveys.links import read_link
from surveys.models import Response, Service, Survey
from surveys.submission import AlreadyAnswered, reference_digest, submit

RATE_LIMIT = 20  # responses per address per window: a counter's queue, not a flood
RATE_WINDOW = 600


def within_rate(request):
    return throttle.within_limit(
        throttle.key("surveys", client_address(request)), RATE_LIMIT, RATE_WINDOW
    )


def _refusal(request, survey):
    """The page for a survey that takes no answers today, or None if it does."""
    today = timezone.localdate()
    if today < survey.opens_on:
        return render(
            request, "surveys/unavailable.html", {"survey": survey, "not_yet": True}, status=403
        )
    if today > survey.closes_on:
        return render(request, "surveys/unavailable.html", {"survey": survey}, status=410)
    return None


@require_http_methods(["GET", "POST"])
def survey_form(request, slug):
    survey = get_object_or_404(Survey.objects.select_related("question_set"), slug=slug)
    if not survey.by_qr:
        return render(request, "surveys/unavailable.html", {"survey": survey}, status=410)
    offices = survey.offices.order_by("path")
    office = offices.filter(code=request.GET.get("office", "")).first()
    if office is None:
        return render(request, "surveys/choose_office.html", {"survey": survey, "offices": offices})
    return _respond(request, survey, office, Channel.QR)


@require_http_methods(["GET", "POST"])
def linked_form(request, token):
    try:
        survey_id, office_id, reference = read_link(token)
    except signing.BadSignature:
        return render(request, "surveys/bad_link.html", status=404)
    survey = get_object_or_404(Survey.objects.select_related("question_set"), pk=survey_id)
    office = get_object_or_404(OfficePage, pk=office_id)
    if Response.objects.filter(
        survey=survey, reference_digest=reference_digest(reference)
    ).exists():
        return render(request, "surveys/answered.html", {"survey": survey})
    return _respond(request, survey, office, Channel.LINK, reference)


def _respond(request, survey, office, channel, reference=None):
    refusal = _refusal(request, survey)
    if refusal:
        return refusal
    services = Service.objects.filter(pk__in=survey.services.values("pk"))
    questions = survey.question_set.question_list
    data = request.POST if request.method == "POST" else None
    form = SurveyForm(questions, services if services.exists() else (), data)
    context = {"survey": survey, "office": office, "form": form}
    if request.method == "POST":
        if not within_rate(request):
            return render(request, "surveys/slow_down.html", {"survey": survey}, status=429)
        if form.is_valid():
            try:
                submit(
                    survey=survey,
                    office=office,
                    channel=channel,
                    service=form.cleaned_data.get("service"),
                    answers=form.answers(),
                    reference=reference,
                )
            except AlreadyAnswered:
                return render(request, "surveys/answered.html", {"survey": survey})
            return redirect("surveys:thanks", slug=survey.slug)
        return render(request, "surveys/form.html", context, status=400)
    return render(request, "surveys/form.html", context)


def thanks(request, slug):
    survey = get_object_or_404(Survey, slug=slug)
    return render(request, "surveys/thanks.html", {"survey": survey})
