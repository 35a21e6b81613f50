"""Every state-changing request needs the CSRF token."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from core.routing import subpage_url
from manuals.models import CitizenHandbookPage
from training.models import CoursePage, LessonPage, QuizPage

from .test_url_matrix import CASES, site_urls

pytestmark = [pytest.mark.django_db]


# RFC 8058 one-click unsubscribe: mail clients POST without a session or token;
# the signed token in the URL is the proof, and it can only switch mail off.
# wagtail-localize's editor API uses Django REST framework, whose views are
# exempt from the middleware because its session authentication enforces CSRF
# itself (checked below by posting to one without a token). The tax compass API
# computes an anonymous estimate and stores nothing, so a forged request changes
# nothing (taxcompass/tests/test_api.py checks it writes only its throttle counter).
# A counter kiosk posts with the device token in its address and no session or
# cookie, so a page open all day never meets an expired CSRF token; the token is
# the proof (surveys/tests/test_kiosk.py posts without a session).
# The complaints intake API is authenticated by a channel's bearer token, which a
# forged cross-site request cannot carry (complaints/tests/test_api.py: no token, 401).
# The open-data API's Wagtail endpoints are Django REST framework views: they answer
# GET, HEAD and OPTIONS only, anonymously, and any other method is a 405 before the
# view runs (opendata/tests/test_http.py), so a forged request changes nothing.
EXEMPT = {
    *(
        f"opendata:{endpoint}:{view}"
        for endpoint in ("pages", "images", "documents")
        for view in ("listing", "detail", "find")
    ),
    "complaints_api:intake",
    "surveys:kiosk_answer",
    "communities:unsubscribe",
    "taxcompass_api:estimate",
    "wagtail_localize:edit_string_translation",
    "wagtail_localize:edit_override",
}


def test_no_url_of_the_site_is_exempt_from_csrf():
    from django.urls import resolve

    exempt = []
    for route, _namespace, name in site_urls():
        url = "/" + route
        if name in EXEMPT:
            continue
        url = re.sub(r"<int:[^>]+>", "1", re.sub(r"<str:[^>]+>", "x", url))
        if "<" in url or "^" in url or "(" in url:
            continue
        callback = resolve(url).func
        if getattr(callback, "csrf_exempt", False):
            exempt.append(f"{url} ({name})")
    assert not exempt, exempt


def _thai(model, **filters):
    return model.objects.live().filter(locale__language_code="th", **filters).first()


def _posts():
    """(url, data, username) for the site's forms; the data would be accepted
    with a token."""
    handbook = _thai(CitizenHandbookPage)
    posts = [
        ("/th/accounts/login/", {"login": "staff", "password": "changeme"}, None),
        (
            "/th/accounts/signup/",
            {
                "username": "newbie",
                "email": "n@example.com",
                "password1": "x9!Lm2#Qr",
                "password2": "x9!Lm2#Qr",
            },
            None,
        ),
        ("/admin/login/", {"username": "editor", "password": "changeme"}, None),
        (f"{handbook.url}feedback/", {"helpful": "yes", "comment": ""}, None),
        ("/th/accounts/logout/", {}, "staff"),
        (subpage_url(_thai(CoursePage), "enrol"), {}, "supervisor"),
        (subpage_url(_thai(LessonPage), "complete_lesson"), {}, "supervisor"),
        (_thai(QuizPage).url, {}, "staff"),
        (f"/admin/pages/{handbook.pk}/edit/", {"title": "x"}, "editor"),
        ("/admin/localize/translate/1/strings/1/edit/", {"value": "x"}, "editor"),
    ]
    posts += [(case.url(), case.data, "staff") for case in CASES if case.method == "post"]
    return posts


def test_posts_without_the_token_are_refused_with_an_explanation(matrix_objects):
    """Built on the security matrix's objects (tests/security/conftest.py)."""
    users = {user.username: user for user in get_user_model().objects.all()}
    accepted = []
    for url, data, username in _posts():
        client = Client(enforce_csrf_checks=True)
        if username:
            client.force_login(users[username])
        response = client.post(url, data)
        html = response["Content-Type"].startswith("text/html")
        if response.status_code != 403 or (html and b"error-page" not in response.content):
            accepted.append(f"{url} as {username}: {response.status_code}")
    assert not accepted, accepted
