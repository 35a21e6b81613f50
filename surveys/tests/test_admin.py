"""The survey snippets in the admin: survey managers, office heads and executives."""

import pytest
from django.urls import reverse

from surveys.factories import QuestionSetFactory

pytestmark = pytest.mark.django_db

LISTINGS = ["questionset", "survey", "service", "kiosk", "visitorcount"]


@pytest.mark.parametrize("role", ["surveyor", "head", "executive"])
def test_survey_roles_open_every_survey_snippet(sign_in, role):
    client = sign_in(role)
    for model in LISTINGS:
        assert client.get(reverse(f"wagtailsnippets_surveys_{model}:list")).status_code == 200


@pytest.mark.parametrize("role", ["staff", "editor", "officer"])
def test_other_roles_do_not(sign_in, role):
    response = sign_in(role).get(reverse("wagtailsnippets_surveys_questionset:list"))
    assert response.status_code in (302, 403)


def test_copying_a_question_set_offers_its_next_version(sign_in):
    question_set = QuestionSetFactory(version=3)
    response = sign_in("surveyor").get(
        reverse("wagtailsnippets_surveys_questionset:copy", args=[question_set.pk])
    )
    assert response.status_code == 200
    assert response.context["form"]["version"].value() == 4


def test_reporters_find_the_reports_in_the_admin_menu(sign_in):
    assert reverse("surveys:reports") in sign_in("head").get("/admin/").content.decode()
    assert reverse("surveys:reports") not in sign_in("editor").get("/admin/").content.decode()
