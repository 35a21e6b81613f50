"""Certificates carry the agency's identity: its emblem, who signs, and the course hours,
kept as they were when the certificate was issued."""

import io

import pytest
from pypdf import PdfReader
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from core.routing import subpage_url
from portal.factories import user_with_role
from portal.models import OrganisationSettings
from training.models import CoursePage
from training.tests.helpers import build_course, complete_course

pytestmark = [pytest.mark.django_db]

SIGNATORY = "นางสาวใจดี มีสุข"
POSITION = "สรรพากรภาค 7"
POSITION_EN = "Regional Revenue Director, Region 7"


@pytest.fixture
def signed(module_site):
    course = build_course(
        modules=1, lessons=1, hours=6, signatory_name=SIGNATORY, signatory_title=POSITION,
        english={"title": "Counter service", "signatory_title": POSITION_EN},
    )  # fmt: skip
    user = user_with_role("staff", first_name="สมชาย", last_name="ใจดี")
    return complete_course(user, course)


@pytest.fixture
def emblem(module_site):
    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.emblem = Image.objects.create(title="ตรา", file=get_test_image_file())
    settings.save()
    return settings.emblem


def test_the_certificate_page_shows_the_emblem_signatory_and_hours(client, signed, emblem):
    client.force_login(signed.user)
    body = client.get(subpage_url(signed.course, "certificate")).content.decode()
    assert 'class="certificate__emblem"><img' in body
    assert f'<p class="certificate__signatory-name">{SIGNATORY}</p>' in body
    assert POSITION in body and POSITION_EN in body
    assert body.count('class="certificate__hours"') == 2  # in Thai and in English
    assert "6" in body.split('class="certificate__hours">')[1].split("<")[0]


def test_the_certificate_pdf_prints_them_too(client, signed, emblem):
    client.force_login(signed.user)
    response = client.get(subpage_url(signed.course, "certificate_pdf"))
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(reader.pages[0].extract_text().replace("\u200b", "").split())
    assert SIGNATORY.replace(" ", "") in text.replace(" ", "")
    assert POSITION_EN in text
    assert len(reader.pages[0].images) == 2  # the emblem and the QR code


def test_what_the_certificate_says_is_kept_as_issued(client, signed):
    course = CoursePage.objects.get(pk=signed.course_id)
    course.signatory_name, course.hours = "ผู้อำนวยการคนใหม่", 12
    course.save_revision().publish()
    signed.refresh_from_db()
    assert signed.hours == 6 and signed.signed_by("th") == {"name": SIGNATORY, "title": POSITION}
    assert signed.signed_by("en")["title"] == POSITION_EN
    client.force_login(signed.user)
    body = client.get(subpage_url(signed.course, "certificate")).content.decode()
    assert SIGNATORY in body and "ผู้อำนวยการคนใหม่" not in body


def test_a_course_without_them_gives_a_plain_certificate(client, module_site):
    certificate = complete_course(user_with_role("staff"), build_course(modules=1, lessons=1))
    assert certificate.hours is None and certificate.signatory == {}
    client.force_login(certificate.user)
    body = client.get(subpage_url(certificate.course, "certificate")).content.decode()
    assert "certificate__signatory" not in body and "certificate__hours" not in body
    pdf = client.get(subpage_url(certificate.course, "certificate_pdf"))
    assert pdf.content.startswith(b"%PDF")
