"""One form pattern everywhere: each form sent empty, as a browser sends it (its
hidden fields, every other field blank), answers with the shared error summary
(includes/error_summary.html) at the top, linking to each invalid field, and marks
each field with its message."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from communities.factories import (
    CommunityIndexPageFactory,
    CommunityPageFactory,
    MembershipFactory,
    TopicFactory,
)
from contests.factories import CategoryFactory, EntryFactory
from contests.models import Assignment, Round
from core.routing import subpage_url
from manuals.factories import CitizenHandbookPageFactory, HandbookIndexPageFactory
from offices.factories import OfficeIndexPageFactory, OfficePageFactory
from portal.factories import user_with_role
from surveys.factories import SurveyFactory
from taxcompass.factories import TaxCompassPageFactory, TaxYearRulesFactory

pytestmark = pytest.mark.django_db


def signed_in(role):
    client = Client()
    if role:
        client.force_login(user_with_role(role))
    return client


def community(world):
    index = CommunityIndexPageFactory(parent=world.intranet, slug="communities")
    return CommunityPageFactory(parent=index, slug="desk")


def new_topic(world):
    page = community(world)
    client = Client()
    user = user_with_role("staff")
    MembershipFactory(community=page, user=user)
    client.force_login(user)
    return client, subpage_url(page, "new_topic"), ["id_title", "id_body"]


def report_post(world):
    topic = TopicFactory(community=community(world))
    url = reverse("communities:report", args=[topic.posts.get().pk])
    return signed_in("staff"), url, ["id_reason_0"]


def contest_entry(world):
    category = CategoryFactory()
    url = reverse("contests:submit", args=[category.pk])
    return signed_in("staff"), url, ["id_title"]


def judging(page):
    """A judge's client and the URL of ``page`` ("score" or "conflict") of their entry."""
    category = CategoryFactory(contest__judging=True)
    round_ = Round.objects.create(category=category, number=1)
    entry = EntryFactory(category=category)
    judge = user_with_role("judge")
    Assignment.objects.create(round=round_, entry=entry, judge=judge)
    client = Client()
    client.force_login(judge)
    return client, reverse(f"contests:{page}", args=[round_.pk, entry.code])


def conflict(world):
    return *judging("conflict"), ["id_reason"]


def handbook_feedback(world):
    index = HandbookIndexPageFactory(parent=world.home)
    handbook = CitizenHandbookPageFactory(parent=index)
    return Client(), handbook.url, ["id_helpful_0"]


def survey(world):
    directory = OfficeIndexPageFactory(parent=world.home)
    office = OfficePageFactory(parent=directory, code="PLK")
    chosen = SurveyFactory(offices=[office])
    url = reverse("surveys:form", args=[chosen.slug]) + "?office=PLK"
    return Client(), url, []


def tax_compass(world):
    TaxYearRulesFactory()
    page = TaxCompassPageFactory(parent=world.home)
    return Client(), page.url, ["id_tax_year"]


FORMS = {
    "sign-in": lambda world: (Client(), reverse("account_login"), ["id_login", "id_password"]),
    "register": lambda world: (
        Client(), reverse("account_signup"), ["id_username", "id_email", "id_password1"]
    ),
    "complaint": lambda world: (Client(), reverse("complaints:new"), ["id_subject"]),
    "track-complaint": lambda world: (
        Client(), reverse("complaints:track"), ["id_reference", "id_code"]
    ),
    "record-complaint": lambda world: (
        signed_in("officer"), reverse("complaints:record"), ["id_subject"]
    ),
    "community-topic": new_topic,
    "community-report": report_post,
    "contest-entry": contest_entry,
    "contest-conflict": conflict,
    "handbook-feedback": handbook_feedback,
    "satisfaction-survey": survey,
    "tax-compass": tax_compass,
}  # fmt: skip


def send_empty(client, url):
    """Send the page's main form (the one with the most fields) with its hidden fields
    and every other field blank."""
    page = BeautifulSoup(client.get(url).content, "html.parser")
    form = max(page.select("main form"), key=lambda form: len(form.select("input, textarea")))
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        kind = field.get("type", "text")
        if field["name"] == "csrfmiddlewaretoken" or kind in ("radio", "checkbox", "file"):
            continue
        data[field["name"]] = field.get("value", "") if kind == "hidden" else ""
    action = form.get("action") or url
    if form.get("method", "get").lower() == "post":
        return client.post(action, data)
    return client.get(action, data)


@pytest.mark.parametrize("name", sorted(FORMS))
def test_an_empty_form_gets_the_error_summary_linking_to_its_fields(site, name):
    client, url, expected = FORMS[name](site)
    response = send_empty(client, url)
    assert response.status_code in (200, 400), response.get("Location")
    page = BeautifulSoup(response.content, "html.parser")
    summaries = page.select("[data-error-summary]")
    assert len(summaries) == 1
    summary = summaries[0]
    assert summary["role"] == "alert"
    targets = [a["href"].removeprefix("#") for a in summary.select("a[href^='#']")]
    assert targets, "the summary links to the invalid fields"
    for target in targets:
        field = page.find(id=target)
        assert field is not None, target  # every link leads to its field
        assert field.find_parent(class_="field--error") or field.find_parent(
            class_="survey-question"
        )
    assert set(expected) <= set(targets)
    # The summary comes before the first field it names.
    assert str(page).index("data-error-summary") < str(page).index(f'id="{targets[0]}"')
