"""Sign-in and sign-up with django-allauth, in the user's language, rate-limited,
without revealing who is registered or letting a name pass for another."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse

from portal.factories import UserFactory

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


def test_session_key_rotates_at_sign_in(client, staff):
    client.get("/th/accounts/login/")
    client.session.save()
    before = client.session.session_key
    client.post("/th/accounts/login/", {"login": staff, "password": "changeme"})
    assert client.session.session_key != before


def sign_up(client, username, email, language="th"):
    password = "Kh0ngDee-2569!"
    return client.post(
        f"/{language}/accounts/signup/",
        {"username": username, "email": email, "password1": password, "password2": password},
    )


def test_citizens_register_get_no_role_and_confirm_their_address_first(client):
    response = sign_up(client, "somsri", "somsri@example.com")
    assert response.status_code == 302
    assert response.url == reverse("account_email_verification_sent")
    user = get_user_model().objects.get(username="somsri")
    assert not user.groups.exists() and not user.is_staff
    assert len(mail.outbox) == 1  # the address confirmation
    assert not client.session.get("_auth_user_id")


def test_sign_up_does_not_reveal_a_registered_address(client, user_for):
    owner = user_for("staff")
    fresh = sign_up(Client(), "newcomer", "newcomer@example.com")
    taken = sign_up(client, "someone-else", owner.email)
    assert (taken.status_code, taken.url) == (fresh.status_code, fresh.url)
    assert not get_user_model().objects.filter(username="someone-else").exists()
    # The owner hears that someone tried to sign up with their address.
    assert [message.to for message in mail.outbox] == [["newcomer@example.com"], [owner.email]]


@pytest.mark.parametrize("name", ["ＳＴＡＦＦ-ONE", "stаff-one", "Staff-One", "ſtaff-one"])
def test_sign_up_refuses_names_that_pass_for_an_existing_one(client, name):
    UserFactory(username="staff-one")
    response = sign_up(client, name, "lookalike@example.com", language="en")
    assert response.status_code == 200
    assert "username" in response.context["form"].errors
    assert not get_user_model().objects.filter(email="lookalike@example.com").exists()


def test_sign_up_refuses_a_dotted_capital_i_posing_as_admin(client):
    UserFactory(username="admin")
    response = sign_up(client, "admİn", "lookalike@example.com", language="en")
    assert "username" in response.context["form"].errors


def test_thai_names_that_differ_only_by_a_mark_are_different_people(client):
    UserFactory(username="กิ่ง")
    response = sign_up(client, "กง", "kong@example.com")
    assert response.status_code == 302
    assert get_user_model().objects.filter(username="กง").exists()


def test_sign_ups_from_one_address_are_limited(client, settings):
    settings.THROTTLES = {**settings.THROTTLES, "signup": (2, 3600)}
    for number in range(2):
        assert sign_up(Client(), f"citizen{number}", f"c{number}@example.com").status_code == 302
    response = sign_up(client, "citizen9", "c9@example.com", language="en")
    assert response.status_code == 200
    assert "Too many requests from your network" in response.content.decode()
    assert not get_user_model().objects.filter(username="citizen9").exists()


def test_password_reset_mails_to_one_address_are_limited(client, user_for, settings):
    settings.THROTTLES = {**settings.THROTTLES, "reset_password_per_email": (2, 3600)}
    email = user_for("staff").email
    for _ in range(3):
        client.post("/en/accounts/password/reset/", {"email": email})
    assert len(mail.outbox) == 2


def test_login_form_fields_have_labels(client):
    body = client.get("/th/accounts/login/").content.decode()
    assert '<label for="id_login">' in body and '<label for="id_password">' in body
