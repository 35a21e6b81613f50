"""Our Thai completion of Django's, Wagtail's, wagtail-localize's and allauth's
catalogues: complete, well-formed, compiled, and what the admin actually says."""

import datetime
import json
import re

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.template import Context, Template
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

from core import thai_catalogue
from core.thai_screen import english_strings, visible_strings

PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|%[sdr]|\{\w*\}")


def test_the_override_catalogues_come_after_ours_in_locale_paths():
    paths = [str(p) for p in settings.LOCALE_PATHS]
    assert paths.index(str(thai_catalogue.overrides_dir())) > paths.index(
        str(settings.BASE_DIR / "locale")
    )


@pytest.fixture(scope="module")
def coverage():
    """The coverage of every catalogue, read once for the module (the files do not
    change while it runs)."""
    return thai_catalogue.coverage()


@pytest.mark.parametrize(
    ("package", "domain"),
    [(p, d) for p in thai_catalogue.PACKAGES for d in thai_catalogue.DOMAINS],
    ids=lambda value: value,
)
def test_every_message_of_the_packages_editors_meet_has_thai(coverage, package, domain):
    for item in coverage:
        if (item.package, item.domain) == (package, domain):
            assert [e.msgid for e in item.missing] == []


@pytest.mark.parametrize("domain", thai_catalogue.DOMAINS)
def test_override_translations_keep_every_placeholder(domain):
    for entry in polib.pofile(str(thai_catalogue.override_path(domain))):
        source = entry.msgid_plural or entry.msgid
        for translated in [entry.msgstr, *entry.msgstr_plural.values()]:
            if translated:
                assert sorted(PLACEHOLDER.findall(translated)) == sorted(
                    PLACEHOLDER.findall(source)
                ), entry.msgid


@pytest.mark.parametrize("domain", thai_catalogue.DOMAINS)
def test_the_compiled_catalogues_match_their_sources(domain):
    source = thai_catalogue.override_path(domain)
    compiled = {(e.msgctxt, e.msgid): e for e in polib.mofile(str(source.with_suffix(".mo")))}
    for entry in polib.pofile(str(source)):
        if entry.translated():
            got = compiled[(entry.msgctxt, entry.msgid)]
            assert (got.msgstr, got.msgstr_plural.get(0)) == (
                entry.msgstr,
                entry.msgstr_plural.get(0),
            )


def test_the_moderation_path_reads_thai():
    with translation.override("th"):
        assert (
            gettext("This %(model_name)s is currently awaiting moderation.") % {"model_name": "หน้า"}
            == "หน้านี้กำลังรอตรวจอนุมัติ"
        )
        assert gettext("Approve with comment") == "อนุมัติพร้อมความเห็น"
        assert gettext("Submit for moderation") == "ส่งให้ตรวจ"
        assert ngettext("Publish 1 page", "Publish %(counter)s pages", 2) == (
            "เผยแพร่ %(counter)s หน้า"
        )


def test_relative_times_read_thai():
    sixteen_minutes_ago = timezone.now() - datetime.timedelta(minutes=16)
    with translation.override("th"):
        out = Template("{% load wagtailadmin_tags %}{{ d|timesince_simple }}").render(
            Context({"d": sixteen_minutes_ago})
        )
    assert out == "16\xa0นาทีที่แล้ว"


@pytest.mark.django_db
def test_the_admin_javascript_catalogue_is_thai(site, sign_in):
    response = sign_in("editor").get("/admin/jsi18n/")
    # "Write something or type ‘/’ to insert a block", as the catalogue escapes it
    assert json.dumps("เขียนข้อความ หรือพิมพ์")[1:-1] in response.content.decode()


def test_the_coverage_report_lists_every_package():
    from io import StringIO

    out = StringIO()
    call_command("thai_catalogue", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[-1].split()[-1] == "100.0%"
    assert {line.split()[0] for line in lines[1:-1]} == set(thai_catalogue.PACKAGES)


def test_english_strings_skip_content_names_and_addresses():
    strings = [
        "ส่งให้ตรวจ",
        "This หน้า is currently awaiting moderation",
        "ที่สร้างใน SMILE KM",
        "ไฟล์ sample-pnd91.pdf ที่ https://example.com/a",
        "แก้ไข Tax ID handbook",
        "16 minutes ที่ผ่านมา",
    ]
    assert english_strings(strings, content={"Tax ID handbook"}) == [
        "This หน้า is currently awaiting moderation",
        "16 minutes ที่ผ่านมา",
    ]


def test_english_strings_skip_content_the_admin_cut_short_but_not_ui():
    content = {"S Smile: greet every citizen with a smile"}
    assert english_strings(["S Smile: greet …", "Show more …", "Sm …"], content) == [
        "Show more …",
        "Sm …",
    ]


def test_visible_strings_skip_scripts_and_hidden_elements_but_read_tab_panels():
    html = (
        "<p>หนึ่ง<script>var x = 'Hidden';</script></p><div hidden><b>Gone</b></div>"
        '<section role="tabpanel" hidden><label>สอง</label></section><li>สาม<li>สี่'
    )
    assert visible_strings(html) == ["หนึ่ง", "สอง", "สาม", "สี่"]


@pytest.mark.django_db
def test_thai_screen_lists_what_an_admin_screen_shows_in_english(site, user_for):
    from io import StringIO

    out = StringIO()
    call_command(
        "thai_screen", "/admin/", "/admin/pages/", user=user_for("editor").username, stdout=out
    )
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("/admin/ (200): 0 of ")
    assert any(line.startswith("/admin/pages/ (200): 0 of ") for line in lines)
