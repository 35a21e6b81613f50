"""Which manuals are due for review, and reminding their owners by email."""

import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext
from wagtail.models import Locale

from core.locales import default_locale
from core.mail import in_language_of, send_after_commit
from manuals.models import ReviewReminder, ServiceManualPage

DUE_SOON_DAYS = 30


def one_per_manual(pages):
    """Translations share owner and review date: keep one page per manual,
    the one in the default language when there is one."""
    default_locale_id = default_locale().pk
    chosen = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        if current is None or page.locale_id == default_locale_id:
            chosen[page.translation_key] = page
    return sorted(chosen.values(), key=lambda page: (page.next_review_date, page.title))


def manuals_due(before, pages=None):
    """Live manuals whose next review date is before ``before`` (a date)."""
    pages = ServiceManualPage.objects.all() if pages is None else pages
    return one_per_manual(
        pages.live()
        .filter(next_review_date__lt=before)
        .select_related("manual_owner")
        .defer_streamfields()
    )


def review_dashboard(pages, today=None):
    """(overdue, due within 30 days) manuals among ``pages``."""
    today = today or timezone.localdate()
    due = manuals_due(today + datetime.timedelta(days=DUE_SOON_DAYS + 1), pages)
    overdue = [page for page in due if page.next_review_date < today]
    return overdue, [page for page in due if page.next_review_date >= today]


def overdue_by_owner(today):
    """{owner: [manuals]} for overdue manuals that have an owner with an email address,
    and the list of overdue manuals nobody can be told about."""
    by_owner, unreachable = {}, []
    for page in manuals_due(today):
        owner = page.manual_owner
        if owner is None or not owner.email or not owner.is_active:
            unreachable.append(page)
        else:
            by_owner.setdefault(owner, []).append(page)
    return by_owner, unreachable


def already_reminded(owner, today):
    return ReviewReminder.objects.filter(owner=owner, sent_on=today).exists()


def remind(owner, manuals, today, on_failure=None):
    """Email ``owner`` about ``manuals``, in their language, once per day; False if
    already done today.

    Today's reminder is recorded first and the mail goes out once that commits. If
    sending fails (logged by ``core.mail``), the record is deleted, so the next run
    tries again, and ``on_failure()`` runs.
    """
    try:
        with transaction.atomic():
            reminder = ReviewReminder.objects.create(
                owner=owner, sent_on=today, manual_count=len(manuals)
            )
            with in_language_of(owner):
                message = _message(owner, manuals, today)

            def failed():
                ReviewReminder.objects.filter(pk=reminder.pk).delete()
                if on_failure is not None:
                    on_failure()

            send_after_commit(message, "manuals.review_reminder", on_failure=failed)
    except IntegrityError:  # another run got there first
        return False
    return True


def _message(owner, manuals, today):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    items = [
        {
            "title": _title_in_active_language(page),
            "due": page.next_review_date,
            "edit_url": base + reverse("wagtailadmin_pages:edit", args=[page.pk]),
        }
        for page in manuals
    ]
    subject = ngettext(
        "%(count)d service-standard manual is overdue for review",
        "%(count)d service-standard manuals are overdue for review",
        len(items),
    ) % {"count": len(items)}
    context = {"owner": owner, "items": items, "today": today}
    body = render_to_string("manuals/email/review_reminder.txt", context)
    return EmailMessage(subject, body, to=[owner.email])


def _title_in_active_language(page):
    locale = Locale.objects.filter(language_code=translation.get_language()).first()
    translated = page.get_translation_or_none(locale) if locale else None
    return (translated or page).title
