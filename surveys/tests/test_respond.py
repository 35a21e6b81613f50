"""The full survey by QR code or link, for citizens on a phone."""

import datetime

import pytest
from django.test import override_settings
from django.urls import reverse

from core import throttle
from surveys.factories import SurveyFactory, respond
from surveys.links import read_link, response_link, survey_url
from surveys.models import Answer, MonthlyAggregate, Response
from surveys.views.respond import RATE_LIMIT

pytestmark = pytest.mark.django_db

GOOD = {"process_wait": "5", "staff_smile": "na", "overall": "4", "suggestion": "ดีมาก"}


@pytest.fixture
def survey(offices):
    return SurveyFactory(offices=offices[:2], slug="service-2569")


def test_the_form_asks_each_question_in_a_fieldset(client, survey):
    page = client.get(survey_url(survey, survey.offices.first()))
    html = page.content.decode()
    assert page.status_code == 200
    assert html.count("<fieldset") == 4 and html.count("<legend>") == 4
    assert "คำถาม staff_smile" in html and 'value="na"' in html


def test_english_asks_in_english(client, survey):
    page = client.get(f"/en/surveys/{survey.slug}/?office=PLK")
    assert "Question staff_smile" in page.content.decode()
    assert "Not applicable" in page.content.decode()


def test_without_an_office_the_citizen_chooses_one(client, survey, offices):
    page = client.get(reverse("surveys:form", args=[survey.slug]))
    html = page.content.decode()
    assert "?office=PLK" in html and "?office=PLK-01" in html and "SKT" not in html


def test_an_answer_is_saved_and_thanked(client, survey, offices):
    response = client.post(survey_url(survey, offices[1]), GOOD)
    assert response.status_code == 302
    assert response["Location"] == reverse("surveys:thanks", args=[survey.slug])
    saved = Response.objects.get()
    assert (saved.office, saved.channel) == (offices[1], "qr")
    by_question = {answer.question: answer for answer in saved.answers.all()}
    assert by_question["staff_smile"].not_applicable
    assert by_question["process_wait"].number == 5
    assert by_question["suggestion"].text == "ดีมาก"


@pytest.mark.parametrize(
    "change, message",
    [
        ({"overall": "6"}, "Select a valid choice"),
        ({"overall": "na"}, "Select a valid choice"),
        ({"process_wait": ""}, "This field is required"),
        ({"suggestion": "x" * 2001}, "at most 2000 characters"),
    ],
)
@override_settings(LANGUAGE_CODE="en")
def test_bad_answers_are_explained_and_nothing_is_saved(client, survey, change, message):
    response = client.post(f"/en/surveys/{survey.slug}/?office=PLK", {**GOOD, **change})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Response.objects.exists() and not MonthlyAggregate.objects.exists()


def test_errors_are_in_thai_on_the_thai_form(client, survey):
    response = client.post(survey_url(survey, survey.offices.first()), {**GOOD, "overall": ""})
    assert response.status_code == 400
    assert "ต้องระบุข้อมูล" in response.content.decode()


@pytest.mark.parametrize(
    "period, status, text",
    [
        ((datetime.date(2099, 1, 1), datetime.date(2099, 2, 1)), 403, "opens on"),
        ((datetime.date(2020, 1, 1), datetime.date(2020, 2, 1)), 410, "closed"),
    ],
)
def test_a_survey_outside_its_period_takes_no_answer(client, offices, period, status, text):
    survey = SurveyFactory(offices=offices[:1], opens_on=period[0], closes_on=period[1])
    for response in (
        client.get(f"/en/surveys/{survey.slug}/?office=PLK"),
        client.post(f"/en/surveys/{survey.slug}/?office=PLK", GOOD),
    ):
        assert response.status_code == status
        assert text in response.content.decode()
    assert not Response.objects.exists()


def test_a_link_answers_once_per_reference(client, survey, offices):
    link = response_link("C-2569-0042", offices[0])
    assert link.startswith("/th/surveys/link/")
    assert read_link(link.rstrip("/").rsplit("/", 1)[1])[2] == "C-2569-0042"
    assert client.post(link, GOOD).status_code == 302
    again = client.post("/en" + link[3:], GOOD)
    assert "you have already answered" in again.content.decode()
    assert client.get(link).status_code == 200
    assert Response.objects.get().channel == "link"
    assert Response.objects.get().reference_digest not in ("", None, "C-2569-0042")


def test_a_double_submit_of_one_reference_saves_one_response(client, survey, offices):
    link = response_link("T-0007", offices[0])
    first = client.post(link, GOOD)
    second = client.post(link, GOOD)
    assert first.status_code == 302 and second.status_code == 200
    assert Response.objects.count() == 1 and Answer.objects.count() == 4


def test_an_altered_link_is_refused_plainly(client, survey, offices):
    link = response_link("T-0007", offices[0])
    response = client.get(link[:-3] + "xyz/")
    assert response.status_code == 404
    assert "Survey link not valid" in client.get("/en" + link[3:-3] + "xyz/").content.decode()


def test_no_link_without_a_survey_that_takes_links(offices):
    SurveyFactory(offices=offices[:1], by_link=False)
    assert response_link("C-1", offices[0]) is None


def test_a_flood_from_one_address_is_slowed(client, survey):
    url = survey_url(survey, survey.offices.first())
    name = throttle.key("surveys", "127.0.0.1")
    for _ in range(RATE_LIMIT):
        throttle.hit(name, 600)
    response = client.post(url, GOOD)
    assert response.status_code == 429
    assert not Response.objects.exists()


@override_settings(TRUSTED_PROXIES=1)
def test_behind_a_proxy_nothing_about_the_client_is_stored(client, survey):
    client.post(
        survey_url(survey, survey.offices.first()),
        GOOD,
        HTTP_X_FORWARDED_FOR="203.0.113.9",
        HTTP_USER_AGENT="Phone/1.0",
    )
    assert Response.objects.count() == 1
    dumped = " ".join(
        str(value)
        for model in (Response, Answer, MonthlyAggregate)
        for row in model.objects.values()
        for value in row.values()
    )
    assert "203.0.113.9" not in dumped and "127.0.0.1" not in dumped and "Phone" not in dumped
    assert throttle.count(throttle.key("surveys", "203.0.113.9")) == 1


def test_script_in_free_text_is_stored_as_text_and_shown_escaped(client, survey, offices):
    respond(
        survey,
        offices[0],
        {
            "process_wait": 4,
            "staff_smile": 4,
            "overall": 4,
            "suggestion": "<script>alert(1)</script>",
        },
    )
    assert Answer.objects.get(question="suggestion").text == "<script>alert(1)</script>"
