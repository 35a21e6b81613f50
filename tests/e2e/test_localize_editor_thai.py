"""wagtail-localize's translation screens in Thai, in a real browser: an editor
whose admin language is Thai opens the translation editor of a page the demo
translated with wagtail-localize, its submit and sync screens and the
translations report, and reads no English UI string: the editor's header
(hard-coded English in its JavaScript) and its segment dates (Thai month,
Buddhist Era year) included."""

import json

import pytest
from playwright.sync_api import expect

from core.thai_screen import english_strings
from tests.demo_build import manage

from .admin_screens import admin_sign_in, prepare, screen_strings
from .pages import DESKTOP

pytestmark = pytest.mark.e2e

# The first page the demo translated to English with wagtail-localize: its editor,
# the Thai header it should show, and its segments' comments as the server dates them.
TRANSLATED_PAGE = """
import json
from django.utils import translation
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

for item in Translation.objects.filter(enabled=True, target_locale__language_code="en").order_by("pk"):
    target = item.get_target_instance()
    comments = StringTranslation.objects.filter(
        locale=item.target_locale, context__object_id=item.source.object_id
    )
    if isinstance(target, Page) and comments.exists():
        break
with translation.override("th"):
    header = "แปลจาก{}เป็น{}".format(
        item.source.locale.get_display_name(), item.target_locale.get_display_name()
    )
    comment = comments.first().get_comment()
print(json.dumps({
    "page": target.pk, "source": item.source.pk, "source_page": item.source.get_source_instance().pk,
    "header": header, "comment": comment,
}))
"""


@pytest.fixture(scope="module")
def translated(live_env):
    world = prepare(live_env)
    result = manage(live_env, "shell", "-c", TRANSLATED_PAGE)
    return {**world, **json.loads(result.stdout.strip().splitlines()[-1])}


def test_the_translation_editor_reads_thai(open_page, translated):
    page = open_page("th-TH", **DESKTOP)
    admin_sign_in(page, "editor")
    page.goto(f"/admin/pages/{translated['page']}/edit/")
    editor = page.locator(".js-translation-editor")
    expect(editor.locator("h3").first).to_have_text(translated["header"])
    expect(editor.get_by_text(translated["comment"], exact=True).first).to_be_visible()
    page.wait_for_load_state("networkidle")
    content = translated["content"]
    assert english_strings(screen_strings(page), content) == []
    # Headers of hidden tabs and labels only screen readers get are Thai too.
    hidden = editor.locator("h3, .w-sr-only").all_text_contents()
    assert translated["header"] in hidden
    assert english_strings(hidden, content) == []


def test_the_submit_and_sync_screens_and_translations_report_read_thai(open_page, translated):
    page = open_page("th-TH", **DESKTOP)
    admin_sign_in(page, "editor")
    english = {}
    for url in (
        f"/admin/localize/submit/page/{translated['source_page']}/",
        f"/admin/localize/update/{translated['source']}/",
        "/admin/localize/reports/translations/",
    ):
        response = page.goto(url)
        assert response.status == 200, url
        page.wait_for_load_state("networkidle")
        if found := english_strings(screen_strings(page), translated["content"]):
            english[url] = found
    assert english == {}
