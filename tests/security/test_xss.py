"""Script in user text is shown as text wherever it comes back: reflected in the
page that answers it, or stored and shown to staff later."""

import datetime
from decimal import Decimal
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils.html import escape

from complaints import factories as complaint_factories
from complaints import workflow
from complaints.choices import Outcome, PauseOn
from complaints.models import Complaint
from contests import charts
from contests.factories import ContestIndexPageFactory, ContestPageFactory
from contests.forms import ScoreForm
from contests.models import Assignment, Category, Contest, Criterion, CriterionScore, Entry
from contests.rounds import close_round, publish
from contests.sheets import save_sheet
from contests.tests.conftest import make_judging
from core.routing import subpage_url
from manuals.factories import (
    CitizenHandbookPageFactory,
    HandbookIndexPageFactory,
    ManualIndexPageFactory,
    ServiceManualPageFactory,
)
from manuals.models import PageFeedback
from offices.factories import OfficeIndexPageFactory, OfficePageFactory
from portal.models import StaffProfile
from surveys.factories import SurveyFactory
from surveys.links import survey_url
from taxcompass.factories import SavedEstimateFactory, TaxCompassPageFactory, TaxYearRulesFactory
from taxcompass.rules import shipped
from training.factories import CourseIndexPageFactory, CoursePageFactory
from training.learning import enrol

pytestmark = [pytest.mark.django_db]

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg/onload=alert(1)>",
    '<a href="javascript:alert(1)">คลิก</a>',
    "<iframe src=//evil.example></iframe>",
    '" autofocus onfocus="alert(1)',
    "</title><script>alert(1)</script>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "ภาษี<script>alert('ไทย')</script>",
]


@pytest.fixture(scope="module")
def handbook(module_site):
    """A live citizen handbook (with feedback) in its index on the Thai home page."""
    index = HandbookIndexPageFactory(parent=module_site.home)
    return CitizenHandbookPageFactory(parent=index)


def body(response):
    return (b"".join(response) if response.streaming else response.content).decode()


def assert_inert(response, payload):
    assert response.status_code < 500
    assert payload not in body(response)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_reflected_text_is_escaped(client, handbook, payload):
    assert_inert(client.get("/th/search/", {"q": payload}), payload)
    assert_inert(client.get("/th/search/suggest/", {"q": payload}), payload)
    handbooks = handbook.get_parent().url
    assert_inert(client.get(handbooks, {"service_group": payload, "letter": payload}), payload)
    assert_inert(client.post("/th/accounts/login/", {"login": payload, "password": "x"}), payload)
    signup = {"username": payload, "email": payload, "password1": "a", "password2": "b"}
    assert_inert(client.post("/en/accounts/signup/", signup), payload)
    assert_inert(client.get("/th/no-such-page/", {"q": payload}), payload)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_stored_feedback_is_escaped_for_the_editors_who_read_it(client, sign_in, handbook, payload):
    before = PageFeedback.objects.count()
    client.post(f"{handbook.url}feedback/", {"helpful": "no", "comment": payload})
    assert PageFeedback.objects.count() == before + 1
    feedback = PageFeedback.objects.latest("pk")
    assert feedback.page_id == handbook.pk
    editor = sign_in("editor")
    for url in (
        "/admin/manuals/feedback-summary/",
        "/admin/manuals_feedback/",
        f"/admin/manuals_feedback/inspect/{feedback.pk}/",
    ):
        assert_inert(editor.get(url), payload)


@pytest.mark.parametrize("payload", PAYLOADS[:3])
def test_stored_profile_text_is_escaped_in_the_supervisors_report(
    module_site, sign_in, user_for, payload
):
    """A staff member enrolled on a course has an office and unit: the report lists them."""
    index = CourseIndexPageFactory(parent=module_site.home)
    course = CoursePageFactory(parent=index)
    staff = user_for("staff")
    enrol(staff, course)
    StaffProfile.objects.create(user=staff, office_note=payload, unit=payload)
    client = sign_in("supervisor")
    assert_inert(client.get(subpage_url(index, "report")), payload)
    assert client.get(subpage_url(index, "report_csv")).status_code == 200


class _PostedFields(HTMLParser):
    """What a browser sends for the form with ``form_class``: each named input and
    textarea in document order, a repeated name as often as it appears, with
    ``typed`` {name: value} entered in the visible inputs."""

    def __init__(self, form_class, typed):
        super().__init__()
        self.form_class, self.typed = form_class, typed
        self.inside = False
        self.fields = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = self.form_class in (attrs.get("class") or "").split()
        elif self.inside and attrs.get("name") and tag in ("input", "textarea"):
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "image"):
                return
            value = attrs.get("value") or ""
            if kind != "hidden" and attrs["name"] in self.typed:
                value = self.typed[attrs["name"]]
            self.fields.setdefault(attrs["name"], []).append(value)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False


def posted_fields(html, form_class, typed):
    parser = _PostedFields(form_class, typed)
    parser.feed(html)
    return parser.fields


# A contest manager writes the rubric; each of these in a criterion's description
# would act on the judge's score form if it were not escaped.
RUBRIC_PAYLOADS = [
    '<input type="hidden" name="{field}" value="0">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    "<img src=x onerror=alert(1)>",
]


@pytest.mark.parametrize("payload", RUBRIC_PAYLOADS)
def test_a_rubric_description_is_text_and_the_judge_saves_what_they_typed(client, payload):
    setup = make_judging(entries=1, judges=1)
    criteria = list(setup.category.criteria.all())
    for criterion in criteria:
        criterion.description = payload.format(field=ScoreForm.key(criterion))
        criterion.save()
    assignment = Assignment.objects.get(round=setup.round)
    url = reverse("contests:score", args=[setup.round.pk, assignment.entry.code])
    client.force_login(setup.judges[0])
    page = body(client.get(url))
    for criterion in criteria:
        assert criterion.description not in page
        assert escape(criterion.description) in page
    typed = {ScoreForm.key(criterion): str(9 - n) for n, criterion in enumerate(criteria)}
    fields = posted_fields(page, "score-form", typed)
    assert client.post(url, {**fields, "submit": ""}).status_code == 302
    saved = CriterionScore.objects.filter(sheet__judge=setup.judges[0])
    assert {ScoreForm.key(score.criterion): score.value for score in saved} == {
        key: Decimal(value) for key, value in typed.items()
    }


def test_password_rules_keep_their_list_formatting(client):
    """Django's password help is HTML built with format_html, so it stays a list."""
    page = body(client.get("/en/accounts/signup/"))
    assert "<ul><li>" in page and "&lt;li&gt;" not in page


@pytest.mark.parametrize("payload", PAYLOADS[:3])
def test_contest_text_is_escaped_on_every_contest_page(module_site, sign_in, user_for, payload):
    """Contest titles, category and criterion names and descriptions (managers) and
    entry titles and texts (entrants), on the pages of judges, entrants and managers,
    the contest page, the admin and the published results with their charts."""
    setup = make_judging(entries=1, judges=1)
    contest = setup.contest
    Contest.objects.filter(pk=contest.pk).update(title=payload)
    Category.objects.filter(pk=setup.category.pk).update(name=payload)
    Criterion.objects.filter(category=setup.category).update(name=payload, description=payload)
    Entry.objects.filter(category=setup.category).update(title=payload, text=payload)
    page = ContestPageFactory(
        parent=ContestIndexPageFactory(parent=module_site.intranet), contest=contest
    )
    assignment = Assignment.objects.get(round=setup.round)
    entry = assignment.entry
    judge, author, manager = setup.judges[0], setup.authors[0], user_for("manager")
    results = reverse("contests:results_category", args=[contest.pk, setup.category.pk])
    pages = {
        judge: [
            reverse("contests:judging"),
            reverse("contests:score", args=[setup.round.pk, entry.code]),
            reverse("contests:conflict", args=[setup.round.pk, entry.code]),
        ],
        author: [
            reverse("contests:my_entries"),
            reverse("contests:submit", args=[setup.category.pk]),
            reverse("contests:edit_entry", args=[entry.code]),
            page.url,
        ],
        manager: [
            reverse("contests:manage"),
            reverse("contests:progress", args=[contest.pk]),
            reverse("contests:manage_entries", args=[contest.pk]),
            results,
            reverse("wagtailsnippets_contests_contest:list"),
            reverse("wagtailsnippets_contests_category:list"),
            reverse("wagtailsnippets_contests_category:edit", args=[setup.category.pk]),
        ],
    }
    criteria = list(setup.category.criteria.all())
    save_sheet(assignment, dict.fromkeys(criteria, Decimal(7)), comment=payload, submit=True)
    for who, urls in pages.items():
        client = sign_in(who)
        for url in urls:
            assert_inert(client.get(url), payload)
    close_round(setup.round, manager)
    publish(contest, manager, normalise=False, trim=False, public=True)
    for client in (sign_in(), sign_in(manager)):
        assert_inert(client.get(results), payload)
    assert_inert(sign_in(manager).get(reverse("contests:audit", args=[contest.pk])), payload)


@pytest.mark.parametrize("payload", PAYLOADS[:3])
def test_the_results_charts_draw_every_label_as_text(payload):
    """Codes carry a category's prefix, which a manager writes; the SVG is inline HTML."""
    ranking = charts.ranking_bars([{"code": payload, "rank": 1, "score": 50, "award": payload}])
    judges = charts.judge_distributions([{"label": payload, "totals": [50]}])
    for svg in (ranking, judges):
        assert payload not in svg and escape(payload) in svg


@pytest.mark.parametrize("payload", PAYLOADS)
def test_tax_compass_text_is_escaped(sign_in, user_for, module_site, payload):
    """Editors' rules text (the year's note, a stimulus measure's names) on the page
    and in the admin; a citizen's name for a saved estimate; reflected answers."""
    data = shipped(2568)
    data["note"] = data["note_th"] = payload
    data["stimulus"] = [
        {
            "key": "measure",
            "label_th": payload,
            "label_en": payload,
            "cap": "50000",
            "from": "2025-01-16",
            "to": "2025-02-28",
            "source": "https://www.rd.go.th/555.html",
            "note": payload,
        }
    ]
    rules = TaxYearRulesFactory(data=data)
    compass = TaxCompassPageFactory(parent=module_site.home)
    answers = {"tax_year": "2568", "status": "single", "income.salary": "600000"}
    client = sign_in("citizen")
    response = client.get(compass.url, {**answers, "stimulus.measure": "1000"})
    assert_inert(response, payload)
    assert escape(payload) in body(response)
    assert_inert(client.get(compass.url, {**answers, "income.rent_land": payload}), payload)
    assert_inert(client.get(compass.url, {**answers, payload: payload}), payload)
    estimate = SavedEstimateFactory(owner=user_for("citizen"), name=payload, inputs=answers)
    assert_inert(client.get(reverse("taxcompass:my_estimates")), payload)
    assert_inert(client.get(reverse("taxcompass:estimate", args=[estimate.pk])), payload)
    editor = sign_in("editor")
    assert_inert(editor.get(reverse("wagtailsnippets_taxcompass_taxyearrules:list")), payload)
    for view in ("approve", "edit"):
        url = reverse(f"wagtailsnippets_taxcompass_taxyearrules:{view}", args=[rules.pk])
        assert_inert(editor.get(url), payload)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_complaint_text_is_escaped_for_the_complainant(module_site, sign_in, user_for, payload):
    """Every text field of a complaint, the officers' texts the complainant reads, and
    the form that answers a mistake with the text sent back."""
    filing_data = {
        "kind": "complaint",
        "subject": payload,
        "description": payload,
        "contact_name": payload,
        "contact_email": "somchai@example.com",
        "consent": "on",
        "form_token": "0d6c3c3e-4a43-4b7e-8f5b-6f0b9d1a2c3d",
    }
    client = sign_in()
    assert_inert(client.post("/th/complaints/new/", {**filing_data, "happened_on": payload}),
                 payload)  # fmt: skip
    assert client.post("/th/complaints/new/", filing_data).status_code == 302
    shown = client.get("/th/complaints/filed/")
    assert_inert(shown, payload)
    complaint = Complaint.objects.get(subject=payload)
    assert_inert(client.post("/th/complaints/track/", {"reference": payload, "code": payload}),
                 payload)  # fmt: skip
    officer = user_for("officer")
    workflow.pause(complaint, officer, PauseOn.CITIZEN, payload, datetime.date(2099, 1, 1))
    detail = f"/th/complaints/track/{complaint.reference}/"
    client.post(detail + "answer/", {"text": payload})
    workflow.reply(complaint, officer, payload)
    workflow.answer(complaint, officer, payload, Outcome.UPHELD, payload, payload)
    assert_inert(client.post(detail + "confirm/", {"rating": payload, "comment": payload}),
                 payload)  # fmt: skip
    client.post(detail + "confirm/", {"rating": "4", "comment": payload})
    page = client.get(detail)
    assert page.context["status"] == "closed"
    assert_inert(page, payload)
    assert escape(payload) in body(page)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_survey_free_text_is_stored_as_typed_and_escaped_for_managers(
    client, sign_in, module_site, payload
):
    directory = OfficeIndexPageFactory(parent=module_site.home)
    office = OfficePageFactory(parent=directory)
    survey = SurveyFactory(offices=[office])
    answers = {"process_wait": "4", "staff_smile": "4", "overall": "4", "suggestion": payload}
    assert client.post(survey_url(survey, office), answers).status_code == 302
    assert survey.responses.get().answers.get(question="suggestion").text == payload
    executive = sign_in("executive")
    for view in ("", "print/"):
        assert_inert(executive.get(f"/th/surveys/reports/{survey.pk}/{view}"), payload)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_complaint_text_is_escaped_for_officers(module_site, sign_in, user_for, payload):
    """What complainants and officers write, in the inbox and a complaint's record."""
    complaint = complaint_factories.file(
        subject=payload, description=payload, contact_name=payload, external_reference=payload
    )
    officer = user_for("executive")
    workflow.add_note(complaint, None, payload)
    workflow.pause(complaint, None, PauseOn.CITIZEN, payload, datetime.date(2099, 1, 1))
    workflow.citizen_answer(complaint, payload)
    workflow.answer(complaint, None, payload, Outcome.UPHELD, payload, payload)
    workflow.confirm(complaint, 3, payload)
    client = sign_in(officer)
    for url in ("/th/complaints/inbox/", f"/th/complaints/inbox/{complaint.reference}/"):
        page = client.get(url)
        assert page.status_code == 200
        assert_inert(page, payload)
    assert_inert(client.get("/th/complaints/inbox/", {"status": payload, "office": payload}),
                 payload)  # fmt: skip
    assert_inert(client.post("/th/complaints/inbox/record/", {"subject": payload}), payload)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_complaint_categories_are_text_on_the_statistics_page(module_site, client, payload):
    category = complaint_factories.CategoryFactory(name_th=payload, name_en=payload)
    complaint = complaint_factories.file()
    workflow.triage(complaint, None, category=category)
    for language in ("th", "en"):
        page = client.get(f"/{language}/complaints/statistics/", {"office": payload})
        assert_inert(page, payload)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_complaint_root_causes_are_text_for_manual_editors(module_site, sign_in, payload):
    index = ManualIndexPageFactory(parent=module_site.intranet)
    manual = ServiceManualPageFactory(parent=index, service_group="vat")
    category = complaint_factories.CategoryFactory(service_group="vat", name_th=payload)
    complaint = complaint_factories.file()
    workflow.triage(complaint, None, category=category)
    workflow.answer(complaint, None, "ตอบ", Outcome.UPHELD, payload, payload)
    page = sign_in("editor").get(manual.url)
    assert page.status_code == 200 and escape(payload) in body(page)
    assert_inert(page, payload)
