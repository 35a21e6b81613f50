"""Role groups are created in code, idempotently, with the right admin rights."""

import json

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator

from core.access import STAFF, has_role, is_staff_member
from portal.factories import SectionPageFactory, StandardPageFactory, user_with_role
from portal.roles import ROLE_LABELS, ROLES, ensure_roles
from tests.world import translate
from training.factories import CourseIndexPageFactory

pytestmark = [pytest.mark.django_db]


def localize(page):
    """An English translation made with wagtail-localize, as editors translate."""
    admin = user_with_role("admin")
    english = Locale.objects.get(language_code="en")
    TranslationCreator(admin, [english]).create_translations(page)
    source = TranslationSource.objects.get_for_instance(page)
    Translation.objects.get(source=source, target_locale=english).save_target(
        user=admin, publish=True
    )


@pytest.fixture(scope="module", autouse=True)
def pages(module_site):
    """Two pages in a section, in Thai and English; the World's intranet is the third.
    And the course index, whose route is the training report."""
    CourseIndexPageFactory(parent=module_site.home, slug="training")
    section = SectionPageFactory(parent=module_site.home, slug="about-smile")
    translate(section, title="About SMILE")
    code = StandardPageFactory(
        parent=section,
        slug="smile-code",
        body=json.dumps(
            [
                {"type": "heading", "value": {"text": "หัวข้อ", "level": "h2"}},
                {"type": "quote", "value": {"text": "คำคม", "attribution": "ผู้พูด"}},
            ]
        ),
    )
    translate(code, title="The SMILE code")
    roadmap = StandardPageFactory(
        parent=section,
        slug="roadmap",
        body=json.dumps(
            [
                {
                    "type": "table",
                    "value": {
                        "data": [["ปี พ.ศ.", "เป้าหมาย"], ["2552", "สร้างค่านิยมร่วม"]],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": "แผนที่นำทาง",
                    },
                }
            ]
        ),
    )
    localize(roadmap)
    return module_site


def test_setup_roles_creates_every_group_and_is_idempotent():
    call_command("setup_roles", stdout=None)
    first = (Group.objects.count(), GroupPagePermission.objects.count())
    ensure_roles()
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == first
    assert set(ROLES) <= set(Group.objects.values_list("name", flat=True))


@pytest.mark.parametrize(
    ("role", "status"),
    [
        ("editor", 200),
        ("moderator", 200),
        ("manager", 200),
        ("admin", 200),
        ("staff", 302),
        ("judge", 302),
        ("citizen", 302),
    ],
)
def test_admin_is_for_editors_moderators_and_contest_managers(sign_in, role, status):
    assert sign_in(role).get("/admin/").status_code == status


def test_editors_draft_and_moderators_publish(pages, user_for):
    home = pages.home
    editor_perms = home.permissions_for_user(user_for("editor"))
    moderator_perms = home.permissions_for_user(user_for("moderator"))
    assert editor_perms.can_edit() and not editor_perms.can_publish()
    assert moderator_perms.can_edit() and moderator_perms.can_publish()


@pytest.mark.parametrize("slug", ["smile-code", "roadmap", "intranet"])
def test_editor_opens_page_editors_in_both_languages(sign_in, slug):
    client = sign_in("editor")
    pages = Page.objects.filter(slug=slug)
    assert {page.locale.language_code for page in pages} == {"th", "en"}
    for page in pages:
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200


@pytest.mark.parametrize(
    ("role", "url"),
    [
        ("staff", "/th/communities/notifications/"),
        ("judge", "/th/contests/judging/"),
        ("manager", "/th/contests/manage/"),
        ("supervisor", "/th/training/report/"),
    ],
)
def test_renaming_a_role_group_keeps_its_access(sign_in, user_for, role, url):
    user = user_for(role)
    assert sign_in(user).get(url).status_code == 200
    for group in user.groups.all():
        group.name = f"{group.name} (renamed)"
        group.save()
    assert sign_in(user).get(url).status_code == 200
    user.groups.clear()
    assert sign_in(user).get(url).status_code in (302, 403)


OFFICE_ROLES = {
    "officer": "handle_complaints",
    "head": "head_office",
    "executive": "read_all_offices",
}


@pytest.mark.parametrize(("role", "codename"), OFFICE_ROLES.items())
def test_office_roles_are_staff_with_their_own_permission_only(user_for, role, codename):
    user = user_for(role)
    assert is_staff_member(user) and has_role(user, codename)
    others = set(OFFICE_ROLES.values()) - {codename}
    assert not any(has_role(user, other) for other in others)
    assert not has_role(user_for("staff"), codename)
    assert ROLE_LABELS[user.groups.exclude(name=STAFF).get().name]
