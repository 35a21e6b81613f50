"""Pages answer Wagtail's ``get_view_restrictions`` from the cached rules, with what
Wagtail would answer."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction, get_page_models

from core.privacy import RestrictionsFromRules
from portal.factories import SectionPageFactory, StandardPageFactory

pytestmark = [pytest.mark.django_db]


def wagtails_answer(page):
    return set(Page.get_view_restrictions(page))


def test_every_page_model_answers_from_the_rules():
    assert [m for m in get_page_models() if m is not Page] == [
        m for m in get_page_models() if issubclass(m, RestrictionsFromRules)
    ]


def test_a_public_page_needs_no_query(site, django_assert_num_queries):
    page = StandardPageFactory(parent=site.home)
    page.get_view_restrictions()  # the rules, once per site version
    with django_assert_num_queries(0):
        assert list(page.get_view_restrictions()) == []
    assert wagtails_answer(page) == set()


def test_under_a_restriction_the_answer_is_wagtails_in_one_query(site, django_assert_num_queries):
    page = StandardPageFactory(parent=site.intranet)
    page.get_view_restrictions()
    with django_assert_num_queries(1):
        restrictions = set(page.get_view_restrictions())
    assert restrictions and restrictions == wagtails_answer(page)


def test_a_new_restriction_counts_at_once(site, client):
    section = SectionPageFactory(parent=site.home)
    page = StandardPageFactory(parent=section)
    assert client.get(page.url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="ผู้ตรวจสอบภายใน"))
    page.refresh_from_db()
    assert set(page.get_view_restrictions()) == {restriction} == wagtails_answer(page)
    assert client.get(page.url).status_code == 302  # to sign in


def test_an_alias_takes_its_sources_restriction(site, client):
    source = StandardPageFactory(parent=site.home)
    restriction = PageViewRestriction.objects.create(
        page=source, restriction_type=PageViewRestriction.LOGIN
    )
    section = SectionPageFactory(parent=site.home)
    alias = source.create_alias(parent=section, update_slug="alias-of-restricted")
    assert set(alias.get_view_restrictions()) == {restriction} == wagtails_answer(alias)
    assert client.get(alias.url).status_code == 302


def _group_reads(queries):
    return [
        q["sql"] for q in queries if 'FROM "auth_group" INNER JOIN "auth_user_groups"' in q["sql"]
    ]


def test_serving_a_group_restricted_page_reads_the_users_groups_once(
    site, sign_in, user_for, django_assert_max_num_queries
):
    page = StandardPageFactory(parent=site.intranet)
    client = sign_in("staff")
    assert client.get(page.url).status_code == 200  # warm: rules, menu
    with django_assert_max_num_queries(20) as queries:
        assert client.get(page.url).status_code == 200
    assert len(_group_reads(queries.captured_queries)) == 1
    user_for("staff").groups.clear()
    assert client.get(page.url).status_code == 302  # Wagtail's check reads the groups afresh
