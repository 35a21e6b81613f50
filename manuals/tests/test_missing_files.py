"""A deleted document or image, or one whose file is gone, shows as missing: never a 500."""

import io
import json
import os
from types import SimpleNamespace

import pytest
from django.utils import translation
from django.utils.translation import gettext
from pypdf import PdfReader
from wagtail.models import Collection
from wagtail_factories import ImageFactory

from manuals.factories import (
    CitizenHandbookPageFactory,
    HandbookIndexPageFactory,
    ManualIndexPageFactory,
    ServiceManualPageFactory,
)
from manuals.tests.helpers import document_in, form_link, published
from portal.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

FORM_TITLE = "แบบฟอร์มทั่วไป"


@pytest.fixture
def media(site):
    """A document and an image, used by a standard page (image and document blocks, the
    link without its own text), a handbook and a staff manual (as a sample form)."""
    root = Collection.get_first_root_node()
    document = document_in(root, FORM_TITLE)
    image = ImageFactory(collection=root, title="แผนผังสำนักงาน")
    blocks = [
        {"type": "image", "value": {"image": image.pk, "caption": "ชั้นหนึ่ง", "alt_text": ""}},
        {"type": "document", "value": {"document": document.pk, "title": ""}},
    ]
    page = published(StandardPageFactory(parent=site.home, slug="office", body=json.dumps(blocks)))
    handbook = published(
        CitizenHandbookPageFactory(
            parent=HandbookIndexPageFactory(parent=site.home), sample_forms=form_link(document)
        )
    )
    manual = published(
        ServiceManualPageFactory(
            parent=ManualIndexPageFactory(parent=site.intranet), forms=form_link(document)
        )
    )
    return SimpleNamespace(
        document=document,
        document_url=document.url,
        image=image,
        page=page,
        handbook=handbook,
        manual=manual,
    )


def unavailable():
    with translation.override("th"):
        return gettext("file unavailable")


def pdf_text(response):
    """The PDF's text without white space (long URLs wrap over lines)."""
    reader = PdfReader(io.BytesIO(response.content))
    text = "".join(page.extract_text() for page in reader.pages).replace("\u200b", "")
    return "".join(text.split())


def test_pages_show_their_image_and_documents(client, sign_in, media):
    body = client.get(media.page.url).content.decode()
    assert '<figure class="block-image">' in body and "ชั้นหนึ่ง" in body
    assert f'href="{media.document_url}"' in body
    for response in (client.get(media.handbook.url), sign_in("staff").get(media.manual.url)):
        assert f'href="{media.document_url}">{FORM_TITLE}</a>' in response.content.decode()
    assert "http://testserver" + media.document_url in pdf_text(
        client.get(media.handbook.url + "pdf/")
    )


def delete_rows(media):
    media.document.delete()
    media.image.delete()


def delete_files(media):
    os.remove(media.document.file.path)
    os.remove(media.image.file.path)


@pytest.mark.parametrize("lose", [delete_rows, delete_files], ids=["rows", "files"])
def test_pages_render_a_lost_image_or_document_as_missing(client, sign_in, media, lose):
    lose(media)
    page = client.get(media.page.url)
    assert page.status_code == 200
    body = page.content.decode()
    assert "block-image" not in body and "ชั้นหนึ่ง" not in body  # nothing left to show
    assert media.document_url not in body
    for response in (client.get(media.handbook.url), sign_in("staff").get(media.manual.url)):
        assert response.status_code == 200
        body = response.content.decode()
        assert media.document_url not in body
        assert f'{FORM_TITLE} <span class="meta">({unavailable()})</span>' in body
    pdf = client.get(media.handbook.url + "pdf/")
    assert pdf.status_code == 200
    text = pdf_text(pdf)
    assert FORM_TITLE in text and "".join(unavailable().split()) in text
    assert media.document_url not in text
