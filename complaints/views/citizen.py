"""The complainant's pages: filing, the confirmation with the reference and
tracking code, finding a complaint by both, and its timeline with the answer,
confirm and reopen forms. A complaint found with its code is remembered in the
session, which is what lets the browser act on it."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from complaints import filing, references, timeline, workflow
from complaints.choices import Channel, PauseOn, Status
from complaints.forms import (
    AnswerForm,
    ComplaintForm,
    ConfirmForm,
    FindForm,
    ReopenForm,
    office_from_token,
)
from complaints.models import Complaint
from core import throttle
from core.client import client_address

FILED = "complaints:filed"
TRACKED = "complaints:tracked"
REMEMBERED = 20
FILING_LIMIT, FILING_WINDOW = 5, 3600


def _remember(request, complaint):
    tracked = [pk for pk in request.session.get(TRACKED, []) if pk != complaint.pk]
    request.session[TRACKED] = [complaint.pk, *tracked][:REMEMBERED]


def _show_once_filed(request, complaint, code):
    request.session[FILED] = {"reference": complaint.reference, "code": code}
    _remember(request, complaint)


@never_cache
def file_complaint(request):
    office_code = office_from_token(request.GET.get("office", ""))
    form = ComplaintForm(request.POST or None, request.FILES or None, office_code=office_code)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        token = data["form_token"]
        repeat = filing.existing(token)
        if repeat is None and not throttle.within_limit(
            throttle.key("complaints:file", client_address(request)),
            FILING_LIMIT,
            FILING_WINDOW,
        ):
            form.add_error(
                None,
                _(
                    "You have sent several complaints in the last hour. Please try again "
                    "later, or call the 1161 hotline."
                ),
            )
        else:
            filed = filing.file_complaint(
                data, Channel.WEB, citizen=request.user, form_token=token,
                files=data["attachments"],
            )  # fmt: skip
            if filed.created:
                _show_once_filed(request, filed.complaint, filed.tracking_code)
            return redirect("complaints:filed")
    return render(request, "complaints/file.html", {"form": form})


@never_cache
def filed(request):
    shown = request.session.get(FILED)
    if not shown:
        return redirect("complaints:track")
    return render(request, "complaints/filed.html", shown)


@never_cache
def find(request):
    form = FindForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        address = client_address(request)
        if references.guessing_locked_out(address):
            form.add_error(None, _("Too many attempts. Please wait 15 minutes and try again."))
        else:
            found = Complaint.objects.filter(reference=form.cleaned_data["reference"]).first()
            if found is not None and references.code_matches(found, form.cleaned_data["code"]):
                _remember(request, found)
                return redirect("complaints:detail", reference=found.reference)
            references.count_failure(address)
            form.add_error(None, _("No complaint has this reference and tracking code."))
    return render(request, "complaints/find.html", {"form": form})


def _tracked(request, reference):
    """The complaint with ``reference`` if this browser found it with its code."""
    return (
        Complaint.objects.filter(reference=reference, pk__in=request.session.get(TRACKED, []))
        .select_related("office")
        .first()
    )


def _render_detail(request, complaint, **forms):
    waiting = complaint.status == Status.WAITING and complaint.paused_on == PauseOn.CITIZEN
    settled = complaint.status in (Status.ANSWERED, Status.CLOSED)
    context = {
        "complaint": complaint,
        "status": timeline.citizen_status(complaint),
        "status_label": timeline.STATUS_LABELS[timeline.citizen_status(complaint)],
        "entries": timeline.entries(complaint),
        "answer_form": forms.get("answer_form") or (AnswerForm() if waiting else None),
        "confirm_form": forms.get("confirm_form")
        or (ConfirmForm() if complaint.status == Status.ANSWERED else None),
        "reopen_form": forms.get("reopen_form") or (ReopenForm() if settled else None),
        "reopens_itself": workflow.may_reopen(complaint),
    }
    status = 400 if forms else 200
    return render(request, "complaints/detail.html", context, status=status)


@never_cache
def detail(request, reference):
    complaint = _tracked(request, reference)
    if complaint is None:
        return redirect("complaints:track")
    return _render_detail(request, complaint)


def _citizen_action(form_class, form_name, act):
    """A POST view: a valid form runs ``act(request, complaint, cleaned data)``; a
    refused action is a message, an invalid form the page again with its errors."""

    @never_cache
    @require_POST
    def view(request, reference):
        complaint = _tracked(request, reference)
        if complaint is None:
            return redirect("complaints:track")
        form = form_class(request.POST, request.FILES)
        if not form.is_valid():
            return _render_detail(request, complaint, **{form_name: form})
        try:
            answer = act(request, complaint, form.cleaned_data)
        except workflow.WorkflowError as refused:
            messages.error(request, str(refused))
            return redirect("complaints:detail", reference=complaint.reference)
        return answer or redirect("complaints:detail", reference=complaint.reference)

    return view


def _answer(request, complaint, data):
    filing.answer_request(complaint, data["text"], data["attachments"])
    messages.success(request, _("Thank you. Your answer has been sent and the clock runs again."))


def _confirm(request, complaint, data):
    workflow.confirm(complaint, data["rating"], data["comment"])
    messages.success(request, _("Thank you. Your complaint is closed."))


def _reopen(request, complaint, data):
    reopened, code = filing.reopen(complaint, data["text"])
    if code is None:
        messages.success(request, _("Your complaint has been reopened."))
        return None
    _show_once_filed(request, reopened, code)
    messages.success(
        request,
        _("The time to reopen has passed, so we have filed a new complaint linked to it."),
    )
    return redirect("complaints:filed")


answer = _citizen_action(AnswerForm, "answer_form", _answer)
confirm = _citizen_action(ConfirmForm, "confirm_form", _confirm)
reopen = _citizen_action(ReopenForm, "reopen_form", _reopen)
