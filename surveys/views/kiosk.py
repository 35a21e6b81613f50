"""The counter kiosk: four faces, then optional reasons; no sign-in, no keyboard.

The kiosk is identified by the device token in its address, not by a session or
a CSRF cookie, so a page left open all day keeps working: its POST is exempt from
CSRF because the token (a 256-bit secret only the tablet knows) authenticates it,
and no cookie is read or set. A response started (its face pressed) less than two
seconds after the previous one from the same device is ignored, here
(``surveys.kiosk.first_press``, from the ``elapsed`` milliseconds the page sends)
and in ``static/js/kiosk.js``; the reasons and "Send" that complete a response
never are.
A JSON client (the script) gets JSON; a plain form post gets the thank-you page,
which returns to the faces by itself."""

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from surveys.choices import Channel
from surveys.forms import FACE_LABELS
from surveys.kiosk import first_press, kiosk_questions, started_at
from surveys.models import Kiosk
from surveys.submission import submit

FACES = {4: "😄", 3: "🙂", 2: "🙁", 1: "😠"}


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def _problem(request, message, status):
    if _wants_json(request):
        return JsonResponse({"status": "error", "message": message}, status=status)
    return render(request, "surveys/kiosk_problem.html", {"message": message}, status=status)


def _check(request, kiosk):
    """A refusal for a kiosk that cannot take answers now, or None."""
    if kiosk is None:
        return _problem(request, _("This kiosk is not registered or was switched off."), 404)
    survey = kiosk.survey
    if not survey.by_kiosk or not survey.is_open(timezone.localdate()):
        return _problem(request, _("The survey at this counter is closed today."), 410)
    if kiosk_questions(survey.question_set) is None:
        return _problem(request, _("The survey at this counter has no faces question."), 410)
    return None


@never_cache
@require_GET
def kiosk_page(request, token):
    kiosk = Kiosk.objects.by_token(token)
    refusal = _check(request, kiosk)
    if refusal:
        return refusal
    questions = kiosk_questions(kiosk.survey.question_set)
    faces = [(value, emoji, FACE_LABELS[value]) for value, emoji in FACES.items()]
    with translation.override("th"):
        thai_url = reverse("surveys:kiosk", args=[token])
    with translation.override("en"):
        english_url = reverse("surveys:kiosk", args=[token])
    context = {
        "kiosk": kiosk,
        "questions": questions,
        "faces": faces,
        "thai_url": thai_url,
        "english_url": english_url,
        "answer_url": reverse("surveys:kiosk_answer", args=[token]),
    }
    return render(request, "surveys/kiosk.html", context)


@csrf_exempt
@never_cache
@require_POST
def kiosk_answer(request, token):
    kiosk = Kiosk.objects.by_token(token)
    refusal = _check(request, kiosk)
    if refusal:
        return refusal
    questions = kiosk_questions(kiosk.survey.question_set)
    face = request.POST.get("face", "")
    if face not in {str(value) for value in FACES}:
        return _problem(request, _("Please touch one of the faces."), 400)
    allowed = (
        {value for value, _th, _en in questions.reasons.choices} if questions.reasons else set()
    )
    reasons = request.POST.getlist("reason")
    if not set(reasons) <= allowed or len(reasons) != len(set(reasons)):
        return _problem(request, _("Please choose reasons from the list."), 400)
    saved = first_press(kiosk, started_at(request.POST.get("elapsed"), timezone.now()))
    if saved:
        submit(
            survey=kiosk.survey,
            office=kiosk.office,
            channel=Channel.KIOSK,
            answers=questions.answers(int(face), reasons),
        )
    if _wants_json(request):
        return JsonResponse({"status": "saved" if saved else "ignored"})
    return render(
        request,
        "surveys/kiosk_thanks.html",
        {"kiosk": kiosk, "kiosk_url": reverse("surveys:kiosk", args=[token])},
    )
