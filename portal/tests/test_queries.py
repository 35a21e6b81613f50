"""Every demo page renders within a bounded number of queries."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

# Navigation comes from the cache once warm. Staff see the intranet, whose
# section index lists children of five page types (one query each for their
# specific fields).
MAX_QUERIES = {"anonymous": 15, "staff": 23}


@pytest.mark.parametrize("who", ["anonymous", "staff"])
def test_every_page_renders_within_a_query_budget(client, django_assert_max_num_queries, who):
    if who == "staff":
        client.force_login(get_user_model().objects.get(username="staff"))
    pages = Page.objects.filter(depth__gte=2).live().specific()
    client.get("/th/")  # warm per-process caches (site root paths, content types)
    for page in pages:
        client.get(page.url)  # warm this page's cached navigation
        with django_assert_max_num_queries(MAX_QUERIES[who]):
            response = client.get(page.url)
        assert response.status_code in (200, 302), page.url
