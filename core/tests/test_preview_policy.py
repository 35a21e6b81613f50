"""The editor's preview renders every page type inside the admin's frame, while
the public site still refuses to be framed by anyone."""

import pytest
from django.urls import reverse

from communities.factories import CommunityIndexPageFactory, CommunityPageFactory
from contests.factories import ContestIndexPageFactory, ContestPageFactory
from manuals.factories import (
    CitizenHandbookPageFactory,
    HandbookIndexPageFactory,
    ManualIndexPageFactory,
    ServiceManualPageFactory,
)
from offices.factories import OfficeIndexPageFactory, OfficePageFactory
from portal.factories import SectionPageFactory, StandardPageFactory
from taxcompass.factories import TaxCompassPageFactory
from training.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    QuizPageFactory,
)

pytestmark = [pytest.mark.django_db]

FACTORIES = [
    SectionPageFactory,
    StandardPageFactory,
    HandbookIndexPageFactory,
    CitizenHandbookPageFactory,
    ManualIndexPageFactory,
    ServiceManualPageFactory,
    CommunityIndexPageFactory,
    CommunityPageFactory,
    ContestIndexPageFactory,
    ContestPageFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    ModulePageFactory,
    LessonPageFactory,
    QuizPageFactory,
    OfficeIndexPageFactory,
    OfficePageFactory,
    TaxCompassPageFactory,
]


def frame_ancestors(response):
    policy = response["Content-Security-Policy"]
    return next(d for d in policy.split("; ") if d.startswith("frame-ancestors"))


@pytest.mark.parametrize("factory", FACTORIES, ids=lambda f: f.__name__)
def test_the_draft_preview_of_every_page_type_may_be_framed_by_the_admin(site, sign_in, factory):
    page = factory(parent=site.home)
    response = sign_in("admin").get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    assert response.status_code == 200
    assert frame_ancestors(response) == "frame-ancestors 'self'"
    # Only the framing rule differs from the public site's policy.
    assert "script-src 'self';" in response["Content-Security-Policy"]
    assert "unsafe-inline" not in response["Content-Security-Policy"]


def test_the_published_page_itself_still_refuses_every_frame(site, sign_in):
    page = CitizenHandbookPageFactory(parent=site.home)
    response = sign_in("admin").get(page.url)
    assert response.status_code == 200
    assert frame_ancestors(response) == "frame-ancestors 'none'"


def test_a_preview_request_made_by_wagtail_carries_the_framable_policy(site):
    page = CitizenHandbookPageFactory(parent=site.home)
    response = page.make_preview_request()
    assert response.status_code == 200
    assert frame_ancestors(response) == "frame-ancestors 'self'"
