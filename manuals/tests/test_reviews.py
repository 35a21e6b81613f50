"""Review reminders (management command) and the dashboard panel."""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from manuals.factories import ServiceManualPageFactory
from manuals.models import ManualIndexPage, ReviewReminder, ServiceManualPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("remind_manual_reviews", *args, stdout=out, stderr=err)
    return out.getvalue()


def test_dry_run_lists_overdue_manuals_and_sends_nothing():
    output = run("--dry-run")
    assert "มาตรฐานการรับแบบ ภ.ง.ด.90/91 ที่เคาน์เตอร์" in output
    assert "(editor)" in output
    assert "มาตรฐานการคืนภาษี" not in output  # due in 14 days, not overdue
    assert mail.outbox == []
    assert not ReviewReminder.objects.exists()


def test_owner_is_emailed_once_a_day_in_thai_by_default():
    run()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["editor@region7.example"]
    assert "มาตรฐานการรับแบบ ภ.ง.ด.90/91 ที่เคาน์เตอร์" in message.body
    manual = ServiceManualPage.objects.get(slug="pit-counter-standard", locale__language_code="th")
    assert f"http://testserver/admin/pages/{manual.pk}/edit/" in message.body
    assert str(manual.next_review_date.year + 543) in message.body  # Buddhist Era date
    run()
    assert len(mail.outbox) == 1
    assert ReviewReminder.objects.count() == 1


def test_email_follows_the_owners_preferred_language():
    profile = UserProfile.get_for_user(
        ServiceManualPage.objects.filter(slug="pit-counter-standard").first().manual_owner
    )
    profile.preferred_language = "en"
    profile.save()
    run()
    message = mail.outbox[0]
    assert "overdue for review" in message.subject
    assert "Standard for receiving P.N.D. 90/91 returns at the counter" in message.body


def test_one_email_per_owner_listing_all_their_overdue_manuals():
    index = ManualIndexPage.objects.get(locale__language_code="th")
    owner = ServiceManualPage.objects.get(
        slug="pit-counter-standard", locale__language_code="th"
    ).manual_owner
    ServiceManualPageFactory(
        parent=index,
        title="มาตรฐานที่ค้างทบทวนอีกฉบับ",
        manual_owner=owner,
        next_review_date=timezone.localdate() - datetime.timedelta(days=1),
    )
    run()
    assert len(mail.outbox) == 1
    assert "มาตรฐานที่ค้างทบทวนอีกฉบับ" in mail.outbox[0].body


def test_manual_without_owner_is_reported_not_emailed():
    index = ManualIndexPage.objects.get(locale__language_code="th")
    ServiceManualPageFactory(
        parent=index,
        title="มาตรฐานไร้เจ้าของ",
        next_review_date=timezone.localdate() - datetime.timedelta(days=3),
    )
    output = run()
    assert "มาตรฐานไร้เจ้าของ" in output
    assert all("มาตรฐานไร้เจ้าของ" not in message.body for message in mail.outbox)


def test_dashboard_panel_shows_overdue_and_due_soon_manuals(client_for):
    body = client_for("moderator").get("/admin/").content.decode()
    assert "Manuals due for review" in body or 'id="manual-reviews' in body
    assert "มาตรฐานการรับแบบ ภ.ง.ด.90/91 ที่เคาน์เตอร์" in body
    assert "มาตรฐานการคืนภาษีเงินได้บุคคลธรรมดา" in body
    assert "มาตรฐานการจดทะเบียนภาษีมูลค่าเพิ่ม" not in body  # due in 200 days


def test_dashboard_panel_lists_each_manual_once_not_per_language(client_for):
    body = client_for("editor").get("/admin/").content.decode()
    assert body.count("Standard for receiving P.N.D. 90/91") == 0
    assert body.count("มาตรฐานการรับแบบ ภ.ง.ด.90/91 ที่เคาน์เตอร์") == 1
