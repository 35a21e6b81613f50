"""Dates the admin shows in Thai carry the Buddhist Era year; machine-readable
dates and English keep the Gregorian one."""

import datetime

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import formats, timezone, translation
from wagtail.utils.timestamps import render_timestamp

from manuals.factories import CitizenHandbookPageFactory

MOMENT = timezone.make_aware(datetime.datetime(2026, 11, 30, 9, 15))


def render(source, **context):
    return Template("{% load wagtailadmin_tags %}" + source).render(Context(context))


@pytest.mark.parametrize("name", ["DATE_FORMAT", "DATETIME_FORMAT", "SHORT_DATE_FORMAT", None])
def test_named_formats_give_the_buddhist_era_in_thai_only(name):
    with translation.override("th"):
        assert "2569" in formats.date_format(MOMENT, name)
    with translation.override("en"):
        assert "2026" in formats.date_format(MOMENT, name)


def test_the_date_filter_keeps_machine_formats_gregorian():
    with translation.override("th"):
        out = render('{{ d|date }}|{{ d|date:"Y-m-d" }}|{{ d|date:"c" }}', d=MOMENT)
    shown, plain, iso = out.split("|")
    assert shown == "30 พฤศจิกายน 2569"
    assert plain == "2026-11-30"
    assert iso.startswith("2026-11-30T")


def test_wagtail_timestamps_and_human_readable_dates_in_thai():
    with translation.override("th"):
        assert render_timestamp(MOMENT).startswith("30 พฤศจิกายน 2569")
        out = render("{% human_readable_date d %}", d=MOMENT)
    assert 'data-w-tooltip-content-value="30 พฤศจิกายน 2569' in out
    assert 'datetime="2026-11-30T' in out


@pytest.mark.django_db
def test_page_history_in_the_admin_shows_buddhist_era_years(site, sign_in):
    year = timezone.localtime().year
    page = CitizenHandbookPageFactory(parent=site.home)
    page.save_revision(user=None, log_action=True).publish()
    response = sign_in("admin").get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    body = response.content.decode()
    assert response.status_code == 200
    assert f" {year + 543}, " in body  # the tooltip: "30 พฤศจิกายน 2569, 9:15"
    assert f" {year}, " not in body
