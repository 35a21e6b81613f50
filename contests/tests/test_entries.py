"""Entrants submit, edit and withdraw in the window; limits, uploads and privacy."""

import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from contests.factories import CategoryFactory, ContestFactory, EntryFactory
from contests.models import Category, Entry
from contests.tests.helpers import image_upload, in_thai, piled_marks_error

pytestmark = pytest.mark.django_db


@pytest.fixture
def slogans():
    return CategoryFactory(max_words=8, max_characters=30)


@pytest.fixture
def logos():
    return CategoryFactory(kind=Category.LOGO, code_prefix="LG")


def _submit(client, category, **data):
    return client.post(reverse("contests:submit", args=[category.pk]), data)


def test_staff_submit_a_slogan_and_get_a_random_code(sign_in, user_for, slogans):
    client = sign_in("staff")
    response = _submit(client, slogans, title="ยิ้มรับ", text="ยิ้มรับทุกคำถาม ใส่ใจทุกผู้เสียภาษี")
    assert response.status_code == 302
    entry = Entry.objects.get(category=slogans)
    assert entry.author == user_for("staff")
    assert entry.code.startswith(f"{slogans.code_prefix}-") and len(entry.code) == 7
    page = client.get(reverse("contests:my_entries")).content.decode()
    assert "ยิ้มรับ" in page and in_thai("Received") in page


def test_thai_text_over_the_limits_is_refused_with_the_counts(sign_in, slogans):
    characters = CategoryFactory(contest=slogans.contest, max_characters=30, code_prefix="CH")
    client = sign_in("staff")
    # 31 visible characters, although the string holds 91 code points.
    response = _submit(client, characters, title="ยาว", text="ที่นี่" * 15 + "ก")
    assert response.status_code == 200
    assert "31" in response.content.decode()
    assert not Entry.objects.filter(category=characters).exists()
    fits = "ที่นี่" * 15  # 30 visible characters, 90 code points
    assert _submit(client, characters, title="พอดี", text=fits).status_code == 302
    response = _submit(client, slogans, title="คำ", text=" ".join(["ภาษี"] * 9))
    assert response.status_code == 200
    assert not Entry.objects.filter(category=slogans).exists()


def test_entries_after_the_deadline_are_refused(sign_in):
    closed = CategoryFactory(contest=ContestFactory(judging=True))
    client = sign_in("staff")
    response = _submit(client, closed, title="ช้า", text="ส่งช้า")
    assert response.status_code == 200
    assert in_thai("The submission window is closed.") in response.content.decode()
    assert not Entry.objects.filter(category=closed).exists()


def test_the_per_person_limit_holds_and_a_double_submit_adds_nothing_more(sign_in, slogans):
    client = sign_in("staff")
    for title in ("หนึ่ง", "สอง", "สาม"):
        _submit(client, slogans, title=title, text="ยิ้มรับ")
    assert Entry.objects.filter(category=slogans).count() == slogans.contest.entries_per_person
    response = _submit(client, slogans, title="สี่", text="ยิ้มรับ")
    message = in_thai("You have already sent the most entries allowed in this category.")
    assert message in response.content.decode()


def test_edit_and_withdraw_until_the_deadline(sign_in, user_for, slogans):
    entry = EntryFactory(category=slogans, author=user_for("staff"))
    client = sign_in("staff")
    url = reverse("contests:edit_entry", args=[entry.code])
    assert client.post(url, {"title": "ใหม่", "text": "ข้อความใหม่"}).status_code == 302
    entry.refresh_from_db()
    assert (entry.title, entry.text) == ("ใหม่", "ข้อความใหม่")
    client.post(reverse("contests:withdraw_entry", args=[entry.code]))
    client.post(reverse("contests:withdraw_entry", args=[entry.code]))  # double click
    entry.refresh_from_db()
    assert entry.withdrawn_at is not None
    assert client.get(url).status_code == 404
    # Someone else's entry is not theirs to edit.
    other = EntryFactory(category=slogans)
    assert client.get(reverse("contests:edit_entry", args=[other.code])).status_code == 404


def test_editing_after_the_deadline_is_refused(sign_in, user_for):
    entry = EntryFactory(
        category=CategoryFactory(contest=ContestFactory(judging=True)), author=user_for("staff")
    )
    client = sign_in("staff")
    response = client.post(
        reverse("contests:edit_entry", args=[entry.code]), {"title": "แก้", "text": "แก้"}
    )
    assert response.status_code == 200
    entry.refresh_from_db()
    assert entry.title != "แก้"


def test_a_logo_is_re_encoded_renamed_and_stripped(sign_in, logos):
    client = sign_in("staff")
    upload = image_upload("somchai-logo.jpg", image_format="JPEG", exif=True)
    assert _submit(client, logos, title="โลโก้", logo=upload).status_code == 302
    entry = Entry.objects.get(category=logos)
    assert "somchai" not in entry.logo.name and entry.logo.name.endswith(".png")
    with entry.logo.open("rb") as stored, Image.open(stored) as image:
        assert image.format == "PNG"
        assert not image.getexif()
        assert not image.info.get("exif")


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile(
                "logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml"
            ),
            "Upload a PNG or JPEG image.",
        ),
        (
            SimpleUploadedFile("logo.png", b"not an image", "image/png"),
            "Upload a PNG or JPEG image.",
        ),
        (
            "gif",
            "Upload a PNG or JPEG image.",
        ),
        (
            "tiny",
            "The image must be between %(min)s and %(max)s pixels on each side.",
        ),
    ],
)
def test_wrong_uploads_are_refused_and_nothing_is_saved(sign_in, logos, upload, message):
    if upload == "gif":
        buffer = io.BytesIO()
        Image.new("RGB", (100, 100)).save(buffer, format="GIF")
        upload = SimpleUploadedFile("logo.png", buffer.getvalue(), "image/png")
    elif upload == "tiny":
        upload = image_upload(size=(10, 10))
    client = sign_in("staff")
    response = _submit(client, logos, title="โลโก้", logo=upload)
    assert response.status_code == 200
    assert in_thai(message).split("%")[0] in response.content.decode()
    assert not Entry.objects.filter(category=logos).exists()


def test_oversized_upload_is_refused(sign_in, logos, settings, monkeypatch):
    monkeypatch.setattr("contests.logos.MAX_BYTES", 100)
    client = sign_in("staff")
    response = _submit(client, logos, title="ใหญ่", logo=image_upload())
    assert response.status_code == 200
    assert (
        in_thai("The image is larger than %(limit)s MB.").split("%")[0] in response.content.decode()
    )
    assert not Entry.objects.filter(category=logos).exists()


@pytest.mark.parametrize("username", ["citizen", None])
def test_people_who_are_not_staff_cannot_enter(sign_in, slogans, username):
    client = sign_in(username)
    response = _submit(client, slogans, title="x", text="y")
    assert response.status_code == (403 if username else 302)
    assert client.get(reverse("contests:my_entries")).status_code == (403 if username else 302)
    assert not Entry.objects.filter(category=slogans).exists()


def test_my_entries_shows_no_scores_before_publication_in_constant_queries(
    client, django_assert_max_num_queries
):
    from contests.sheets import save_sheet
    from contests.tests.conftest import make_judging

    setup = make_judging(entries=2, judges=1)
    assignment = setup.round.assignments.first()
    values = dict.fromkeys(setup.category.criteria.all(), Decimal("7.25"))  # total 72.5
    save_sheet(assignment, values, submit=True)
    author = assignment.entry.author
    for _ in range(25):
        EntryFactory(category=setup.category, author=author)
    client.force_login(author)
    with django_assert_max_num_queries(
        21
    ):  # a first request: it also builds the site header's caches
        response = client.get(reverse("contests:my_entries"))
    page = response.content.decode()
    assert "72.5" not in page and in_thai("Received") in page


def test_sending_the_same_form_twice_creates_one_entry(sign_in, slogans):
    client = sign_in("staff")
    form = client.get(reverse("contests:submit", args=[slogans.pk])).context["form"]
    token = str(form.fields["token"].initial)
    data = {"title": "ยิ้มรับ", "text": "ยิ้มรับทุกคำถาม", "token": token}
    assert _submit(client, slogans, **data).status_code == 302
    assert _submit(client, slogans, **data).status_code == 302
    assert Entry.objects.filter(category=slogans).count() == 1


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("ยิ้มรับ", "ยิ้ม" + "\u0e49" * 5000 + "รับ"),  # 5 characters as a reader counts
        ("ยิ้ม" + "\u0301" * 150, "ยิ้มรับทุกคำถาม"),
        ("ภาษี", "ใส่ใจ" + "\u0e49\u0301" * 40),
    ],
    ids=["tone-marks-in-the-text", "accents-in-the-title", "mixed-marks"],
)
def test_a_pile_of_marks_passes_no_limit(sign_in, slogans, title, text):
    response = _submit(sign_in("staff"), slogans, title=title, text=text)
    assert response.status_code == 200
    assert piled_marks_error() in response.content.decode()
    assert not Entry.objects.filter(category=slogans).exists()


def test_a_text_has_a_stored_maximum_when_its_category_has_no_limit(sign_in):
    unlimited = CategoryFactory(code_prefix="UL")
    too_long = "ภาษี" * (Entry.TEXT_MAX_LENGTH // 4) + "ก"
    response = _submit(sign_in("staff"), unlimited, title="ยาวมาก", text=too_long)
    assert response.status_code == 200
    page = response.content.decode()
    assert str(Entry.TEXT_MAX_LENGTH) in page and str(len(too_long)) in page
    assert not Entry.objects.filter(category=unlimited).exists()


def test_the_models_keep_the_limits_too(slogans):
    entry = EntryFactory.build(category=slogans, text="ก" * (Entry.TEXT_MAX_LENGTH + 1))
    with pytest.raises(ValidationError) as refused:
        entry.full_clean(exclude=["author", "code"])
    assert set(refused.value.message_dict) == {"text"}
    entry.text, entry.title = "ยิ้ม", "ยิ้ม" + "\u0e49" * 4
    with pytest.raises(ValidationError) as refused:
        entry.full_clean(exclude=["author", "code"])
    assert set(refused.value.message_dict) == {"title"}
