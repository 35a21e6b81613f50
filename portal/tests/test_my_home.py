"""Each person's home ("งานของฉัน"): where sign-in lands, the panels each role sees
(and only those), their items (only the user's own), and the query budget."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

pytestmark = pytest.mark.django_db

MY_HOME = "/th/my/"

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
