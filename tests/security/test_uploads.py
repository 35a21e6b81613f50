"""Hostile uploads through the Wagtail admin: refused with a reason, nothing stored,
and accepted names can never leave the media directory."""

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection

pytestmark = [pytest.mark.django_db]

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
HTML = b"<!doctype html><html><body><script>alert(1)</script></body></html>"


def png(size=(8, 8), mode="RGB"):
    buffer = io.BytesIO()
    PILImage.new(mode, size).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def editor(sign_in):
    return sign_in("editor")


def upload(client, kind, name, content, content_type="application/octet-stream"):
    response = client.post(
        f"/admin/{kind}/multiple/add/",
        {
            "files[]": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    return response.json()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("logo.svg", SVG),
        ("photo.png", HTML),  # HTML pretending to be a PNG
        ("huge.png", png((10_000, 10_000), mode="1")),  # 100 megapixels
        ("big.png", b"\x89PNG\r\n\x1a\n" + b"\0" * (settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE + 1)),
    ],
)
def test_hostile_images_are_refused_and_nothing_is_stored(editor, name, content):
    before = Image.objects.count()
    result = upload(editor, "images", name, content, "image/png")
    assert result["success"] is False
    assert result["error_message"]
    assert Image.objects.count() == before


@pytest.mark.parametrize("name", ["page.html", "page.htm", "script.js", "logo.svg"])
def test_documents_that_a_browser_would_run_are_refused(editor, name):
    before = Document.objects.count()
    result = upload(editor, "documents", name, HTML)
    assert result["success"] is False
    assert Document.objects.count() == before


@pytest.mark.parametrize(
    ("kind", "name", "content"),
    [
        ("images", "../../../../tmp/escape.png", png()),
        ("images", "..\\..\\escape.png", png()),
        ("documents", "../../../escape.pdf", b"%PDF-1.4\n%%EOF\n"),
    ],
)
def test_path_traversal_names_stay_inside_the_media_directory(editor, kind, name, content):
    result = upload(editor, kind, name, content)
    assert result["success"] is True, result
    model = Image if kind == "images" else Document
    stored = Path(model.objects.latest("pk").file.path).resolve()
    folder = {"images": "original_images", "documents": "documents"}[kind]
    assert stored.is_relative_to(Path(settings.MEDIA_ROOT).resolve() / folder)
    assert ".." not in stored.name
