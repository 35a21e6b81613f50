"""Reports: who sees which offices, the figures shown, before/after, the region,
free text for managers only and escaped, and a fixed number of queries."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from portal.models import StaffProfile
from surveys.factories import (
    QuestionSetFactory,
    SurveyFactory,
    VisitorCountFactory,
    question,
    respond,
)

pytestmark = pytest.mark.django_db
MARCH = datetime.date(2026, 3, 10)


def answers(score, **more):
    return {"process_wait": score, "staff_smile": score, "overall": score, **more}


@pytest.fixture
def survey(offices):
    _area, branch, other = offices
    survey = SurveyFactory(offices=offices, label="baseline 2569")
    for score in (5, 5, 4, 3):
        respond(survey, branch, answers(score), day=MARCH)
    respond(survey, branch, answers(4, facilities="na"), day=MARCH)
    respond(survey, other, answers(1, suggestion="ที่จอดรถไม่พอ"), day=MARCH)
    return survey


def head_of(user, office):
    StaffProfile.objects.create(user=user, office=office)
    return user


@pytest.mark.parametrize("role", [None, "citizen", "staff", "officer"])
def test_only_managers_heads_and_executives_read_reports(sign_in, survey, role):
    response = sign_in(role).get(reverse("surveys:report", args=[survey.pk]))
    assert response.status_code == (302 if role is None else 403)


def test_an_office_head_sees_their_office_and_branches_only(sign_in, user_for, survey, offices):
    client = sign_in(head_of(user_for("head"), offices[0]))
    html = client.get(reverse("surveys:report", args=[survey.pk])).content.decode()
    assert "สาขาเมืองพิษณุโลก" in html and "สรรพากรพื้นที่สุโขทัย" not in html
    assert "ที่จอดรถไม่พอ" not in html  # the other office's suggestion


def test_a_head_without_an_office_sees_no_answers(sign_in, survey):
    response = sign_in("head").get(reverse("surveys:report", args=[survey.pk]))
    assert response.context["responses"] == 0 and response.context["by_office"] == []


def test_the_figures_by_question(sign_in, user_for, survey, offices):
    client = sign_in(head_of(user_for("surveyor"), offices[0]))
    response = client.get(f"/en/surveys/reports/{survey.pk}/")
    item = next(i for i in response.context["items"] if i.question.key == "overall")
    # 5, 5, 4, 3, 4: mean 4.2, SD sqrt(2.8/4), top two 80%, 84 per cent, level high
    assert item.summary.n == 5
    assert item.summary.mean == pytest.approx(4.2)
    assert item.summary.sd == pytest.approx((2.8 / 4) ** 0.5)
    assert item.summary.top_two == pytest.approx(80)
    assert item.summary.percent == pytest.approx(84)
    facilities = next(i for i in response.context["items"] if i.question.key == "facilities")
    assert facilities.not_applicable == 1 and facilities.summary.n == 0
    html = response.content.decode()
    assert "4.20" in html and "84.0" in html and "High" in html
    assert response.context["responses"] == 5


def test_an_executive_sees_every_office_and_free_text_escaped(sign_in, survey, offices):
    respond(
        survey, offices[2], answers(2, suggestion="<script>alert('x')</script> รอนาน"), day=MARCH
    )
    html = sign_in("executive").get(reverse("surveys:report", args=[survey.pk])).content.decode()
    assert "สรรพากรพื้นที่สุโขทัย" in html and "ที่จอดรถไม่พอ" in html
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html


def test_filters_by_month_and_channel(sign_in, survey):
    client = sign_in("executive")
    url = reverse("surveys:report", args=[survey.pk])
    assert client.get(url, {"start": "2026-04"}).context["responses"] == 0
    assert client.get(url, {"channel": "kiosk"}).context["responses"] == 0
    assert client.get(url, {"start": "2026-03", "end": "2026-03"}).context["responses"] == 6
    bad = client.get(url, {"start": "March"})
    assert bad.status_code == 400 and "error" in bad.content.decode()


def test_report_queries_do_not_grow_with_responses(sign_in, survey, offices):
    client = sign_in("executive")
    url = reverse("surveys:report", args=[survey.pk])
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for month in range(1, 13):
        for score in (1, 3, 5):
            respond(
                survey,
                offices[month % 3],
                answers(score, suggestion="ดี"),
                day=datetime.date(2025, month, 2),
            )
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)


def _periods(offices, before_scores, after_scores):
    before = SurveyFactory(offices=offices, label="baseline 2569")
    after = SurveyFactory(offices=offices, label="after SMILE", question_set=before.question_set)
    for survey, scores in ((before, before_scores), (after, after_scores)):
        for office, office_scores in scores.items():
            for score in office_scores:
                respond(survey, office, answers(score), day=MARCH)
    return before, after


def test_before_and_after(sign_in, offices):
    _area, branch, other = offices
    before, after = _periods(
        offices,
        {branch: [3] * 20 + [4] * 20, other: [4] * 5},
        {branch: [4] * 20 + [5] * 20, other: [2] * 5},
    )
    response = sign_in("executive").get(
        "/en/surveys/reports/compare/", {"before": before.pk, "after": after.pk}
    )
    overall = next(c for c in response.context["changes"] if c.question.key == "overall")
    # before (140 + 20) / 45 = 3.556, after (180 + 10) / 45 = 4.222
    assert overall.difference.change == pytest.approx(30 / 45)
    ranked = [row for row in response.context["offices"] if row.ranked]
    unranked = [row for row in response.context["offices"] if not row.ranked]
    assert [row.title for row in ranked] == ["สาขาเมืองพิษณุโลก"]
    assert ranked[0].difference.verdict == "improved"
    assert [row.title for row in unranked] == ["สรรพากรพื้นที่สุโขทัย"]
    html = response.content.decode()
    assert "Too few responses to rank (fewer than 30)" in html
    assert 'id="chart-smile-t"' in html and "S — Smile · before" in html


def test_comparing_a_survey_with_itself_is_refused(sign_in, survey):
    response = sign_in("executive").get(
        "/en/surveys/reports/compare/", {"before": survey.pk, "after": survey.pk}
    )
    assert response.status_code == 400 and "two different surveys" in response.content.decode()


def test_the_region_at_a_glance(sign_in, survey, offices):
    _area, branch, _other = offices
    VisitorCountFactory(office=branch, month=datetime.date(2026, 3, 1), visitors=50)
    response = sign_in("executive").get(
        reverse("surveys:region"), {"survey": survey.pk, "threshold": 50}
    )
    rows = {row.title: row for row in response.context["offices"]}
    assert rows["สาขาเมืองพิษณุโลก"].latest.percent == pytest.approx(84)
    assert rows["สาขาเมืองพิษณุโลก"].per_hundred_visitors == pytest.approx(10)
    assert rows["สรรพากรพื้นที่สุโขทัย"].below and not rows["สาขาเมืองพิษณุโลก"].below
    assert rows["สรรพากรพื้นที่สุโขทัย"].per_hundred_visitors is None
    assert not any(row.ranked for row in rows.values())  # fewer than 30 responses each
    assert "<svg" in response.content.decode()


def test_importance_performance_grid_and_smile_profile(sign_in, offices):
    question_set = QuestionSetFactory(
        questions=[
            question("likert", "staff_s", "staff", smile="S"),
            question("likert", "staff_m", "staff", smile="M"),
            question("importance", "speed", "process"),
            question("importance", "clarity", "process"),
        ]
    )
    survey = SurveyFactory(offices=offices, question_set=question_set)
    respond(survey, offices[0], {"staff_s": 5, "staff_m": 3, "speed": (5, 3), "clarity": (2, 4)})
    html = sign_in("executive").get(reverse("surveys:report", args=[survey.pk])).content.decode()
    assert 'id="chart-ipa-t"' in html and 'id="chart-smile-t"' in html
    assert "คำถาม speed" in html
