"""Labels that are not the page title (GOV.UK): every visible field of every public
form has a label (``label[for]``, ``aria-labelledby`` or a wrapping ``label``) that
says what to enter. Its words differ from the page's ``h1`` unless the label IS the
``h1`` (a one-question page labels its field with the heading, one element)."""

import copy
from datetime import date

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.utils import user_pk_to_url_str
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse

from communities.factories import TopicFactory
from communities.links import topic_url
from complaints import workflow
from complaints.choices import PauseOn
from complaints.factories import file
from contests.factories import CategoryFactory, EntryFactory
from contests.models import Round
from core.routing import subpage_url
from manuals.factories import CitizenHandbookPageFactory, HandbookIndexPageFactory
from offices.factories import OfficeIndexPageFactory, OfficePageFactory
from portal.factories import user_with_role
from portal.models import StaffProfile
from tests.test_form_errors import FORMS, community, judging, signed_in
from training.learning import enrol
from training.tests.helpers import build_course

pytestmark = pytest.mark.django_db

HIDDEN = ("hidden", "submit", "button", "reset", "image")


def reply(world):
    topic = TopicFactory(community=community(world))
    return signed_in("staff"), topic_url(topic), []


def edit_post(world):
    topic = TopicFactory(community=community(world))
    client = Client()
    client.force_login(topic.posts.get().author)
    return client, reverse("communities:edit_post", args=[topic.posts.get().pk]), []


def an_office(world):
    return OfficePageFactory(parent=OfficeIndexPageFactory(parent=world.home), code="PLK")


def complaint_officer(world):
    office = an_office(world)
    officer = user_with_role("officer")
    StaffProfile.objects.update_or_create(user=officer, defaults={"office": office})
    client = Client()
    client.force_login(officer)
    url = reverse("complaints:officer_detail", args=[file(office=office).reference])
    return client, url, []


def tracked_complaint(world):
    """The complainant's page of a complaint waiting for their answer."""
    complaint, code = file(tracking=True)
    officer = user_with_role("officer")
    workflow.pause(complaint, officer, PauseOn.CITIZEN, "ขอสำเนาเอกสาร", date(2099, 1, 1))
    client = Client()
    client.post(reverse("complaints:track"), {"reference": complaint.reference, "code": code})
    return client, reverse("complaints:detail", args=[complaint.reference]), []


def quiz(world):
    course = build_course(modules=1, lessons=0)
    learner = user_with_role("staff")
    enrol(learner, course.page)
    client = Client()
    client.force_login(learner)
    return client, course.quizzes[0].url, []


def verify_certificate(world):
    index = build_course(modules=1, lessons=0).page.get_parent()
    return Client(), subpage_url(index.specific, "verify_form"), []


def new_password(world):
    """The page a password-reset e-mail's link leads to (allauth moves the key from
    the link into the session, then shows the form)."""
    user = user_with_role("citizen")
    link = reverse(
        "account_reset_password_from_key",
        kwargs={
            "uidb36": user_pk_to_url_str(user),
            "key": default_token_generator.make_token(user),
        },
    )
    client = Client()
    return client, client.get(link).url, []


def handbook_index(world):
    index = HandbookIndexPageFactory(parent=world.home)
    CitizenHandbookPageFactory(parent=index)
    return Client(), index.url, []


def contest_progress(world):
    category = CategoryFactory(contest__judging=True)
    Round.objects.create(category=category, number=1)
    EntryFactory(category=category)
    return signed_in("manager"), reverse("contests:progress", args=[category.contest.pk]), []


def training_report(world):
    index = build_course(modules=1, lessons=1).page.get_parent()
    return signed_in("supervisor"), subpage_url(index.specific, "report"), []


# The forms of test_form_errors and every other form a visitor, staff member, judge,
# manager, officer or supervisor meets outside the admin. (A kiosk's question is its
# screen's h1, inside the legend; its steps show one at a time, so it is not here.)
PAGES = FORMS | {
    "community-reply": reply,
    "community-edit": edit_post,
    "complaint-officer": complaint_officer,
    "complaint-tracked": tracked_complaint,
    "contest-score-sheet": lambda world: (*judging("score"), []),
    "new-password": new_password,
    "password-change": lambda world: (
        signed_in("citizen"), reverse("account_change_password"), []
    ),
    "password-reset": lambda world: (Client(), reverse("account_reset_password"), []),
    "training-quiz": quiz,
    "training-report": training_report,
    "search": lambda world: (Client(), reverse("search:search"), []),
    "handbook-index": handbook_index,
    "notifications": lambda world: (signed_in("staff"), reverse("communities:notifications"), []),
    "complaint-statistics": lambda world: (Client(), reverse("complaints:statistics"), []),
    "contest-progress": contest_progress,
    "survey-reports": lambda world: (signed_in("surveyor"), reverse("surveys:reports"), []),
    "verify-certificate": verify_certificate,
}  # fmt: skip


def words(element):
    """The text a screen reader reads (without ``aria-hidden`` parts like the "*")."""
    read = copy.copy(element)
    for hidden in read.select('[aria-hidden="true"]'):
        hidden.extract()
    return " ".join(read.get_text(" ", strip=True).split())


def labels_of(page, field):
    """The elements that label ``field``."""
    found = []
    if field.get("id"):
        found += page.select(f'label[for="{field["id"]}"]')
    found += [page.find(id=ref) for ref in field.get("aria-labelledby", "").split()]
    wrapper = field.find_parent("label")
    if wrapper is not None:
        found.append(wrapper)
    return [label for label in found if label is not None]


def visible_fields(main):
    for field in main.select("input, select, textarea"):
        if field.name == "input" and field.get("type", "text") in HIDDEN:
            continue
        if field.has_attr("hidden") or field.find_parent(attrs={"hidden": True}):
            continue
        yield field


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_field_has_a_label_that_is_not_the_page_title(site, name):
    client, url, _ = PAGES[name](site)
    response = client.get(url)
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    (heading,) = page.select("main h1")
    title = words(heading)
    fields = list(visible_fields(page.select_one("main")))
    assert fields
    for field in fields:
        labels = labels_of(page, field)
        name_ = field.get("name") or field.get("id")
        assert labels, f"{name_} has no label"
        if field.get("id"):  # a shared id would give its label to another form's field
            assert len(page.select(f'[id="{field["id"]}"]')) == 1, field["id"]
        for label in labels:
            assert label is heading or words(label) != title, f"{name_} repeats the h1"
        if len(field.find_parent("form").select(f'[name="{field.get("name")}"]')) > 1:
            # A group of options: the question is the legend of their fieldset.
            group = field.find_parent("fieldset")
            legend = group and group.find("legend")
            assert legend and words(legend), f"{name_}: options without a question"
            assert heading in legend.descendants or words(legend) != title, name_
    for label in page.select("main label"):
        target = label.get("for")
        assert target is None or page.find(id=target), f"a label for nothing: {words(label)}"
