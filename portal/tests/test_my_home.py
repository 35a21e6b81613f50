"""Each person's home ("งานของฉัน"): where sign-in lands, the panels each role sees
(and only those), their items (only the user's own), and the query budget."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from communities.factories import CommunityIndexPageFactory, CommunityPageFactory, TopicFactory
from communities.models.membership import Follow, Membership
from communities.models.notifications import Notification
from complaints.factories import file
from complaints.models import Complaint
from contests.factories import CategoryFactory, EntryFactory
from contests.models import Assignment, Round
from portal.factories import user_with_role
from taxcompass.factories import SavedEstimateFactory

pytestmark = pytest.mark.django_db

MY_HOME = "/th/my/"
HOUR = datetime.timedelta(hours=1)
# Every panel of a user who holds every role, with an item in most of them.
MAX_QUERIES = 35

# The panels each role sees on an empty site (panels that list only what exists,
# such as entries or saved estimates, are absent when there is nothing).
STAFF_PANELS = {"notifications", "communities", "courses"}
EXPECTED = {
    "staff": STAFF_PANELS,
    "editor": STAFF_PANELS,
    "moderator": STAFF_PANELS | {"reviews"},
    "judge": STAFF_PANELS | {"judging"},
    "manager": STAFF_PANELS | {"contests"},
    "supervisor": STAFF_PANELS | {"office-training"},
    "officer": STAFF_PANELS | {"complaints"},
    "head": STAFF_PANELS | {"complaints", "surveys"},
    "executive": STAFF_PANELS | {"complaints", "surveys"},
    "surveyor": STAFF_PANELS | {"surveys"},
    "admin": STAFF_PANELS | {"reviews", "contests", "office-training", "complaints", "surveys"},
}


def panels(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return {node["data-panel"] for node in soup.select("[data-panel]")}


@pytest.mark.parametrize("role", sorted(EXPECTED))
def test_each_role_sees_its_own_panels(site, sign_in, role):
    response = sign_in(role).get(MY_HOME)
    assert response.status_code == 200
    assert panels(response) == EXPECTED[role]


def test_a_citizen_with_nothing_waiting_gets_the_top_tasks(site, sign_in):
    response = sign_in("citizen").get(MY_HOME)
    assert panels(response) == set()
    assert b'id="top-tasks-heading"' in response.content
    assert reverse("complaints:new").encode() in response.content


def test_anonymous_visitors_sign_in_first(site, sign_in):
    response = sign_in().get(MY_HOME)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_signing_in_lands_on_my_home_unless_a_next_page_is_given(site, user_for, client):
    user_for("staff")
    user = user_for("staff")
    login = reverse("account_login")
    response = client.post(login, {"login": user.username, "password": "changeme"})
    assert response.status_code == 302
    assert response["Location"] == MY_HOME
    client.logout()
    response = client.post(
        f"{login}?next=/th/search/", {"login": user.username, "password": "changeme"}
    )
    assert response["Location"] == "/th/search/"


@pytest.fixture
def community(site):
    index = CommunityIndexPageFactory(parent=site.intranet, slug="communities")
    return CommunityPageFactory(parent=index, slug="tax-desk")


def notify(recipient, topic, actor):
    return Notification.objects.create(
        recipient=recipient, actor=actor, topic=topic, kind=Notification.REPLY
    )


def panel(response, key):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one(f'[data-panel="{key}"]')


def count(response, key):
    return int(panel(response, key).select_one("[data-count]")["data-count"])


def filed_by(user):
    """A complaint filed by ``user`` while signed in."""
    complaint = file()
    Complaint.objects.filter(pk=complaint.pk).update(citizen=user)
    return complaint


def test_staff_see_only_their_own_notifications(community, user_for):
    me, other = user_for("staff"), user_with_role("staff")
    mine = TopicFactory(community=community, title="หัวข้อของฉัน", author=other)
    theirs = TopicFactory(community=community, title="หัวข้อของคนอื่น", author=me)
    notify(me, mine, other)
    notify(other, theirs, me)
    client = Client()
    client.force_login(me)
    response = client.get(MY_HOME)
    assert count(response, "notifications") == 1
    text = panel(response, "notifications").get_text()
    assert "หัวข้อของฉัน" in text and "หัวข้อของคนอื่น" not in text


def test_followed_communities_show_new_posts_since_the_last_visit(community, user_for):
    me = user_for("staff")
    Follow.objects.create(user=me, community=community, created_at=timezone.now() - HOUR)
    TopicFactory(community=community)  # someone else's, after following
    TopicFactory(community=community, author=me)  # one's own post is not news
    client = Client()
    client.force_login(me)
    response = client.get(MY_HOME)
    assert count(response, "communities") == 1
    assert "1" in panel(response, "communities").select_one("[data-item]").get_text()


def test_members_find_their_communities_at_home_even_without_news(community, user_for):
    me = user_for("staff")
    Membership.objects.create(user=me, community=community)
    client = Client()
    client.force_login(me)
    response = client.get(MY_HOME)
    assert count(response, "communities") == 0
    links = [a["href"] for a in panel(response, "communities").select("[data-item] a")]
    assert links == [community.url, community.url + "new/"]
    ask = client.get(links[1])
    assert ask.status_code == 200 and ask.context["form"] is not None


def test_judges_count_only_their_own_entries_left_to_score(site, user_for):
    category = CategoryFactory(contest__judging=True, contest__title="ประกวดคำขวัญ")
    round_ = Round.objects.create(category=category, number=1)
    judge, other = user_for("judge"), user_with_role("judge")
    for entry in EntryFactory.create_batch(3, category=category):
        Assignment.objects.create(round=round_, entry=entry, judge=judge)
    Assignment.objects.create(round=round_, entry=EntryFactory(category=category), judge=other)
    client = Client()
    client.force_login(judge)
    response = client.get(MY_HOME)
    assert count(response, "judging") == 3
    assert "ประกวดคำขวัญ" in panel(response, "judging").get_text()
    assert panel(response, "judging").select_one("progress")["max"] == "3"
    first = Assignment.objects.filter(judge=judge).order_by("entry__code").first()
    score = reverse("contests:score", args=[round_.pk, first.entry.code])
    assert panel(response, "judging").select_one(f'a[href="{score}"]')  # straight to scoring


def test_citizens_see_their_own_complaints_and_estimates_only(site, user_for):
    me, other = user_for("citizen"), user_with_role("citizen")
    SavedEstimateFactory(owner=me, name="ประมาณการของฉัน")
    SavedEstimateFactory(owner=other, name="ประมาณการของคนอื่น")
    mine, theirs = filed_by(me), filed_by(other)
    client = Client()
    client.force_login(me)
    response = client.get(MY_HOME)
    assert panels(response) == {"my-complaints", "tax-estimates"}
    body = response.content.decode()
    assert "ประมาณการของฉัน" in body and "ประมาณการของคนอื่น" not in body
    assert mine.reference in body and theirs.reference not in body


def test_officers_without_an_office_see_no_complaint(site, user_for):
    file()
    response = Client()
    response.force_login(user_for("officer"))
    assert count(response.get(MY_HOME), "complaints") == 0


def test_a_user_with_every_role_gets_the_page_in_bounded_queries(
    community, user_for, django_assert_max_num_queries
):
    admin = user_for("admin")
    topic = TopicFactory(community=community)
    notify(admin, topic, topic.author)
    Follow.objects.create(user=admin, community=community)
    EntryFactory(author=admin)
    SavedEstimateFactory(owner=admin)
    filed_by(admin)
    client = Client()
    client.force_login(admin)
    client.get(MY_HOME)  # warm per-process caches
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(MY_HOME)
    assert {"notifications", "entries", "my-complaints", "tax-estimates"} <= panels(response)
