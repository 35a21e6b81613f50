"""The officers' pages: the inbox, recording a complaint on a complainant's
behalf, a complaint's full record, its attachments and every action on it."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from complaints import access, filing, inbox, workflow
from complaints.choices import Status
from complaints.models import Attachment
from complaints.officer_forms import (
    CloseForm,
    InboxFilterForm,
    MergeForm,
    NoteForm,
    PauseForm,
    RecordForm,
    ReferForm,
    ReplyForm,
    ResumeForm,
    TriageForm,
)
from core.uploads import private_file_response

PER_PAGE = 50
# What the inbox's rows show (complaints carry long texts the list never needs).
LISTED = ("reference", "subject", "kind", "channel", "priority", "status", "resolve_due_at",
          "category__name_th", "category__name_en", "office__code", "assignee__first_name",
          "assignee__last_name", "assignee__username", "team__name")  # fmt: skip


class CountedPaginator(Paginator):
    """A paginator told its count (the inbox has it from its status counts)."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.count = count


@access.officer_required
def inbox_view(request):
    form = InboxFilterForm(request.GET or None)
    filters = form.filters()
    complaints, counts = inbox.listing(request.user, filters)
    listed = inbox.IdsFirst(complaints.only(*LISTED))
    paginator = CountedPaginator(listed, PER_PAGE, inbox.total(filters, counts))
    page = paginator.get_page(request.GET.get("page"))
    statuses = [(value, label, counts.get(value, 0)) for value, label in Status.choices]
    return render(
        request,
        "complaints/officer/inbox.html",
        {"form": form, "page_obj": page, "statuses": statuses},
    )


@access.officer_required
def record(request):
    form = RecordForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        filed = filing.file_complaint(
            data, data["channel"], recorded_by=request.user, form_token=data["form_token"],
            received_at=data["received_at"], files=data["attachments"],
        )  # fmt: skip
        if filed.created:
            messages.success(
                request,
                _("Recorded as %(reference)s. Give the complainant the tracking code %(code)s.")
                % {"reference": filed.complaint.reference, "code": filed.tracking_code},
            )
        return redirect("complaints:officer_detail", reference=filed.complaint.reference)
    return render(request, "complaints/officer/record.html", {"form": form})


def _visible(request, reference):
    complaints = access.visible(request.user).select_related(
        "office", "category", "assignee", "team", "merged_into", "reopened_from", "recorded_by"
    )
    return get_object_or_404(complaints, reference=reference)


ACTIONS = {
    "triage": TriageForm,
    "reply": ReplyForm,
    "note": NoteForm,
    "pause": PauseForm,
    "resume": ResumeForm,
    "refer": ReferForm,
    "merge": MergeForm,
    "close": CloseForm,
}


def _forms(complaint, bound=None):
    """Every action's form (``bound`` replaces its own), for the actions the status allows."""
    initial = {
        "triage": {
            "category": complaint.category_id,
            "priority": complaint.priority,
            "assignee": complaint.assignee_id,
            "team": complaint.team_id,
        }
    }
    forms = {}
    for name, form_class in ACTIONS.items():
        if bound is not None and bound[0] == name:
            forms[name] = bound[1]
        elif _allowed(complaint, name):
            forms[name] = form_class(initial=initial.get(name), **_options(complaint, name))
    return forms


def _options(complaint, name):
    """The keyword arguments of action ``name``'s form. Several forms share the page
    and field names (text, template, until): each form's ids start with its action's
    name, so every label points at its own field."""
    options = {"auto_id": f"{name}-%s"}
    if issubclass(ACTIONS[name], ReplyForm):
        options["language"] = complaint.language
    return options


WORKFLOW_ACTION = {"close": "answer"}


def _allowed(complaint, name):
    allowed, _target = workflow.TRANSITIONS[WORKFLOW_ACTION.get(name, name)]
    return complaint.status in allowed


def _render(request, complaint, bound=None):
    events = complaint.events.select_related("actor").order_by("at", "pk")
    context = {
        "complaint": complaint,
        "events": events,
        "attachments": complaint.attachments.all(),
        "may_act": access.may_act(request.user, complaint),
        "forms": _forms(complaint, bound),
    }
    status = 400 if bound else 200
    return render(request, "complaints/officer/detail.html", context, status=status)


@access.officer_required
def detail(request, reference):
    return _render(request, _visible(request, reference))


def _run(request, complaint, name, data):
    """Carry out action ``name`` with a valid form's ``data``."""
    user = request.user
    if name == "triage":
        workflow.triage(complaint, user, data["category"], data["priority"], data["office"],
                        data["assignee"], data["team"])  # fmt: skip
    elif name == "reply":
        workflow.reply(complaint, user, data["text"])
    elif name == "note":
        workflow.add_note(complaint, user, data["text"])
    elif name == "pause":
        workflow.pause(complaint, user, data["on"], data["reason"], data["until"])
    elif name == "resume":
        workflow.resume(complaint, user, data["reason"])
    elif name == "refer":
        workflow.refer(complaint, user, data["agency"], data["their_reference"], data["until"])
    elif name == "merge":
        into = access.visible(user).filter(reference=data["into"]).first()
        if into is None:
            raise workflow.WorkflowError(_("No complaint you may open has this reference."))
        workflow.merge(complaint, user, into)
    elif name == "close":
        workflow.answer(complaint, user, data["text"], data["outcome"], data["root_cause"],
                        data["corrective_action"])  # fmt: skip


@access.officer_required
@require_POST
def act(request, reference, name):
    complaint = _visible(request, reference)
    if name not in ACTIONS:
        raise Http404
    if not access.may_act(request.user, complaint):
        return access.refuse(request)
    form = ACTIONS[name](request.POST, **_options(complaint, name))
    if not form.is_valid():
        return _render(request, complaint, bound=(name, form))
    try:
        _run(request, complaint, name, form.cleaned_data)
    except workflow.WorkflowError as refused:
        messages.error(request, str(refused))
    else:
        messages.success(request, _("Saved."))
    return redirect("complaints:officer_detail", reference=complaint.reference)


@access.officer_required
def attachment(request, reference, attachment_id):
    complaint = _visible(request, reference)
    found = get_object_or_404(Attachment, pk=attachment_id, complaint=complaint)
    return private_file_response(found.file, found.content_type, found.original_name)
