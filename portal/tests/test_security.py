"""Headers, sign-in lockout and session rotation, on every login path."""

import pytest
from django.test import override_settings
from django.utils import translation

from core.lockout import LOCKED_MESSAGE

pytestmark = [pytest.mark.django_db]

ADMIN_LOGIN = "/admin/login/"
LIMIT = 10


def locked_message(language):
    with translation.override(language):
        return str(LOCKED_MESSAGE % {"minutes": 15})


@pytest.fixture(scope="module", autouse=True)
def world(module_site):
    return module_site


@pytest.fixture
def editor(user_for):
    """The editor signing in (password ``changeme``)."""
    return user_for("editor").username


def fail_on_admin(client, username, times):
    for _ in range(times):
        response = client.post(ADMIN_LOGIN, {"username": username, "password": "wrong"})
        assert response.status_code == 200


@pytest.mark.parametrize("path", ["/th/", "/en/search/?q=ภาษี", "/th/accounts/login/"])
def test_pages_carry_a_strict_content_security_policy(client, path):
    response = client.get(path)
    policy = response["Content-Security-Policy"]
    assert "script-src 'self';" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_admin_policy_lets_the_preview_frame_our_pages_and_nobody_else(client):
    response = client.get(ADMIN_LOGIN)
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy
    assert "object-src 'none'" in policy


@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
def test_https_responses_carry_hsts(client):
    response = client.get("/th/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


def test_admin_login_locks_after_repeated_failures_even_with_the_right_password(client, editor):
    fail_on_admin(client, editor, LIMIT)
    response = client.post(ADMIN_LOGIN, {"username": editor, "password": "changeme"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert locked_message("th") in response.content.decode()


def test_failures_on_the_admin_path_lock_the_portal_sign_in_too(client, editor):
    fail_on_admin(client, editor, LIMIT)
    response = client.post("/en/accounts/login/", {"login": editor, "password": "changeme"})
    assert "_auth_user_id" not in client.session
    assert locked_message("en") in response.content.decode()


def test_lockout_is_by_account_and_does_not_reveal_whether_it_exists(client, editor, user_for):
    fail_on_admin(client, "nobody-here", LIMIT)
    response = client.post(ADMIN_LOGIN, {"username": "nobody-here", "password": "x"})
    assert locked_message("th") in response.content.decode()
    response = client.post(ADMIN_LOGIN, {"username": editor, "password": "changeme"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user_for("editor").pk)


def test_an_address_that_guesses_many_accounts_is_paused(client, editor, settings):
    settings.LOGIN_LOCKOUT = {**settings.LOGIN_LOCKOUT, "per_address": 6}
    for number in range(6):
        client.post(ADMIN_LOGIN, {"username": f"guess{number}", "password": "x"})
    response = client.post(ADMIN_LOGIN, {"username": editor, "password": "changeme"})
    assert "_auth_user_id" not in client.session
    assert locked_message("th") in response.content.decode()


def test_a_successful_sign_in_clears_the_accounts_failures(client, editor):
    fail_on_admin(client, editor, LIMIT - 1)
    client.post(ADMIN_LOGIN, {"username": editor, "password": "changeme"})
    client.logout()
    fail_on_admin(client, editor, LIMIT - 1)
    response = client.post(ADMIN_LOGIN, {"username": editor, "password": "changeme"})
    assert response.status_code == 302


def test_session_key_rotates_at_admin_sign_in(client, editor):
    client.get(ADMIN_LOGIN)
    client.session.save()
    before = client.session.session_key
    client.post(ADMIN_LOGIN, {"username": editor, "password": "changeme"})
    assert client.session.session_key != before
    assert client.session["_auth_user_id"]


def test_wagtails_own_page_login_path_is_locked_too(client, editor):
    for _ in range(LIMIT):
        client.post("/th/_util/login/", {"username": editor, "password": "wrong"})
    response = client.post("/th/_util/login/", {"username": editor, "password": "changeme"})
    assert "_auth_user_id" not in client.session
    assert response.status_code == 200
    response = client.post(ADMIN_LOGIN, {"username": editor, "password": "changeme"})
    assert locked_message("th") in response.content.decode()
