"""Review reminders (management command) and the dashboard panel."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from manuals.factories import ServiceManualPageFactory
from manuals.models import ReviewReminder

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("remind_manual_reviews", *args, stdout=out, stderr=err)
    return out.getvalue()


def days_to_review(pair):
    return (pair.th.next_review_date - timezone.localdate()).days


@pytest.fixture
def overdue(manuals):
    """The one overdue manual (20 days past its review date)."""
    pair = manuals.manuals["pit-counter-standard"]
    assert days_to_review(pair) == -20
    return pair


@pytest.fixture
def due_soon(manuals):
    pair = manuals.manuals["pit-refund-standard"]
    assert days_to_review(pair) == 14
    return pair


@pytest.fixture
def due_later(manuals):
    pair = manuals.manuals["vat-registration-standard"]
    assert days_to_review(pair) == 200
    return pair


def test_dry_run_lists_overdue_manuals_and_sends_nothing(manuals, overdue, due_soon):
    output = run("--dry-run")
    assert overdue.th.title in output
    assert f"({manuals.owner.username})" in output
    assert due_soon.th.title not in output  # due in 14 days, not overdue
    assert mail.outbox == []
    assert not ReviewReminder.objects.exists()


def test_owner_is_emailed_once_a_day_in_thai_by_default(manuals, overdue):
    run()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [manuals.owner.email]
    assert overdue.th.title in message.body
    manual = overdue.th
    assert f"http://testserver/admin/pages/{manual.pk}/edit/" in message.body
    assert str(manual.next_review_date.year + 543) in message.body  # Buddhist Era date
    run()
    assert len(mail.outbox) == 1
    assert ReviewReminder.objects.count() == 1


def test_email_follows_the_owners_preferred_language(overdue):
    profile = UserProfile.get_for_user(overdue.th.manual_owner)
    profile.preferred_language = "en"
    profile.save()
    run()
    message = mail.outbox[0]
    assert "overdue for review" in message.subject
    assert overdue.en.title in message.body


def test_one_email_per_owner_listing_all_their_overdue_manuals(manuals, overdue):
    ServiceManualPageFactory(
        parent=manuals.manual_index.th,
        title="มาตรฐานที่ค้างทบทวนอีกฉบับ",
        manual_owner=overdue.th.manual_owner,
        next_review_date=timezone.localdate() - datetime.timedelta(days=1),
    )
    run()
    assert len(mail.outbox) == 1
    assert "มาตรฐานที่ค้างทบทวนอีกฉบับ" in mail.outbox[0].body


def test_manual_without_owner_is_reported_not_emailed(manuals):
    ServiceManualPageFactory(
        parent=manuals.manual_index.th,
        title="มาตรฐานไร้เจ้าของ",
        next_review_date=timezone.localdate() - datetime.timedelta(days=3),
    )
    output = run()
    assert "มาตรฐานไร้เจ้าของ" in output
    assert all("มาตรฐานไร้เจ้าของ" not in message.body for message in mail.outbox)


def test_dashboard_panel_shows_overdue_and_due_soon_manuals(sign_in, overdue, due_soon, due_later):
    body = sign_in("moderator").get("/admin/").content.decode()
    assert "Manuals due for review" in body or 'id="manual-reviews' in body
    assert overdue.th.title in body
    assert due_soon.th.title in body
    assert due_later.th.title not in body  # due in 200 days


def test_dashboard_panel_lists_each_manual_once_not_per_language(sign_in, overdue):
    body = sign_in("editor").get("/admin/").content.decode()
    assert body.count(overdue.en.title) == 0
    assert body.count(overdue.th.title) == 1
