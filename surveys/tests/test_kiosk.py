"""The counter kiosk: device tokens, four faces and reasons, debounce, a day-long page."""

import datetime
import io

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from portal.models import StaffProfile
from surveys.factories import KIOSK_QUESTIONS, KioskFactory, SurveyFactory, question
from surveys.kiosk import started_at
from surveys.models import Answer, Kiosk, Response
from surveys.models.kiosks import token_hash

pytestmark = pytest.mark.django_db
TOKEN = "a-device-token-that-only-the-tablet-knows-0123456789"
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def kiosk(offices):
    kiosk = KioskFactory(token=TOKEN, office=offices[1])
    kiosk.survey.offices.add(offices[1])
    return kiosk


def answer_url(token=TOKEN):
    return reverse("surveys:kiosk_answer", args=[token])


def test_only_the_tokens_hash_is_stored(kiosk):
    assert Kiosk.objects.get().token_hash == token_hash(TOKEN)
    assert TOKEN not in str(Kiosk.objects.values().get())


def test_the_kiosk_page_shows_four_faces_and_reasons_without_inline_script(client, kiosk):
    page = client.get(reverse("surveys:kiosk", args=[TOKEN]))
    html = page.content.decode()
    assert page.status_code == 200
    assert html.count('name="face"') == 4 and html.count('name="reason"') == 5
    assert "js/kiosk.js" in html and "<script>" not in html
    assert "csrfmiddlewaretoken" not in html
    assert "no-cache" in page["Cache-Control"]
    assert not page.cookies


def test_english_switch(client, kiosk):
    page = client.get(f"/en/surveys/kiosk/{TOKEN}/")
    assert "Question face" in page.content.decode()
    assert f"/th/surveys/kiosk/{TOKEN}/" in page.content.decode()


def test_a_press_is_saved_without_a_session_or_csrf_token(kiosk):
    client = Client(enforce_csrf_checks=True)
    response = client.post(answer_url(), {"face": "2", "reason": ["waited", "documents"]}, **JSON)
    assert response.json() == {"status": "saved"}
    saved = Response.objects.get()
    assert (saved.channel, saved.office) == ("kiosk", kiosk.office)
    assert Answer.objects.get(question="face").number == 2
    assert Answer.objects.get(question="reasons").choices == ["waited", "documents"]
    assert not response.cookies


@pytest.fixture
def clock(monkeypatch):
    """``clock(seconds)``: the server's time that many seconds after the start."""
    start = timezone.now()

    def at(seconds):
        monkeypatch.setattr(timezone, "now", lambda: start + datetime.timedelta(seconds=seconds))

    return at


def press(face, elapsed=None, reasons=()):
    data = {"face": face, "reason": list(reasons)}
    if elapsed is not None:
        data["elapsed"] = elapsed
    return Client().post(answer_url(), data, **JSON).json()["status"]


def test_responses_started_less_than_two_seconds_apart_count_once(kiosk, clock):
    clock(0)
    assert press("4") == "saved"
    clock(1.5)
    assert press("4") == "ignored"
    clock(2.5)
    assert press("3") == "saved"
    assert Response.objects.count() == 2


def test_reasons_and_send_right_after_the_face_are_never_dropped(kiosk, clock):
    # One response every five seconds, each sent 300 ms after its face with reasons.
    for number in range(3):
        clock(5 * number + 0.3)
        assert press("2", elapsed="300", reasons=["waited", "staff"]) == "saved"
    assert Response.objects.count() == 3
    assert Answer.objects.filter(question="reasons").count() == 3


def test_what_counts_is_when_the_face_was_pressed_not_when_it_was_sent(kiosk, clock):
    clock(0)
    assert press("4", elapsed="0") == "saved"  # started at 0
    clock(3)
    assert press("3", elapsed="1500") == "ignored"  # started at 1.5
    clock(32.6)
    assert press("1", elapsed="30000") == "saved"  # started at 2.6, sent when idle
    assert Response.objects.count() == 2


@pytest.mark.parametrize(
    ("elapsed", "seconds_before"),
    [(None, 0), ("", 0), ("abc", 0), ("-5", 0), ("๑๒", 0), ("1500", 1.5), ("9" * 5000, 120)],
    ids=["absent", "empty", "text", "negative", "thai-digits", "ms", "huge"],
)
def test_the_elapsed_time_is_read_safely_and_bounded(elapsed, seconds_before):
    now = timezone.now()
    assert started_at(elapsed, now) == now - datetime.timedelta(seconds=seconds_before)


def test_a_plain_form_post_thanks_and_returns_to_the_faces(client, kiosk):
    response = client.post(answer_url(), {"face": "1"})
    html = response.content.decode()
    assert response.status_code == 200
    assert f'http-equiv="refresh" content="4;url=/th/surveys/kiosk/{TOKEN}/"' in html


@pytest.mark.parametrize(
    "data, message",
    [
        ({"face": "5"}, "touch one of the faces"),
        ({}, "touch one of the faces"),
        ({"face": "3", "reason": ["bribe"]}, "reasons from the list"),
        ({"face": "3", "reason": ["staff", "staff"]}, "reasons from the list"),
    ],
)
def test_bad_presses_are_refused_and_nothing_is_saved(kiosk, data, message):
    response = Client().post(f"/en/surveys/kiosk/{TOKEN}/answer/", data, **JSON)
    assert response.status_code == 400
    assert message in response.json()["message"]
    assert not Response.objects.exists()


def test_an_unknown_or_revoked_token_is_refused(client, kiosk):
    assert client.get(reverse("surveys:kiosk", args=["not-a-token"])).status_code == 404
    Kiosk.objects.update(revoked_at=timezone.now())
    page = client.get(f"/en/surveys/kiosk/{TOKEN}/")
    assert page.status_code == 404 and "not registered" in page.content.decode()
    assert client.post(answer_url(), {"face": "4"}, **JSON).status_code == 404
    assert not Response.objects.exists()


def test_a_closed_survey_takes_no_presses(client, offices):
    survey = SurveyFactory(
        offices=offices[:1],
        opens_on=datetime.date(2020, 1, 1),
        closes_on=datetime.date(2020, 12, 31),
        question_set__questions=[question("faces", "face", "overall")],
    )
    KioskFactory(token=TOKEN, office=offices[0], survey=survey)
    assert client.post(answer_url(), {"face": "4"}, **JSON).status_code == 410
    assert not Response.objects.exists()


def test_an_office_head_registers_a_kiosk_and_sees_its_token_once(sign_in, user_for, offices):
    head = user_for("head")
    StaffProfile.objects.create(user=head, office=offices[0])
    survey = SurveyFactory(offices=offices[:1], question_set__questions=KIOSK_QUESTIONS)
    client = sign_in(head)
    response = client.post(
        reverse("wagtailsnippets_surveys_kiosk:add"),
        {"name": "เคาน์เตอร์ 1", "office": offices[1].pk, "survey": survey.pk, "revoked_at": ""},
        follow=True,
    )
    kiosk = Kiosk.objects.get()
    messages = [str(m) for m in response.context["messages"]]
    url = next(m for m in messages if "/surveys/kiosk/" in m).split("http://testserver")[1]
    token = url.split("/")[4]
    assert kiosk.token_hash == token_hash(token) and kiosk.created_by == head
    assert client.get(reverse("wagtailsnippets_surveys_kiosk:add")).status_code == 200
    # An office outside the head's is not offered.
    form = client.get(reverse("wagtailsnippets_surveys_kiosk:add")).context["form"]
    assert set(form.fields["office"].queryset) == {offices[0], offices[1]}


def test_the_command_registers_a_kiosk_and_prints_its_address(offices):
    survey = SurveyFactory(slug="kiosk-2569", question_set__questions=KIOSK_QUESTIONS)
    out = io.StringIO()
    call_command("issue_kiosk", office="PLK-01", survey="kiosk-2569", name="counter 2", stdout=out)
    token = out.getvalue().strip().split("/")[4]
    kiosk = Kiosk.objects.by_token(token)
    assert (kiosk.office, kiosk.survey, kiosk.name) == (offices[1], survey, "counter 2")
    with pytest.raises(CommandError):
        call_command("issue_kiosk", office="NOPE", survey="kiosk-2569")
