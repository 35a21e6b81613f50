"""A full or read-only disk on upload: every upload path says so, saves nothing."""

import errno
import io
import uuid
from unittest import mock

import pytest
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Collection

from communities.factories import CommunityIndexPageFactory, CommunityPageFactory
from communities.models import Attachment, Topic
from contests.factories import CategoryFactory
from contests.models import Category, Entry
from core.routing import subpage_url

pytestmark = [pytest.mark.django_db]


def png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 64), "#0b4f8a").save(buffer, "PNG")
    return SimpleUploadedFile("plan.png", buffer.getvalue(), "image/png")


def admin_image(site):
    return (
        "editor",
        "/admin/images/add/",
        {"title": "แผนผัง", "collection": Collection.get_first_root_node().pk, "file": png()},
        Image.objects.count,
    )


def community_attachment(site):
    index = CommunityIndexPageFactory(parent=site.intranet)
    community = CommunityPageFactory(parent=index)
    data = {
        "title": "แผนผังช่องบริการใหม่",
        "body": "ช่วยดูแผนผังนี้หน่อยครับ",
        "attachment": png(),
        "form_token": str(uuid.uuid4()),
    }
    count = lambda: (Topic.objects.count(), Attachment.objects.count())  # noqa: E731
    return "staff", subpage_url(community, "new_topic"), data, count


def contest_logo(site):
    category = CategoryFactory(kind=Category.LOGO, code_prefix="LF")  # open for entries
    data = {"title": "ยิ้มสยาม", "logo": png(), "token": str(uuid.uuid4())}
    return "staff", f"/th/contests/enter/{category.pk}/", data, Entry.objects.count


@pytest.mark.parametrize("upload", [admin_image, community_attachment, contest_logo])
@pytest.mark.parametrize("failure", [errno.ENOSPC, errno.EROFS])
def test_a_failing_disk_on_upload_saves_nothing_and_says_so(site, sign_in, upload, failure):
    role, url, data, count = upload(site)
    client = sign_in(role)
    before = count()
    error = OSError(failure, "the disk refused the file")
    with mock.patch.object(FileSystemStorage, "_save", side_effect=error):
        response = client.post(url, data)
    assert response.status_code == 503
    with translation.override("th"):
        assert translation.gettext("Temporarily unavailable") in response.content.decode()
    assert count() == before
