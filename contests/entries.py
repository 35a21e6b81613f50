"""Submitting, editing and withdrawing entries inside the submission window."""

import secrets

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from contests.models import Entry

CODE_ATTEMPTS = 20


class EntryError(Exception):
    """A refused submission; ``str()`` is the message for the entrant."""


def check_window(contest):
    if not contest.submissions_open():
        raise EntryError(_("The submission window is closed."))


def new_code(category):
    """An unused random code such as ``SL-0427``: it says nothing of the author or the
    order (a race for the same code is caught by the unique constraint)."""
    while True:
        code = f"{category.code_prefix}-{secrets.randbelow(10_000):04d}"
        if not Entry.objects.filter(code=code).exists():
            return code


def submit(category, author, title, text="", logo=None, token=None):
    """Create an entry; the per-person limit is checked under a lock on the author.

    A second submission with the same form ``token`` returns the first entry.
    """
    check_window(category.contest)
    for _attempt in range(CODE_ATTEMPTS):
        try:
            with transaction.atomic():
                get_user_model().objects.select_for_update().get(pk=author.pk)
                if token is not None:
                    sent = Entry.objects.filter(author=author, submission_token=token).first()
                    if sent is not None:
                        return sent
                mine = Entry.objects.active().filter(category=category, author=author).count()
                if mine >= category.contest.entries_per_person:
                    raise EntryError(
                        _("You have already sent the most entries allowed in this category.")
                    )
                entry = Entry(
                    category=category, author=author, code=new_code(category), title=title,
                    text=text, submission_token=token,
                )  # fmt: skip
                if logo is not None:
                    entry.logo.save(logo.name, logo, save=False)
                entry.save()
                return entry
        except IntegrityError:
            if entry.logo:
                entry.logo.delete(save=False)
            continue
    raise EntryError(_("Could not give the entry a code. Please try again."))


@transaction.atomic
def update(entry, title, text="", logo=None):
    check_window(entry.category.contest)
    entry.title, entry.text = title, text
    old = entry.logo.name if logo is not None and entry.logo else None
    if logo is not None:
        entry.logo.save(logo.name, logo, save=False)
    entry.save()
    if old:
        transaction.on_commit(lambda: entry.logo.storage.delete(old))
    return entry


@transaction.atomic
def withdraw(entry):
    check_window(entry.category.contest)
    if entry.withdrawn_at is None:
        entry.withdrawn_at = timezone.now()
        entry.save(update_fields=["withdrawn_at", "updated_at"])
    return entry
