"""The header: the person's name in the page's language, the notification bell with
its unread count, and the account menu; a bounded query cost."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from communities.factories import CommunityIndexPageFactory, CommunityPageFactory, TopicFactory
from communities.models.notifications import Notification
from portal.factories import user_with_role
from portal.models import StaffProfile

pytestmark = pytest.mark.django_db


def header(response):
    return BeautifulSoup(response.content, "html.parser").select_one("header.site-header")


@pytest.fixture
def somchai(site):
    user = user_with_role("staff", first_name="สมชาย", last_name="ใจดี")
    StaffProfile.objects.create(user=user, name_en="Somchai Jaidee")
    client = Client()
    client.force_login(user)
    return user, client


@pytest.mark.parametrize(
    ("language", "name"), [("th", "สมชาย ใจดี"), ("en", "Somchai Jaidee")], ids=["th", "en"]
)
def test_the_header_names_the_person_in_the_page_language(somchai, language, name):
    _user, client = somchai
    menu = header(client.get(f"/{language}/")).select_one(".account-menu")
    assert menu.select_one("summary").get_text(strip=True) == name
    links = [a["href"] for a in menu.select("a")]
    assert f"/{language}/my/" in links
    assert f"/{language}/accounts/logout/" in links


def test_without_an_english_name_the_english_site_shows_the_thai_one(site):
    client = Client()
    client.force_login(user_with_role("staff", first_name="สมหญิง", last_name="ดีใจ"))
    assert header(client.get("/en/")).select_one("summary").get_text(strip=True) == "สมหญิง ดีใจ"


def test_the_bell_counts_unread_notifications_and_links_to_them(somchai, site):
    user, client = somchai
    index = CommunityIndexPageFactory(parent=site.intranet, slug="communities")
    community = CommunityPageFactory(parent=index, slug="desk")
    for topic in TopicFactory.create_batch(2, community=community):
        Notification.objects.create(
            recipient=user, actor=topic.author, topic=topic, kind=Notification.REPLY
        )
    bell = header(client.get("/th/")).select_one("a.bell")
    assert bell["data-unread"] == "2"
    assert bell["href"] == "/th/communities/notifications/"


@pytest.mark.parametrize("role", ["citizen", "anonymous"])
def test_people_without_notifications_get_no_bell(site, sign_in, role):
    client = sign_in(None if role == "anonymous" else role)
    assert header(client.get("/th/")).select_one("a.bell") is None


def test_the_header_costs_a_bounded_number_of_queries(somchai, django_assert_max_num_queries):
    _user, client = somchai
    client.get("/th/search/")  # warm per-process caches
    # The page (the search form, with no query) reads nothing itself: what is left is
    # the session, the user, the site and the header (name, bell).
    with django_assert_max_num_queries(8):
        assert client.get("/th/search/").status_code == 200
