"""The admin's date and date-time pickers speak the Buddhist Era in Thai: the
input shows a BE year, the picker is told to, and a BE year (or a Gregorian one
typed by hand) is saved as the right Gregorian date; English stays Gregorian."""

import datetime
import json
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.widgets import AdminDateInput, AdminDateTimeInput
from wagtail.blocks import DateBlock
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail.users.models import UserProfile

from complaints.models import MonthlyFigure
from portal.factories import SectionPageFactory

LEAP_DAY = datetime.date(2024, 2, 29)


def config_of(html):
    return json.loads(re.search(r"initDateTimeChooser\(\"[^\"]*\", (\{.*?\})\);", html).group(1))


def figure_form(data=None):
    """A model form built as Wagtail's admin builds one (the date widget comes
    from its form-field overrides)."""
    form_class = ObjectList([FieldPanel("month")]).bind_to_model(MonthlyFigure).get_form_class()
    return form_class(data)


def test_a_date_is_shown_in_the_buddhist_era_in_thai_only():
    widget = AdminDateInput()
    with translation.override("th"):
        assert widget.format_value(LEAP_DAY) == "2567-02-29"
        assert widget.get_config()["buddhistEraOffset"] == 543
    with translation.override("en"):
        assert widget.format_value(LEAP_DAY) == "2024-02-29"
        assert "buddhistEraOffset" not in widget.get_config()


def test_a_date_time_input_renders_the_buddhist_era_year_and_tells_the_picker():
    moment = datetime.datetime(2026, 12, 1, 10, 0)
    with translation.override("th"):
        html = AdminDateTimeInput().render("go_live_at", moment, attrs={"id": "id_go_live_at"})
    assert 'value="2569-12-01 10:00"' in html
    assert config_of(html)["buddhistEraOffset"] == 543
    with translation.override("en"):
        html = AdminDateTimeInput().render("go_live_at", moment, attrs={"id": "id_go_live_at"})
    assert 'value="2026-12-01 10:00"' in html
    assert "buddhistEraOffset" not in config_of(html)


def test_the_widgets_bring_the_picker_script():
    for widget in (AdminDateInput(), AdminDateTimeInput()):
        scripts = str(widget.media)
        assert scripts.index("date-time-chooser") < scripts.index("js/buddhist-era-picker")


@pytest.mark.parametrize(
    ("typed", "month"),
    [
        ("2569-11-01", datetime.date(2026, 11, 1)),
        ("2567-02-29", LEAP_DAY),
        ("2026-11-01", datetime.date(2026, 11, 1)),
    ],
    ids=["buddhist-era", "leap-day", "gregorian-typed"],
)
def test_a_model_form_reads_the_year_as_the_thai_editor_means_it(typed, month):
    with translation.override("th"):
        form = figure_form({"month": typed})
        assert form.is_valid(), form.errors
    assert form.cleaned_data["month"] == month


def test_the_same_text_in_english_is_gregorian():
    with translation.override("en"):
        form = figure_form({"month": "2569-11-01"})
        assert form.is_valid()
    assert form.cleaned_data["month"] == datetime.date(2569, 11, 1)


@pytest.mark.parametrize(
    "typed", ["2568-02-29", "พรุ่งนี้", "2569-13-01"], ids=["no-leap-day", "words", "month-13"]
)
def test_a_date_that_is_not_one_is_a_thai_form_error(typed):
    with translation.override("th"):
        form = figure_form({"month": typed})
        assert not form.is_valid()
        assert form.errors["month"] == ["กรุณาใส่วัน"]


def test_a_date_typed_in_gregorian_is_shown_back_in_the_buddhist_era():
    with translation.override("th"):
        form = figure_form({"month": "2026-11-01"})
        assert 'value="2569-11-01"' in str(form["month"])


def test_a_date_block_in_a_stream_field_speaks_the_buddhist_era():
    block = DateBlock()
    block.set_name("day")
    with translation.override("th"):
        assert block.get_form_state(LEAP_DAY) == "2567-02-29"
        assert block.clean(block.value_from_datadict({"day": "2567-02-29"}, {}, "day")) == LEAP_DAY


# The page editor's scheduling dialog (Wagtail's PublishingPanel builds its own widgets).


def prefer(user, language):
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": language})


def edit_data(page, go_live_at):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": rich_text(""),
            "go_live_at": go_live_at,
            "expire_at": "",
            "comments": inline_formset([]),
        }
    )


def scheduled_go_live(page):
    return timezone.localtime(
        Page.objects.get(pk=page.pk).get_latest_revision_as_object().go_live_at
    )


@pytest.mark.django_db
def test_the_scheduling_dialog_shows_and_takes_the_buddhist_era(site, sign_in, user_for):
    page = SectionPageFactory(parent=site.home, title="ข่าว", slug="news")
    page.go_live_at = timezone.make_aware(datetime.datetime(2028, 2, 29, 8, 30))
    page.save_revision(user=None)
    client = sign_in("admin")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    body = client.get(url).content.decode()
    assert re.search(r'name="go_live_at"[^>]*value="2571-02-29 08:30"', body)
    assert "js/buddhist-era-picker" in body

    response = client.post(url, edit_data(page, "2569-12-01 10:00"))
    assert response.status_code == 302
    assert scheduled_go_live(page) == timezone.make_aware(datetime.datetime(2026, 12, 1, 10, 0))


@pytest.mark.django_db
def test_the_scheduling_dialog_in_english_stays_gregorian(site, sign_in, user_for):
    page = SectionPageFactory(parent=site.home, title="ข่าว", slug="news")
    prefer(user_for("admin"), "en")
    client = sign_in("admin")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(url, edit_data(page, "2026-12-01 10:00"))
    assert response.status_code == 302
    assert scheduled_go_live(page) == timezone.make_aware(datetime.datetime(2026, 12, 1, 10, 0))
    body = client.get(url).content.decode()
    assert re.search(r'name="go_live_at"[^>]*value="2026-12-01 10:00"', body)


@pytest.mark.django_db
def test_a_scheduling_date_that_is_not_one_is_refused_in_thai(site, sign_in):
    page = SectionPageFactory(parent=site.home, title="ข่าว", slug="news")
    client = sign_in("admin")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(url, edit_data(page, "2568-02-29 10:00"))
    assert response.status_code == 200
    assert "กรุณาใส่วันเวลา" in response.content.decode()
    assert Page.objects.get(pk=page.pk).get_latest_revision_as_object().go_live_at is None
