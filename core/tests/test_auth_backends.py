"""The signed-in person is read with their staff profile, and their permissions in
one query, by both sign-in paths; what Django would answer, and no more."""

import pytest
from django.contrib.auth import BACKEND_SESSION_KEY, get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ObjectDoesNotExist
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from core.auth_backends import AccountBackend
from core.lockout import LockoutBackend
from portal.factories import UserFactory, user_with_role
from portal.models import StaffProfile

pytestmark = pytest.mark.django_db

BACKENDS = [LockoutBackend, AccountBackend]


def permission(codename):
    return Permission.objects.get(codename=codename)


def fresh(user):
    """The user as the next request reads it (nothing remembered)."""
    return get_user_model().objects.get(pk=user.pk)


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_session_user_comes_with_the_staff_profile_in_one_query(
    backend, django_assert_num_queries
):
    user = user_with_role("staff")
    StaffProfile.objects.create(user=user, name_en="Somchai Jaidee")
    with django_assert_num_queries(1):
        found = backend().get_user(user.pk)
        assert found.staff_profile.name_en == "Somchai Jaidee"


def test_a_person_without_a_profile_has_none_without_another_query(django_assert_num_queries):
    user = user_with_role("citizen")
    with django_assert_num_queries(1):
        found = LockoutBackend().get_user(user.pk)
        with pytest.raises(ObjectDoesNotExist):
            found.staff_profile  # noqa: B018


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_deactivated_or_deleted_account_is_no_session_user(backend):
    user = user_with_role("staff")
    user.is_active = False
    user.save()
    assert backend().get_user(user.pk) is None
    assert backend().get_user(user.pk + 1000) is None


@pytest.mark.parametrize("role", ["staff", "editor", "moderator", "officer", "admin", "citizen"])
def test_permissions_are_djangos_own_and_their_groups_in_one_query(role, django_assert_num_queries):
    user = user_with_role(role)
    user.user_permissions.add(permission("add_logentry"))
    expected = ModelBackend().get_all_permissions(fresh(user))
    user = fresh(user)
    with django_assert_num_queries(1):
        assert LockoutBackend().get_all_permissions(user) == expected
        assert AccountBackend().get_all_permissions(user) == expected
    assert "admin.add_logentry" in expected


def test_no_permissions_for_an_inactive_account_or_an_object():
    user = UserFactory(groups=["Editors"])
    assert LockoutBackend().get_all_permissions(user, obj=user) == set()
    user.is_active = False
    assert LockoutBackend().get_all_permissions(user) == set()


def test_a_permission_taken_from_a_group_is_gone_on_the_next_request():
    user = UserFactory(groups=["Reviewers"])
    group = Group.objects.get(name="Reviewers")
    group.permissions.add(permission("access_admin"))
    assert fresh(user).has_perm("wagtailadmin.access_admin")
    group.permissions.remove(permission("access_admin"))
    assert not fresh(user).has_perm("wagtailadmin.access_admin")


def test_a_staff_page_reads_the_profile_with_the_user_and_the_permissions_at_once(site):
    """The English account menu shows the profile's name; the user bar asks for the
    permissions: one query reads the user and profile, one the permissions."""
    user = user_with_role("staff")
    StaffProfile.objects.create(user=user, name_en="Somchai Jaidee")
    client = Client()
    client.force_login(user)
    client.get("/en/")  # the first request builds the site's caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/")
    assert "Somchai Jaidee" in response.content.decode()
    sqls = [query["sql"] for query in queries.captured_queries]
    assert not [sql for sql in sqls if 'FROM "portal_staffprofile"' in sql]
    assert [sql for sql in sqls if 'FROM "auth_user"' in sql and "portal_staffprofile" in sql]
    assert sum('FROM "auth_permission"' in sql for sql in sqls) == 1


def test_signing_in_by_email_address_keeps_the_session_on_allauths_backend(site):
    user = UserFactory(username="somsri", email="somsri@region7.example")
    client = Client()
    response = client.post(
        "/th/accounts/login/", {"login": "somsri@region7.example", "password": "changeme"}
    )
    assert response.status_code == 302
    assert client.session[BACKEND_SESSION_KEY] == "core.auth_backends.AccountBackend"
    assert client.get("/th/my/").wsgi_request.user == user
