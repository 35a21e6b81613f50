"""A section page lists its live children that the visitor may open, a page at a time."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from core.access import STAFF
from portal.factories import SectionPageFactory, StandardPageFactory
from portal.models.pages import CHILDREN_PER_PAGE

pytestmark = [pytest.mark.django_db]


def titles(response):
    return [child.title for child in response.context["children"]]


def test_children_come_a_page_at_a_time_in_tree_order(site, client):
    section = SectionPageFactory(parent=site.home)
    for n in range(CHILDREN_PER_PAGE + 1):
        StandardPageFactory(parent=section, title=f"เรื่องที่ {n + 1:02d}")
    first = client.get(section.url)
    assert titles(first) == [f"เรื่องที่ {n + 1:02d}" for n in range(CHILDREN_PER_PAGE)]
    assert first.context["children"].has_next()
    second = client.get(section.url, {"page": 2})
    assert titles(second) == [f"เรื่องที่ {CHILDREN_PER_PAGE + 1:02d}"]


def test_drafts_and_pages_the_visitor_may_not_open_are_not_listed(site, sign_in):
    section = SectionPageFactory(parent=site.home)
    StandardPageFactory(parent=section, title="ประกาศทั่วไป")
    StandardPageFactory(parent=section, title="ร่างที่ยังไม่เผยแพร่", live=False)
    internal = StandardPageFactory(parent=section, title="บันทึกภายในสำนักงาน")
    restriction = PageViewRestriction.objects.create(
        page=internal, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=STAFF)])
    anonymous = sign_in().get(section.url)
    assert titles(anonymous) == ["ประกาศทั่วไป"]
    assert "บันทึกภายในสำนักงาน" not in anonymous.content.decode()
    assert titles(sign_in("staff").get(section.url)) == ["ประกาศทั่วไป", "บันทึกภายในสำนักงาน"]


def test_a_section_of_one_page_is_listed_without_counting(site, client, django_assert_num_queries):
    section = SectionPageFactory(parent=site.home)
    for n in range(3):
        StandardPageFactory(parent=section, title=f"เรื่องที่ {n + 1}")
    client.get(section.url)  # warm: routes, menu, rules
    with django_assert_num_queries(4) as queries:  # site, page, children, their specific rows
        response = client.get(section.url)
    assert len(titles(response)) == 3
    assert not [q for q in queries.captured_queries if "COUNT(" in q["sql"]]
