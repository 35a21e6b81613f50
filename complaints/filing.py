"""Filing a complaint, from the web form, an officer's record of a call, letter
or visit, or the intake API: one transaction that numbers it, logs it, stores its
attachments and starts its clock. A repeated form token returns the complaint the
first submit made."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import get_language

from complaints import notify, references, workflow
from complaints.choices import Source
from complaints.models import Attachment, Complaint, Event, EventKind
from core.text import one_line
from offices import phones

CONTACT_FIELDS = ("contact_name", "contact_phone", "contact_email")


@dataclass(frozen=True)
class Filed:
    complaint: Complaint
    tracking_code: str | None  # None when a repeated submit found the first one
    created: bool


def _store_files(complaint, event, files):
    for content, content_type, name in files:
        Attachment.objects.create(
            complaint=complaint,
            event=event,
            file=content,
            original_name=one_line(name)[:255] or content.name,
            content_type=content_type,
            size=content.size,
        )


def _new(data, channel, citizen, recorded_by, form_token, received_at, files, reopened_from):
    now = timezone.now()
    received_at = received_at or now
    year, number, reference = references.next_reference(received_at)
    code = references.new_tracking_code()
    contact = {
        field: ("" if data.get("anonymous") else (data.get(field) or "").strip())
        for field in CONTACT_FIELDS
    }
    contact["contact_name"] = one_line(contact["contact_name"])
    contact["contact_phone"] = phones.normalise(contact["contact_phone"]) or ""
    complaint = Complaint.objects.create(
        reference=reference,
        year=year,
        number=number,
        tracking_hash=references.hash_code(code),
        kind=data["kind"],
        subject=one_line(data["subject"]),
        description=data["description"],
        happened_on=data.get("happened_on"),
        channel=channel,
        source=data.get("source") or Source.DIRECT,
        external_reference=one_line(data.get("external_reference") or ""),
        office=data.get("office"),
        anonymous=bool(data.get("anonymous")),
        language=(get_language() or "th")[:2],
        citizen=citizen if citizen is not None and citizen.is_authenticated else None,
        recorded_by=recorded_by,
        form_token=form_token,
        reopened_from=reopened_from,
        received_at=received_at,
        **contact,
    )
    if reopened_from is not None:
        Complaint.objects.select_for_update().get(pk=reopened_from.pk).mark_reopened()
    event = Event.objects.create(
        complaint=complaint, kind=EventKind.FILED, actor=recorded_by, public=True, at=received_at
    )
    _store_files(complaint, event, files)
    workflow.refresh_clock(complaint)
    workflow.reindex(complaint)
    notify.filed(complaint, code)
    return Filed(complaint, code, True)


def existing(form_token):
    """The complaint a form with ``form_token`` filed already, or None."""
    return Complaint.objects.filter(form_token=form_token).first()


def file_complaint(
    data,
    channel,
    citizen=None,
    recorded_by=None,
    form_token=None,
    received_at=None,
    files=(),
    reopened_from=None,
):
    """File a complaint from ``data`` (cleaned form or API fields; ``files`` are
    (content, content type, name) from ``core.uploads.clean_upload``)."""
    if form_token is not None:
        found = existing(form_token)
        if found is not None:
            return Filed(found, None, False)
    try:
        with transaction.atomic():
            return _new(
                data, channel, citizen, recorded_by, form_token, received_at, files,
                reopened_from,
            )  # fmt: skip
    except IntegrityError:
        found = existing(form_token) if form_token else None
        if found is None:
            raise
        return Filed(found, None, False)


def answer_request(complaint, text, files=()):
    """The complainant's answer to a request for information, with its files."""
    with transaction.atomic():
        event = workflow.citizen_answer(complaint, text)
        _store_files(complaint, event, files)
    return event


def reopen(complaint, text):
    """Reopen ``complaint`` within the window, else file a new complaint linked to
    it; returns (the open complaint, its new tracking code or None)."""
    if workflow.may_reopen(complaint):
        return workflow.reopen(complaint, text), None
    workflow.check(complaint, "reopen")
    data = {
        "kind": complaint.kind,
        "subject": complaint.subject,
        "description": text,
        "office": complaint.office,
        "anonymous": complaint.anonymous,
        **{field: getattr(complaint, field) for field in CONTACT_FIELDS},
    }
    with translation.override(complaint.language):
        filed = file_complaint(data, complaint.channel, citizen=complaint.citizen,
                               reopened_from=complaint)  # fmt: skip
    return filed.complaint, filed.tracking_code
