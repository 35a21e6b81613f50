"""The demo complaints: about 300 over the last year, in every state the handling
can reach, and running the loader again changes nothing."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db.models import Count, F, Q
from django.utils import timezone

from complaints.choices import Kind, Status
from complaints.models import Complaint, EventKind, SlaPolicy

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_about_300_complaints_in_every_state():
    complaints = Complaint.objects.all()
    assert 250 <= complaints.count() <= 350
    assert complaints.filter(kind=Kind.CORRUPTION).count() == 1
    oldest = complaints.order_by("received_at").first().received_at
    assert timezone.now() - oldest <= datetime.timedelta(days=366)
    assert complaints.filter(answered_at__gt=F("resolve_due_at")).exists()  # breached
    assert complaints.filter(status=Status.WAITING).exists()
    assert complaints.filter(events__kind=EventKind.REOPENED).exists()
    assert complaints.filter(events__kind=EventKind.REFERRED).exists()
    assert complaints.filter(rating__isnull=False).exists()
    spread = complaints.aggregate(
        offices=Count("office", distinct=True),
        channels=Count("channel", distinct=True),
        priorities=Count("priority", distinct=True),
        categories=Count("category", distinct=True, filter=Q(category__isnull=False)),
    )
    assert spread["offices"] >= 20 and spread["channels"] == 7
    assert spread["priorities"] == 4 and spread["categories"] >= 5
    assert SlaPolicy.objects.count() == 8


def test_references_have_no_gaps():
    for year in Complaint.objects.values_list("year", flat=True).distinct():
        numbers = sorted(Complaint.objects.filter(year=year).values_list("number", flat=True))
        assert numbers == list(range(1, len(numbers) + 1))


def test_the_statistics_and_inbox_show_the_demo(client):
    page = client.get("/th/complaints/statistics/")
    assert page.status_code == 200 and page.context["report"]["total"] > 0
    client.login(username="head", password="changeme")
    inbox = client.get("/th/complaints/inbox/")
    assert inbox.status_code == 200 and inbox.context["page_obj"].paginator.count > 0


def test_loading_again_changes_nothing():
    before = Complaint.objects.count()
    call_command("load_demo_content", force=True, stdout=io.StringIO())
    assert Complaint.objects.count() == before
