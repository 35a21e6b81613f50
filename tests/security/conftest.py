"""The objects the security matrix points at, built once per module with factories.

A site shaped like a real installation: public sections, handbooks and courses;
an intranet with service manuals, communities and a contest in its judging
window; a public and a staff-only document; and one user per matrix role
(``matrix.ROLES``), with a certificate for ``staff``.
"""

import io
import json
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from communities.factories import (
    CommunityIndexPageFactory,
    CommunityPageFactory,
    MembershipFactory,
)
from communities.models import KnowledgeArticlePage, Membership
from contests.assignment import assign
from contests.factories import (
    CategoryFactory,
    ContestFactory,
    ContestIndexPageFactory,
    ContestPageFactory,
    EntryFactory,
)
from contests.logos import reencode
from contests.models import Category
from contests.rounds import start_round
from core.access import STAFF
from manuals.factories import (
    CitizenHandbookPageFactory,
    HandbookIndexPageFactory,
    ManualIndexPageFactory,
    ServiceManualPageFactory,
)
from offices.factories import OfficeIndexPageFactory, OfficePageFactory
from portal.factories import SectionPageFactory, StandardPageFactory, UserFactory, user_with_role
from portal.models import StaffProfile
from surveys.factories import KIOSK_QUESTIONS, KioskFactory, SurveyFactory
from taxcompass.factories import TaxCompassPageFactory, TaxYearRulesFactory
from tests.world import translate
from training.certificates import create_certificate
from training.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    QuizPageFactory,
)
from training.learning import enrol

from .app_cases import COMMUNITY_SLUG, KIOSK_TOKEN, SMILE_COMMUNITY_SLUG, SURVEY_SLUG
from .matrix import COURSE_SLUG, ROLES

# Members of every community besides its facilitator, as in an installation.
MEMBERS = ("staff", "judge", "supervisor", "editor", "manager")


def _users():
    return {
        role: user_with_role(role, username=username, first_name=role.title())
        for role, username in ROLES.items()
        if username
    }


def _png(colour="#0b4f8a"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 64), colour).save(buffer, "PNG")
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


def _documents():
    """A document in the root collection and one in a collection restricted to staff."""
    Document = get_document_model()
    root = Collection.get_first_root_node()
    private = root.add_child(name="เอกสารภายใน")
    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=STAFF)])
    made = {}
    for key, collection in (("public", root), ("private", private)):
        document = Document(title=f"แบบฟอร์ม {key}", collection=collection)
        document.file.save(f"form-{key}.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=True)
        made[key] = document
    return made


def _contest(site, users):
    """A contest in its judging window on an intranet page: a text and a logo category
    judged by ``judge1`` and one more judge, entries by staff outside the matrix's roles."""
    contest = ContestFactory(judging=True)
    text = CategoryFactory(contest=contest, kind=Category.TEXT, code_prefix="SL")
    logo = CategoryFactory(contest=contest, kind=Category.LOGO, code_prefix="LG")
    other_judge = user_with_role("judge")
    for number, category in enumerate((text, logo)):
        category.judges.set([users["judge"], other_judge])
        category.save()  # a ParentalManyToManyField is written on save
        for n in range(2):
            author = UserFactory(
                username=f"entrant{number}{n}",
                first_name="วิไลวรรณ",
                last_name=f"ศรีประเสริฐ{number}{n}",
                groups=["Staff"],
            )
            StaffProfile.objects.create(
                user=author, office_note="สำนักงานของผู้ส่ง", unit=f"หน่วยผู้ส่ง{number}{n}"
            )
            entry = EntryFactory.build(category=category, author=author)
            if category.kind == Category.LOGO:
                picture = reencode(_png())
                entry.logo.save(picture.name, picture, save=False)
            entry.save()
        assign(start_round(category, users["manager"]), users["manager"])
    index = ContestIndexPageFactory(parent=site.intranet, slug="contests")
    page = ContestPageFactory(parent=index, contest=contest, slug="smile-contest")
    translate(index, title="Contests")
    translate(page, title="SMILE contest")
    return contest


def _communities(site, users):
    index = CommunityIndexPageFactory(parent=site.intranet, slug="communities")
    counter = CommunityPageFactory(parent=index, slug=COMMUNITY_SLUG)
    smile = CommunityPageFactory(parent=index, slug=SMILE_COMMUNITY_SLUG)
    for community, facilitator in ((counter, "supervisor"), (smile, "editor")):
        MembershipFactory(community=community, user=users[facilitator], role=Membership.FACILITATOR)
        for role in MEMBERS:
            if role != facilitator:
                MembershipFactory(community=community, user=users[role])
    article = counter.add_child(
        instance=KnowledgeArticlePage(
            title="วิธีแก้เครื่องกดบัตรคิวค้าง",
            slug="queue-machine",
            summary="สรุปจากการสนทนา",
            body=json.dumps([{"type": "paragraph", "value": "<p>ปิดเปิดเครื่องก่อนเปิดสาขา</p>"}]),
        )
    )
    translate(index, title="Communities")
    translate(counter, title="Front counter")
    translate(article, title="Fixing the queue machine")
    return counter


def _training(site, users):
    index = CourseIndexPageFactory(parent=site.home)
    course = CoursePageFactory(parent=index, slug=COURSE_SLUG)
    module = ModulePageFactory(parent=course)
    lesson = LessonPageFactory(parent=module)
    quiz = QuizPageFactory(parent=module)
    translate(index, title="Training")
    translate(course, title="Front-counter excellence")
    translate(module, title="Module")
    translate(lesson, title="Lesson")
    translate(quiz, title="Quiz")
    enrol(users["staff"], course)
    create_certificate(users["staff"], course, course.pk)
    return course


def _pages(site):
    """Portal, manual and office pages, public and on the intranet, in Thai and English."""
    about = SectionPageFactory(parent=site.home, slug="about")
    article = StandardPageFactory(parent=about, slug="story")
    news = StandardPageFactory(parent=site.intranet, slug="staff-news")
    handbooks = HandbookIndexPageFactory(parent=site.home)
    handbook = CitizenHandbookPageFactory(parent=handbooks)
    manuals = ManualIndexPageFactory(parent=site.intranet)
    manual = ServiceManualPageFactory(parent=manuals)
    offices = OfficeIndexPageFactory(parent=site.home)
    area = OfficePageFactory(parent=offices)
    branch = OfficePageFactory(parent=area, branch=True)
    for page in (about, article, news, handbooks, handbook, manuals, manual, offices, area, branch):
        translate(page, title=f"English {page.slug}")
    SurveyFactory(slug=SURVEY_SLUG, offices=[area])
    kiosk_survey = SurveyFactory(offices=[area], question_set__questions=KIOSK_QUESTIONS)
    KioskFactory(token=KIOSK_TOKEN, office=area, survey=kiosk_survey)
    return SimpleNamespace(handbook=handbook, manual=manual)


def _tax_compass(site):
    """The tax compass page with the 2568 rules as shipped, in Thai and English."""
    TaxYearRulesFactory()
    compass = TaxCompassPageFactory(parent=site.home)
    translate(compass, title="Tax compass")
    return compass


@pytest.fixture(scope="module")
def matrix_objects(module_site):
    """Everything the matrix rows point at (see the module docstring)."""
    users = _users()
    pages = _pages(module_site)
    documents = _documents()
    return SimpleNamespace(
        site=module_site,
        users=users,
        documents=documents,
        handbook=pages.handbook,
        manual=pages.manual,
        course=_training(module_site, users),
        community=_communities(module_site, users),
        contest=_contest(module_site, users),
        tax_compass=_tax_compass(module_site),
    )
