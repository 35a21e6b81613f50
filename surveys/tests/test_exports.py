"""The printable report, its PDF and the answers as CSV: managers only, no identity."""

import csv
import datetime
import io

import pytest
from django.urls import reverse

from portal.models import StaffProfile
from surveys.factories import SurveyFactory, respond

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(offices):
    survey = SurveyFactory(offices=offices, slug="service-2569")
    day = datetime.date(2026, 3, 10)
    respond(
        survey,
        offices[1],
        {"process_wait": 5, "staff_smile": 4, "overall": 5, "suggestion": '=HYPERLINK("x")'},
        day=day,
        reference="C-1",
    )
    respond(
        survey,
        offices[2],
        {"process_wait": 3, "staff_smile": "na", "overall": 4, "suggestion": "รอนาน"},
        day=day,
    )
    return survey


@pytest.mark.parametrize(
    "name", ["surveys:report_print", "surveys:report_pdf", "surveys:report_csv"]
)
@pytest.mark.parametrize("role", [None, "citizen", "staff"])
def test_exports_are_for_reporters_only(sign_in, survey, name, role):
    assert sign_in(role).get(reverse(name, args=[survey.pk])).status_code == (
        302 if role is None else 403
    )


def test_the_printable_report_has_the_agency_shape(sign_in, survey):
    html = sign_in("executive").get(f"/en/surveys/reports/{survey.pk}/print/").content.decode()
    for part in (
        "1. The respondents",
        "2. Satisfaction by question",
        "3. Charts",
        "4. Suggestions",
    ):
        assert part in html
    assert "Waiting and queues" in html and "S.D." in html and "data-print" in html


def test_the_pdf_is_a_pdf(sign_in, survey):
    response = sign_in("executive").get(reverse("surveys:report_pdf", args=[survey.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert 'filename="survey-service-2569.pdf"' in response["Content-Disposition"]


def test_the_csv_has_the_answers_and_nothing_about_who_answered(sign_in, user_for, survey):
    response = sign_in("executive").get(f"/en/surveys/reports/{survey.pk}/csv/")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:5] == ["Office code", "Office", "Service", "Channel", "Date"]
    assert rows[0][5:] == ["process_wait", "staff_smile", "facilities", "overall", "suggestion"]
    assert len(rows) == 3
    assert rows[1][0] == "PLK-01" and rows[1][-1] == '\'=HYPERLINK("x")'
    assert rows[2][6] == "not applicable"
    assert (
        "C-1" not in text and "127.0.0.1" not in text and user_for("executive").username not in text
    )


def test_a_head_exports_only_their_offices(sign_in, user_for, survey, offices):
    head = user_for("head")
    StaffProfile.objects.create(user=head, office=offices[0])
    rows = list(
        csv.reader(
            io.StringIO(
                sign_in(head)
                .get(reverse("surveys:report_csv", args=[survey.pk]))
                .content.decode("utf-8-sig")
            )
        )
    )
    assert [row[0] for row in rows[1:]] == ["PLK-01"]
