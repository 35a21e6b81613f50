"""The home page's section cards come from the cached menu: no query of their own."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.factories import SectionPageFactory

pytestmark = pytest.mark.django_db

#: The site, the home page, its ancestors' aliases and its view restrictions.
HOME_QUERIES = 4


def _warm_home(client):
    client.get("/th/")  # builds the menu for this site version
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/th/")
    cards = BeautifulSoup(response.content, "html.parser").select(".card-grid .card__title a")
    return [card["href"] for card in cards], captured.captured_queries


def test_the_section_cards_cost_no_query(site, sign_in):
    client = sign_in()
    SectionPageFactory(parent=site.home, title="บริการประชาชน", slug="services", show_in_menus=True)
    one, queries_one = _warm_home(client)
    for number in range(5):
        SectionPageFactory(
            parent=site.home, title=f"หมวด {number}", slug=f"s-{number}", show_in_menus=True
        )
    six, queries_six = _warm_home(client)
    assert len(one) + 5 == len(six)
    assert len(queries_one) == len(queries_six) <= HOME_QUERIES
    filters = [query["sql"].partition(" WHERE ")[2] for query in queries_six]
    assert not any('"show_in_menus"' in where for where in filters)  # no menu query
