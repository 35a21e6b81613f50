"""Index pages list only the children the visitor may open: a page restricted to a
group never shows its title to anyone outside it (the section pages' own checks
are in portal/tests/test_section_page.py)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from communities.factories import CommunityIndexPageFactory, CommunityPageFactory
from communities.models import KnowledgeArticlePage
from contests.factories import ContestIndexPageFactory, ContestPageFactory
from core.access import STAFF
from manuals.factories import CitizenHandbookPageFactory, HandbookIndexPageFactory
from portal.roles import MODERATORS

pytestmark = [pytest.mark.django_db]

SECRET = "เรื่องเฉพาะกลุ่ม"


def restrict(page, group_name):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=group_name)])


def listed(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return SECRET in response.content.decode()


def test_a_handbook_for_staff_is_not_listed_to_the_public(site, sign_in):
    index = HandbookIndexPageFactory(parent=site.home)
    CitizenHandbookPageFactory(parent=index, title="คู่มือการยื่นแบบ")
    restrict(CitizenHandbookPageFactory(parent=index, title=SECRET), STAFF)
    assert not listed(sign_in(), index)
    assert not listed(sign_in("citizen"), index)
    assert listed(sign_in("staff"), index)


def test_a_contest_for_one_group_is_not_listed_to_other_staff(site, sign_in):
    index = ContestIndexPageFactory(parent=site.intranet)
    ContestPageFactory(parent=index)
    restrict(ContestPageFactory(parent=index, title=SECRET), MODERATORS)
    assert not listed(sign_in("staff"), index)
    assert listed(sign_in("moderator"), index)


def test_a_knowledge_article_for_one_group_is_not_listed_on_its_community(site, sign_in):
    community = CommunityPageFactory(parent=CommunityIndexPageFactory(parent=site.intranet))
    article = community.add_child(instance=KnowledgeArticlePage(title=SECRET, body=[]))
    restrict(article, MODERATORS)
    assert not listed(sign_in("staff"), community)
    assert listed(sign_in("moderator"), community)
