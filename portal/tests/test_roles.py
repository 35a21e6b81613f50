"""Role groups are created in code, idempotently, with the right admin rights."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission

from portal.roles import ROLES, ensure_roles

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_setup_roles_creates_every_group_and_is_idempotent():
    call_command("setup_roles", stdout=None)
    first = (Group.objects.count(), GroupPagePermission.objects.count())
    ensure_roles()
    assert (Group.objects.count(), GroupPagePermission.objects.count()) == first
    assert set(ROLES) <= set(Group.objects.values_list("name", flat=True))


@pytest.mark.parametrize(
    ("username", "status"),
    [
        ("editor", 200),
        ("moderator", 200),
        ("manager", 200),
        ("admin", 200),
        ("staff", 302),
        ("judge1", 302),
        ("citizen", 302),
    ],
)
def test_admin_is_for_editors_moderators_and_contest_managers(client, username, status):
    client.force_login(get_user_model().objects.get(username=username))
    assert client.get("/admin/").status_code == status


def test_editors_draft_and_moderators_publish():
    User = get_user_model()
    from wagtail.models import Page

    home = Page.objects.get(depth=2, locale__language_code="th")
    editor_perms = home.permissions_for_user(User.objects.get(username="editor"))
    moderator_perms = home.permissions_for_user(User.objects.get(username="moderator"))
    assert editor_perms.can_edit() and not editor_perms.can_publish()
    assert moderator_perms.can_edit() and moderator_perms.can_publish()


@pytest.mark.parametrize("slug", ["smile-code", "roadmap", "intranet"])
def test_editor_opens_page_editors_in_both_languages(client, slug):
    from wagtail.models import Page

    client.force_login(get_user_model().objects.get(username="editor"))
    for page in Page.objects.filter(slug=slug):
        assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
