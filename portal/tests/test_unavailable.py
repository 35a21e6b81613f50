"""When the database or the media disk fails, users get a clear 503 page and
nothing is half-saved."""

import errno
import io
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import OperationalError, connection
from django.utils import translation
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Collection

pytestmark = pytest.mark.django_db


def in_language(language, message):
    with translation.override(language):
        return translation.gettext(message)


def database_down(execute, sql, params, many, context):
    raise OperationalError("server closed the connection unexpectedly")


@pytest.mark.parametrize("language", ["th", "en"])
def test_a_database_outage_gives_a_503_that_says_so(client, language):
    with connection.execute_wrapper(database_down):
        response = client.get(f"/{language}/search/", {"q": "ภาษี"})
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert in_language(language, "Temporarily unavailable") in response.content.decode()


def test_the_site_recovers_when_the_database_is_back(client):
    with connection.execute_wrapper(database_down):
        assert client.get("/th/").status_code == 503
    assert client.get("/th/").status_code == 200


def test_a_full_disk_on_upload_saves_nothing_and_says_so(client):
    client.force_login(get_user_model().objects.get(username="editor"))
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8)).save(buffer, "PNG")
    before = Image.objects.count()
    full = OSError(errno.ENOSPC, "No space left on device")
    with mock.patch.object(FileSystemStorage, "_save", side_effect=full):
        response = client.post(
            "/admin/images/add/",
            {
                "title": "แผนผังสำนักงาน",
                "collection": Collection.get_first_root_node().pk,
                "file": SimpleUploadedFile("plan.png", buffer.getvalue(), "image/png"),
            },
        )
    assert response.status_code == 503
    assert in_language("th", "Temporarily unavailable") in response.content.decode()
    assert Image.objects.count() == before
