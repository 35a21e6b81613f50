"""Every page of a representative site renders within a bounded number of queries."""

import json

import pytest
from wagtail.models import Page, get_page_models

from communities.factories import CommunityIndexPageFactory, CommunityPageFactory
from communities.models import KnowledgeArticlePage
from contests.factories import ContestIndexPageFactory, ContestPageFactory
from manuals.factories import (
    CitizenHandbookPageFactory,
    HandbookIndexPageFactory,
    ManualIndexPageFactory,
    ServiceManualPageFactory,
)
from offices.factories import OfficeIndexPageFactory, OfficePageFactory
from portal.factories import SectionPageFactory, StandardPageFactory
from taxcompass.factories import TaxCompassPageFactory, TaxYearRulesFactory
from tests.world import translate
from training.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    QuizPageFactory,
)

pytestmark = [pytest.mark.django_db]

# Navigation comes from the cache once warm. The most a page takes today, one
# below each budget (SQLite and PostgreSQL alike): 5 for the public (the course
# index), 16 for staff (a community's topic list, which also records the visit).
MAX_QUERIES = {"anonymous": 6, "staff": 17}

BODY = json.dumps(
    [
        {"type": "heading", "value": {"text": "หัวข้อ", "level": "h2"}},
        {"type": "paragraph", "value": "<p>ย่อหน้า <b>สำคัญ</b></p>"},
        {"type": "quote", "value": {"text": "คำคม", "attribution": "ผู้พูด"}},
        {"type": "callout", "value": {"style": "tip", "title": "ข้อแนะนำ", "text": "<p>ข้อความ</p>"}},
        {
            "type": "table",
            "value": {
                "data": [["ปี", "เป้าหมาย"], ["2552", "ค่านิยมร่วม"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "ตาราง",
            },
        },
    ]
)


def in_both_languages(page):
    translate(page)
    return page


@pytest.fixture(scope="module", autouse=True)
def every_page_type(module_site):
    """Sections with standard pages, the staff-only intranet holding a section, a
    standard page, manuals, contests and communities, handbooks, a course and the
    office directory: each in Thai and English."""
    home, intranet = module_site.home, module_site.intranet
    for number in range(2):
        section = in_both_languages(
            SectionPageFactory(parent=home, slug=f"section-{number}", show_in_menus=True)
        )
        for page in range(3):
            in_both_languages(
                StandardPageFactory(parent=section, slug=f"page-{number}-{page}", body=BODY)
            )
    in_both_languages(StandardPageFactory(parent=home, slug="about", body=BODY))

    in_both_languages(SectionPageFactory(parent=intranet, slug="teams"))
    in_both_languages(StandardPageFactory(parent=intranet, slug="staff-news", body=BODY))
    manuals = in_both_languages(ManualIndexPageFactory(parent=intranet, slug="manuals"))
    in_both_languages(ServiceManualPageFactory(parent=manuals, slug="vat-service"))
    contests = in_both_languages(ContestIndexPageFactory(parent=intranet, slug="contests"))
    in_both_languages(ContestPageFactory(parent=contests, slug="smile-contest"))
    communities = in_both_languages(CommunityIndexPageFactory(parent=intranet, slug="communities"))
    community = in_both_languages(CommunityPageFactory(parent=communities, slug="counter"))
    article = KnowledgeArticlePage(title="บัตรคิว", slug="queue-tickets", body=BODY)
    community.add_child(instance=article)
    in_both_languages(article)

    handbooks = in_both_languages(HandbookIndexPageFactory(parent=home, slug="handbooks"))
    in_both_languages(CitizenHandbookPageFactory(parent=handbooks, slug="vat-registration"))
    courses = in_both_languages(CourseIndexPageFactory(parent=home, slug="training"))
    course = in_both_languages(CoursePageFactory(parent=courses, slug="smile-basics"))
    unit = in_both_languages(ModulePageFactory(parent=course, slug="unit-1"))
    in_both_languages(LessonPageFactory(parent=unit, slug="lesson-1"))
    in_both_languages(QuizPageFactory(parent=unit, slug="quiz-1"))
    TaxYearRulesFactory()
    in_both_languages(TaxCompassPageFactory(parent=home, slug="tax-compass"))
    offices = in_both_languages(OfficeIndexPageFactory(parent=home, slug="offices"))
    area = in_both_languages(OfficePageFactory(parent=offices, slug="phitsanulok"))
    in_both_languages(OfficePageFactory(parent=area, branch=True, slug="wang-thong"))
    return module_site


def test_the_site_has_every_page_type_in_both_languages():
    pages = Page.objects.filter(depth__gte=2).live()
    types = {page.specific_class for page in pages}
    assert types == set(get_page_models()) - {Page}
    for language in ("th", "en"):
        assert {p.specific_class for p in pages.filter(locale__language_code=language)} == types


@pytest.mark.parametrize("who", ["anonymous", "staff"])
def test_every_page_renders_within_a_query_budget(sign_in, django_assert_max_num_queries, who):
    client = sign_in("staff" if who == "staff" else None)
    pages = Page.objects.filter(depth__gte=2).live().specific()
    client.get("/th/")  # warm per-process caches (site root paths, content types)
    for page in pages:
        client.get(page.url)  # warm this page's cached navigation
        with django_assert_max_num_queries(MAX_QUERIES[who]):
            response = client.get(page.url)
        assert response.status_code in (200, 302), page.url
