"""Headers, sign-in lockout and session rotation, on every login path, behind a
proxy and under a flood of other counters."""

import logging

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.test import Client, RequestFactory, override_settings
from django.utils import translation

from core.lockout import LOCKED_MESSAGE
from manuals import feedback

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


def test_the_portal_sign_in_path_locks_at_the_same_count(client, editor):
    for _ in range(LIMIT):
        client.post("/en/accounts/login/", {"login": editor, "password": "wrong"})
    response = client.post("/en/accounts/login/", {"login": editor, "password": "changeme"})
    assert "_auth_user_id" not in client.session
    assert locked_message("en") in response.content.decode()


def test_failures_by_e_mail_address_count_against_the_same_account(client, user_for):
    editor = user_for("editor")
    for _ in range(LIMIT):
        client.post("/en/accounts/login/", {"login": editor.email.upper(), "password": "wrong"})
    response = client.post(ADMIN_LOGIN, {"username": editor.username, "password": "changeme"})
    assert locked_message("th") in response.content.decode()


def test_a_stranger_elsewhere_cannot_lock_a_user_out(editor):
    stranger = Client(REMOTE_ADDR="203.0.113.66")
    fail_on_admin(stranger, editor, LIMIT + 5)
    assert (
        locked_message("th")
        in stranger.post(ADMIN_LOGIN, {"username": editor, "password": "changeme"}).content.decode()
    )
    owner = Client(REMOTE_ADDR="198.51.100.7")
    response = owner.post(ADMIN_LOGIN, {"username": editor, "password": "changeme"})
    assert response.status_code == 302


def behind_proxy(client_address, spoofed=""):
    """A client as nginx forwards it: nginx's own address, the client's appended."""
    forwarded = f"{spoofed}, {client_address}" if spoofed else client_address
    return Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR=forwarded)


@override_settings(TRUSTED_PROXIES=1)
def test_behind_a_proxy_many_users_failing_do_not_lock_out_the_editor(editor):
    for number in range(60):  # more than the per-address limit, all through nginx
        behind_proxy(f"192.0.2.{number}").post(
            ADMIN_LOGIN, {"username": f"someone{number}", "password": "x"}
        )
    response = behind_proxy("198.51.100.20").post(
        ADMIN_LOGIN, {"username": editor, "password": "changeme"}
    )
    assert response.status_code == 302


@override_settings(TRUSTED_PROXIES=1)
def test_behind_a_proxy_a_spoofed_forwarded_header_does_not_escape_the_lockout(editor):
    for number in range(LIMIT):
        # The attacker writes a fresh address each time; nginx appends the real one.
        behind_proxy("192.0.2.99", spoofed=f"203.0.113.{number}").post(
            ADMIN_LOGIN, {"username": editor, "password": "wrong"}
        )
    response = behind_proxy("192.0.2.99", spoofed="203.0.113.250").post(
        ADMIN_LOGIN, {"username": editor, "password": "changeme"}
    )
    assert locked_message("th") in response.content.decode()


def test_twenty_thousand_anonymous_feedback_posts_do_not_unlock_an_account(client, editor):
    fail_on_admin(client, editor, LIMIT)
    factory = RequestFactory()
    for number in range(20_000):
        request = factory.post(
            "/", REMOTE_ADDR=f"10.{number // 65536}.{number // 256 % 256}.{number % 256}"
        )
        request.session = SessionStore()
        feedback.is_duplicate(
            request, type("Page", (), {"pk": number}), {"helpful": True, "comment": ""}
        )
        feedback.over_rate_limit(request)
    response = client.post(ADMIN_LOGIN, {"username": editor, "password": "changeme"})
    assert locked_message("th") in response.content.decode()


@pytest.mark.parametrize("path", [ADMIN_LOGIN, "/th/accounts/login/"])
def test_a_huge_sign_in_name_is_a_form_error(client, path):
    field = "username" if path == ADMIN_LOGIN else "login"
    response = client.post(path, {field: "ก" * 44_000, "password": "x"})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_a_lockout_is_logged_as_a_security_event(client, editor, caplog):
    with caplog.at_level(logging.WARNING, logger="kmsite.security"):
        fail_on_admin(client, editor, LIMIT)
    events = [record for record in caplog.records if record.name == "kmsite.security"]
    assert [record.event for record in events] == ["login.locked"]
    assert events[0].client == "127.0.0.1"
