"""Sign-in and sign-up with django-allauth, in the user's language, rate-limited."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

pytestmark = [pytest.mark.django_db]


@pytest.fixture(scope="module", autouse=True)
def world(module_site):
    return module_site


@pytest.fixture
def staff(user_for):
    """A staff member's username (password ``changeme``)."""
    return user_for("staff").username


@pytest.mark.parametrize("field", ["username", "email"])
def test_sign_in_by_username_or_email(client, user_for, field):
    login = getattr(user_for("staff"), field)
    response = client.post("/th/accounts/login/", {"login": login, "password": "changeme"})
    assert response.status_code == 302
    assert client.session.get("_auth_user_id")


@pytest.mark.parametrize(
    ("language", "message"),
    [("th", "รหัสผ่านที่ระบุมาไม่ถูกต้อง"), ("en", "not correct")],
)
def test_failed_sign_in_says_so_in_the_users_language(client, staff, language, message):
    response = client.post(f"/{language}/accounts/login/", {"login": staff, "password": "wrong"})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not client.session.get("_auth_user_id")


def test_failed_sign_ins_are_rate_limited(client, staff):
    for _ in range(5):
        client.post("/en/accounts/login/", {"login": staff, "password": "wrong"})
    response = client.post("/en/accounts/login/", {"login": staff, "password": "changeme"})
    assert not client.session.get("_auth_user_id")
    assert "Too many failed login attempts" in response.content.decode()


def test_session_key_rotates_at_sign_in(client, staff):
    client.get("/th/accounts/login/")
    client.session.save()
    before = client.session.session_key
    client.post("/th/accounts/login/", {"login": staff, "password": "changeme"})
    assert client.session.session_key != before


def test_citizens_can_register_and_get_no_role(client):
    response = client.post(
        "/th/accounts/signup/",
        {
            "username": "somsri",
            "email": "somsri@example.com",
            "password1": "Kh0ngDee-2569!",
            "password2": "Kh0ngDee-2569!",
        },
    )
    assert response.status_code == 302
    user = get_user_model().objects.get(username="somsri")
    assert not user.groups.exists() and not user.is_staff
    assert len(mail.outbox) == 1  # the address confirmation


def test_login_form_fields_have_labels(client):
    body = client.get("/th/accounts/login/").content.decode()
    assert '<label for="id_login">' in body and '<label for="id_password">' in body
