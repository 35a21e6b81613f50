"""Routing is remembered per site version: fewer queries, same answers."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify
from wagtail.models import Page

from communities.factories import CommunityIndexPageFactory, CommunityPageFactory
from communities.models import KnowledgeArticlePage
from manuals.factories import CitizenHandbookPageFactory, HandbookIndexPageFactory

pytestmark = [pytest.mark.django_db]

HANDBOOK = "/th/handbooks/vat-registration/"
HANDBOOK_TITLE = "ขอจดทะเบียนภาษีมูลค่าเพิ่ม"
# Thai slugs, each character several bytes: the article's path is long.
LONG_SLUG = slugify(
    "การจัดการบัตรคิว เมื่อผู้เสียภาษีมาพร้อมกันจำนวนมาก ในช่วงใกล้ครบกำหนดยื่นแบบ " * 3,
    allow_unicode=True,
)
ARTICLE_TITLE = "การจัดการบัตรคิวช่วงใกล้ครบกำหนดยื่นแบบ"


@pytest.fixture(scope="module", autouse=True)
def pages(module_site):
    """A citizen handbook two levels below the home page, and a knowledge article deep
    in a community of the staff-only intranet, under long Thai slugs."""
    index = HandbookIndexPageFactory(parent=module_site.home, slug="handbooks")
    CitizenHandbookPageFactory(parent=index, slug="vat-registration", title=HANDBOOK_TITLE)
    communities = CommunityIndexPageFactory(parent=module_site.intranet, slug="communities")
    community = CommunityPageFactory(parent=communities, slug=LONG_SLUG[:120])
    article = KnowledgeArticlePage(
        title=ARTICLE_TITLE,
        slug=LONG_SLUG[:150],
        summary="สรุป",
        body=json.dumps([{"type": "paragraph", "value": "<p>แจกบัตรคิวล่วงหน้า</p>"}]),
    )
    community.add_child(instance=article)
    return module_site


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
    assert HANDBOOK_TITLE in client.get(HANDBOOK).content.decode()


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


def test_long_thai_paths_are_remembered_too(sign_in):
    """Keys stay short whatever the path."""
    article = max(
        Page.objects.filter(url_path__contains="/communities/").live(), key=lambda p: len(p.url)
    )
    assert len(article.url) > 255
    client = sign_in("staff")
    first = queries(client, article.url)
    assert queries(client, article.url) < first
    assert article.title in client.get(article.url).content.decode()
