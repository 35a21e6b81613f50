"""The contest announcement on the search page: staff find it, outsiders never do."""

import pytest

from contests.models import ContestPage
from portal.demo.loader import demo_user

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

SEARCH = "/th/search/"
QUERY = "ตราสัญลักษณ์"  # in the announcement of the demo contest


@pytest.mark.parametrize("username", ["staff", "judge1", "manager"])
def test_staff_find_the_contest_page(client, username):
    client.force_login(demo_user(username))
    page = ContestPage.objects.get(locale__language_code="th")
    body = client.get(SEARCH, {"q": QUERY, "type": "contests-contestpage"}).content.decode()
    assert page.url in body


@pytest.mark.parametrize("username", [None, "citizen"])
def test_outsiders_never_find_it(client, username):
    if username:
        client.force_login(demo_user(username))
    page = ContestPage.objects.get(locale__language_code="th")
    for params in ({"q": QUERY}, {"q": QUERY, "type": "contests-contestpage"}):
        body = client.get(SEARCH, params).content.decode()
        assert page.url not in body and page.title not in body
