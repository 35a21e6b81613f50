"""Routing is remembered per site version: fewer queries, same answers."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

HANDBOOK = "/th/handbooks/vat-registration/"


def queries(client, url, expected_status=200):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == expected_status, url
    return len(captured)


def handbook():
    return Page.objects.get(
        url_path__endswith="/handbooks/vat-registration/", locale__language_code="th"
    )


def test_a_remembered_route_fetches_the_page_without_walking_the_tree(client):
    client.get("/th/")  # warm the site-wide caches
    first = queries(client, HANDBOOK)
    again = queries(client, HANDBOOK)
    assert again <= first - 3  # the walk took two queries a level below the home page
    assert "ขอจดทะเบียนภาษีมูลค่าเพิ่ม" in client.get(HANDBOOK).content.decode()


def test_an_unpublished_page_is_not_served_from_a_remembered_route(client):
    client.get(HANDBOOK)
    handbook().specific.unpublish()
    assert client.get(HANDBOOK).status_code == 404


def test_a_deleted_page_is_not_served_from_a_remembered_route(client):
    client.get(HANDBOOK)
    handbook().delete()
    assert client.get(HANDBOOK).status_code == 404


def test_a_new_slug_moves_the_route(client):
    client.get(HANDBOOK)
    page = handbook().specific
    page.slug = "vat"
    page.save_revision().publish()
    assert client.get(HANDBOOK).status_code == 404
    assert client.get("/th/handbooks/vat/").status_code == 200


def test_sub_routes_of_a_remembered_page_still_resolve(client):
    client.get(HANDBOOK)
    response = client.get(f"{HANDBOOK}feedback/")
    assert response.status_code == 302
    assert response["Location"] == HANDBOOK
    assert client.get(f"{HANDBOOK}no-such-route/").status_code == 404


def test_long_thai_paths_are_remembered_too(client):
    """Keys stay short whatever the path."""
    article = max(
        Page.objects.filter(url_path__contains="/communities/").live(), key=lambda p: len(p.url)
    )
    assert len(article.url) > 255
    client.force_login(get_user_model().objects.get(username="staff"))
    first = queries(client, article.url)
    assert queries(client, article.url) < first
    assert article.title in client.get(article.url).content.decode()
