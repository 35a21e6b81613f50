"""wagtail-localize's screens in Thai: each segment's comment in the translation
editor dates it like the rest of the admin (local date, Thai month, Buddhist Era
year) in the editor's props and in its save API, English keeps the Gregorian
year; the editor loads the script that puts its hard-coded header through the
catalogue; the translations report counts translations in Thai."""

import datetime
import json
import re
from urllib.parse import urlencode

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views.report import TranslationsReportView

from manuals.factories import CitizenHandbookPageFactory

pytestmark = pytest.mark.django_db

# 30 November 2026, 18:00 UTC is already 1 December in Bangkok.
TRANSLATED_AT = datetime.datetime(2026, 11, 30, 18, 0, tzinfo=datetime.UTC)
PROPS = re.compile(r'class="js-translation-editor" data-props="([^"]*)"')
THAI_MONTHS = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
)


@pytest.fixture
def translation(site, user_for):
    """A Thai handbook with an English translation made with wagtail-localize."""
    page = CitizenHandbookPageFactory(parent=site.home)
    english = Locale.objects.get(language_code="en")
    TranslationCreator(user_for("editor"), [english]).create_translations(page)
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=english)


def translate_title(client, translation, value="Translated title"):
    segment = StringSegment.objects.get(source=translation.source, context__path="title")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    return client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )


def editor_comments(client, translation):
    """The segment comments the editor's props carry."""
    page = translation.get_target_instance()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    props = json.loads(PROPS.search(response.content.decode()).group(1).replace("&quot;", '"'))
    return [item["comment"] for item in props["initialStringTranslations"]]


def test_the_save_api_dates_a_segment_in_thai_with_the_buddhist_era(translation, sign_in):
    response = translate_title(sign_in("editor"), translation)
    assert response.status_code == 201
    saved = StringTranslation.objects.get()
    year = timezone.localtime(saved.updated_at).year
    assert re.fullmatch(
        rf"แปลเองเมื่อ \d{{1,2}} (?:{THAI_MONTHS}) {year + 543}", response.json()["comment"]
    )


def test_the_editor_dates_segments_in_thai_on_the_local_day(translation, sign_in):
    client = sign_in("editor")
    translate_title(client, translation)
    StringTranslation.objects.update(updated_at=TRANSLATED_AT)
    assert editor_comments(client, translation) == ["แปลเองเมื่อ 1 ธันวาคม 2569"]


def test_an_english_admin_keeps_the_gregorian_year(translation, sign_in, user_for):
    profile = UserProfile.get_for_user(user_for("editor"))
    profile.preferred_language = "en"
    profile.save()
    client = sign_in("editor")
    translate_title(client, translation)
    StringTranslation.objects.update(updated_at=TRANSLATED_AT)
    assert editor_comments(client, translation) == ["Translated manually on 1 December 2026"]


def test_the_editor_loads_the_header_script_within_a_query_budget(
    translation, sign_in, django_assert_max_num_queries
):
    client = sign_in("editor")
    translate_title(client, translation)
    page = translation.get_target_instance()
    with django_assert_max_num_queries(80):  # 74 today, all wagtail-localize's own view
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert 'src="/static/js/localize-editor-thai.js"' in response.content.decode()


def test_the_translations_report_counts_translations_in_thai(translation):
    paginator = TranslationsReportView.paginator_class(Translation.objects.order_by("pk"), 50)
    with override("th"):
        assert paginator.items_count_label == "1 รายการแปล"


def test_a_segment_from_an_uploaded_po_file_names_the_file_in_thai(translation, sign_in):
    client = sign_in("editor")
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"EN {entry.msgid}"
    upload = SimpleUploadedFile("translation.po", str(po).encode(), "text/x-gettext-translation")
    url = reverse("wagtail_localize:upload_pofile", args=[translation.pk])
    assert client.post(url, {"file": upload}).status_code == 302
    StringTranslation.objects.update(updated_at=TRANSLATED_AT)
    assert set(editor_comments(client, translation)) == {"แปลด้วย ไฟล์ PO เมื่อ 1 ธันวาคม 2569"}
