"""The contest announcement on the search page: staff find it, outsiders never do."""

import io

import pytest
from django.core.management import call_command

from contests.factories import ContestIndexPageFactory, ContestPageFactory

pytestmark = pytest.mark.django_db

SEARCH = "/th/search/"
QUERY = "ตราสัญลักษณ์"


@pytest.fixture(scope="module")
def announcement(module_site):
    """A contest announcement on the staff-only intranet whose text holds ``QUERY``
    inside a Thai sentence (no spaces around it)."""
    index = ContestIndexPageFactory(
        parent=module_site.intranet, title="ประกวดผลงาน", slug="contests"
    )
    page = ContestPageFactory(
        parent=index,
        title="ประกวดออกแบบประจำปี",
        slug="design-contest",
        intro=f"<p>ขอเชิญบุคลากรร่วมออกแบบ{QUERY}ประจำสำนักงาน</p>",
    )
    call_command("update_index", stdout=io.StringIO())
    return page


@pytest.mark.parametrize("role", ["staff", "judge", "manager"])
def test_staff_find_the_contest_page(sign_in, announcement, role):
    client = sign_in(role)
    body = client.get(SEARCH, {"q": QUERY, "type": "contests-contestpage"}).content.decode()
    assert announcement.url in body


@pytest.mark.parametrize("role", [None, "citizen"])
def test_outsiders_never_find_it(sign_in, announcement, role):
    client = sign_in(role)
    for params in ({"q": QUERY}, {"q": QUERY, "type": "contests-contestpage"}):
        body = client.get(SEARCH, params).content.decode()
        assert announcement.url not in body and announcement.title not in body
