"""Who sees which complaint: offices, executives, and corruption tips."""

import pytest
from django.contrib.auth.models import Permission

from complaints import access, factories
from complaints.choices import Kind
from complaints.tests.conftest import work_at

pytestmark = pytest.mark.django_db


@pytest.fixture
def filed(offices):
    return {
        "area": factories.file(office=offices["area"]),
        "branch": factories.file(office=offices["branch"]),
        "other": factories.file(office=offices["other"]),
        "nowhere": factories.file(),
        "tip": factories.file(office=offices["area"], kind=Kind.CORRUPTION),
    }


def _seen(user, filed):
    found = set(access.visible(user).values_list("pk", flat=True))
    return {name for name, complaint in filed.items() if complaint.pk in found}


def test_officers_and_heads_see_their_office_and_its_branches(filed, offices, user_for):
    assert _seen(work_at(user_for("officer"), offices["area"]), filed) == {"area", "branch"}
    assert _seen(work_at(user_for("head"), offices["branch"]), filed) == {"branch"}


def test_the_regional_office_also_sees_complaints_for_no_office(filed, offices, user_for):
    assert _seen(work_at(user_for("officer"), offices["regional"]), filed) == {"nowhere"}


def test_executives_see_every_office_but_no_corruption_tip(filed, user_for):
    assert _seen(user_for("executive"), filed) == {"area", "branch", "other", "nowhere"}


def test_only_designated_officers_see_corruption_tips(filed, offices, user_for):
    designated = work_at(user_for("officer"), offices["other"])
    designated.user_permissions.add(Permission.objects.get(codename="handle_corruption_tips"))
    designated = type(designated).objects.get(pk=designated.pk)
    assert _seen(designated, filed) == {"other", "tip"}
    assert "tip" in _seen(user_for("admin"), filed)


@pytest.mark.parametrize("role", ["citizen", "staff", "editor", "moderator"])
def test_other_roles_see_no_complaint(filed, user_for, role):
    assert _seen(user_for(role), filed) == set()
