"""Telephone numbers, map links and opening hours: checked, written one way, shown
in the active language (no database)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from offices import hours, maps, phones
from offices.blocks import OpeningHoursBlock

T = datetime.time


@pytest.mark.parametrize(
    ("typed", "written", "uri"),
    [
        ("055-242-361", "0 5524 2361", "tel:+6655242361"),
        ("0 5524 2361", "0 5524 2361", "tel:+6655242361"),
        ("+66 55 242 361", "0 5524 2361", "tel:+6655242361"),
        ("(02) 272-8000", "0 2272 8000", "tel:+6622728000"),
        ("081-234-5678", "08 1234 5678", "tel:+66812345678"),
        ("+66 9 1234 5678", "09 1234 5678", "tel:+66912345678"),
        ("1161", "1161", "tel:1161"),
    ],
)
def test_thai_numbers_are_written_one_way_and_dial_from_abroad(typed, written, uri):
    phones.validate_thai_phone(typed)
    assert phones.normalise(typed) == written
    assert phones.tel_uri(written) == uri


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "12345",
        "0812345678901",
        "0 1234 5678",
        "055-242-36x",
        "+1 555 242 3610",
        "2161",
        "tel:1161",
    ],
)
def test_other_numbers_are_refused(typed):
    assert phones.normalise(typed) is None
    with pytest.raises(ValidationError):
        phones.validate_thai_phone(typed)


@pytest.mark.parametrize(
    ("url", "service"),
    [
        (
            "https://www.openstreetmap.org/?mlat=16.82&mlon=100.26#map=17/16.82/100.26",
            "OpenStreetMap",
        ),
        ("https://osm.org/go/4L4bR", "OpenStreetMap"),
        ("https://www.google.com/maps/place/Phitsanulok/@16.82,100.26,17z", "Google Maps"),
        ("https://maps.google.com/?q=16.82,100.26", "Google Maps"),
        ("https://maps.app.goo.gl/AbCdEf123", "Google Maps"),
    ],
)
def test_map_links_to_openstreetmap_and_google_maps(url, service):
    maps.validate_map_link(url)
    assert maps.map_service(url) == service


@pytest.mark.parametrize(
    "url",
    [
        "http://www.openstreetmap.org/?mlat=16.82",  # not https
        "https://www.google.com/search?q=office",  # Google, but not its maps
        "https://evil.example/maps",
        "https://www.openstreetmap.org.evil.example/",
        "https://user:pass@www.openstreetmap.org/",
        "https://www.openstreetmap.org:8443/",
        "javascript:alert(1)",
        "https://goo.gl/xyz",
        "",
    ],
)
def test_other_links_are_refused(url):
    assert maps.map_service(url) is None
    with pytest.raises(ValidationError):
        maps.validate_map_link(url)


def test_the_default_week_is_the_regions_working_hours():
    value = OpeningHoursBlock().to_python(hours.default_opening_hours()[0]["value"])
    assert value.entry() == (0, T(8, 30), T(16, 30))
    entries = [
        OpeningHoursBlock().to_python(block["value"]).entry()
        for block in hours.default_opening_hours()
    ]
    assert [day for day, _opens, _closes in entries] == [0, 1, 2, 3, 4]
    runs = hours.week(entries)
    assert [(run.first, run.last, run.intervals) for run in runs] == [
        (0, 4, ((T(8, 30), T(16, 30)),)),
        (5, 6, ()),
    ]


def test_runs_of_days_in_both_languages():
    runs = hours.week(
        [(0, T(8, 30), T(16, 30)), (1, T(8, 30), T(16, 30)), (2, T(9), T(12)), (2, T(13), T(15))]
    )
    with translation.override("en"):
        assert [(run.days(), run.hours()) for run in runs] == [
            ("Monday – Tuesday", "08:30–16:30"),
            ("Wednesday", "09:00–12:00, 13:00–15:00"),
            ("Thursday – Sunday", "Closed"),
        ]
    with translation.override("th"):
        assert runs[0].days() == "จันทร์ – อังคาร"
    assert hours.week([]) == []


def test_closing_must_come_after_opening():
    block = OpeningHoursBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"weekday": "0", "opens": "16:30", "closes": "08:30"}))
    assert block.clean(block.to_python({"weekday": "5", "opens": "09:00", "closes": "12:00"}))
