"""Fixtures for the community tests: communities built once per module with factories.

``cop`` (module scope) is an index in the Intranet with two communities in Thai and
English and a few topics written through the same functions the views call. The
function-scoped ``community``, ``english_community`` and ``topic`` re-read them, so a
test may change them (each test's changes are rolled back).
"""

import uuid
from dataclasses import dataclass

import pytest

from communities import posting
from communities.factories import CommunityIndexPageFactory, CommunityPageFactory
from communities.markup import render
from communities.models import CommunityIndexPage, CommunityPage, Membership, Topic
from portal.factories import user_with_role
from tests.world import translate


def write_topic(community, author, title, body, replies=(), tags=(), accepted=None):
    """A topic started by ``author`` with ``replies`` ((user, text), …), written as the
    views write it; ``accepted`` is the index of the reply the author accepts."""
    opening, _ = posting.start_topic(
        community,
        author,
        _data(body, title=title, tags=list(tags)),
        rate_limited=False,
    )
    topic = opening.topic
    posts = [
        posting.reply(topic, user, _data(text), rate_limited=False)[0] for user, text in replies
    ]
    if accepted is not None:
        posting.accept(posts[accepted], author)
    topic.refresh_from_db()
    return topic


def _data(body, **extra):
    return {"body": body, "body_html": render(body), "form_token": uuid.uuid4(), **extra}


@dataclass
class Communities:
    index: CommunityIndexPage
    community: CommunityPage
    community_en: CommunityPage
    other: CommunityPage
    topic: Topic
    solved: Topic
    unanswered: Topic
    other_topic: Topic


@pytest.fixture(scope="module")
def cop(module_site):
    """Two communities (and their English pages) with an unsolved topic with replies,
    a solved one and an unanswered one in the first, one topic in the second."""
    index = CommunityIndexPageFactory(
        parent=module_site.intranet, title="ชุมชนนักปฏิบัติ", slug="communities"
    )
    community = CommunityPageFactory(parent=index, title="งานบริการหน้าเคาน์เตอร์", slug="counter")
    other = CommunityPageFactory(parent=index, title="ภาษีมูลค่าเพิ่มสำหรับผู้ประกอบการ", slug="vat")
    translate(index, title="Communities of practice")
    community_en = translate(community, title="Front counter service")
    translate(other, title="VAT for businesses")
    asker, first, second = (user_with_role(role) for role in ("staff", "judge", "editor"))
    topic = write_topic(
        community,
        asker,
        "เครื่องกดบัตรคิวค้างทุกเช้าที่สาขา",
        "เครื่องกดบัตรคิวค้างทุกเช้า\nมีวิธีแก้ไหมครับ",
        replies=[(first, "ลองปิดเปิดเครื่องก่อนเปิดสาขา"), (second, "แจ้งศูนย์ซ่อมตามสัญญา")],
        tags=["บัตรคิว"],
    )
    solved = write_topic(
        community,
        first,
        "ผู้เสียภาษีลืมรหัสผ่านระบบยื่นแบบออนไลน์",
        "ช่วยแนะนำขั้นตอนหน่อยครับ",
        replies=[(asker, "ให้กดลืมรหัสผ่านที่หน้าเข้าสู่ระบบ")],
        accepted=0,
    )
    unanswered = write_topic(community, second, "ขอแบบฟอร์มคำร้องฉบับล่าสุด", "ใครมีบ้างครับ")
    other_topic = write_topic(
        other,
        asker,
        "ใบกำกับภาษีอิเล็กทรอนิกส์ออกย้อนหลังได้ไหม",
        "ลูกค้าขอให้ออกย้อนหลัง",
        replies=[(first, "ออกย้อนหลังไม่ได้ครับ")],
    )
    return Communities(
        index, community, community_en, other, topic, solved, unanswered, other_topic
    )


@pytest.fixture
def community(cop, user_for):
    """The first community; the test's ``supervisor`` facilitates it."""
    page = CommunityPage.objects.get(pk=cop.community.pk)
    Membership.objects.create(
        community=page, user=user_for("supervisor"), role=Membership.FACILITATOR
    )
    return page


@pytest.fixture
def english_community(cop, community):
    return CommunityPage.objects.get(pk=cop.community_en.pk)


@pytest.fixture
def other_community(cop):
    return CommunityPage.objects.get(pk=cop.other.pk)


@pytest.fixture
def topic(cop, community):
    """The community's unsolved topic, with two visible replies."""
    return Topic.objects.get(pk=cop.topic.pk)


@pytest.fixture
def second_judge(db):
    """Another judge than ``user_for("judge")``."""
    return user_with_role("judge")
