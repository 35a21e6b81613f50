"""Certificates: issued only when earned, printable, PDF, and publicly verifiable."""

import pytest

from core.routing import subpage_url
from portal.factories import user_with_role
from portal.models import StaffProfile
from training.certificates import VERIFY_LIMIT, display_code, english_name
from training.models import Certificate
from training.tests.helpers import build_course, complete_course, course_index
from training.tests.i18n import in_thai

pytestmark = [pytest.mark.django_db]


def verify_url(code):
    return subpage_url(course_index(), "verify", code)


@pytest.fixture(scope="module")
def course(module_site):
    """A course in Thai and English, built once for the module."""
    return build_course(modules=1, lessons=1, english={"title": "Counter service"})


@pytest.fixture(scope="module")
def certificate(course):
    """A staff member's certificate (with a Thai name and an office), earned once."""
    user = user_with_role("staff", first_name="สมชาย", last_name="ใจดี")
    StaffProfile.objects.create(user=user, office_note="สำนักงานทดสอบเมือง", unit="ฝ่ายทดสอบงาน")
    certificate = complete_course(user, course)
    assert (certificate.name_th, certificate.name_en) == ("สมชาย ใจดี", "Somchai Chaidi")
    assert (certificate.course_title_th, certificate.course_title_en) == (
        course.page.title,
        "Counter service",
    )
    return certificate


def test_no_certificate_until_the_course_is_complete(client, learner, module_site):
    from training.learning import enrol

    course = build_course(modules=1, lessons=1)
    enrol(learner, course.page)
    client.force_login(learner)
    response = client.get(subpage_url(course.page, "certificate"), follow=True)
    assert response.redirect_chain[0][0] == course.page.url
    assert (
        in_thai("Your certificate is issued when every lesson is done and every quiz passed.")
        in response.content.decode()
    )
    pdf = client.get(subpage_url(course.page, "certificate_pdf"))
    assert pdf.status_code == 302
    assert not Certificate.objects.filter(user=learner).exists()


def test_certificate_page_is_bilingual_with_a_qr_code(client, certificate):
    client.force_login(certificate.user)
    url = subpage_url(certificate.course, "certificate")
    body = client.get(url).content.decode()
    assert certificate.name_th in body and certificate.name_en in body
    assert certificate.course_title_th in body and certificate.course_title_en in body
    assert "<svg" in body and display_code(certificate.code) in body
    assert f"http://testserver/th/training/verify/{certificate.code}/" in body
    assert str(certificate.issued_at.year + 543) in body  # Buddhist Era in Thai
    assert str(certificate.issued_at.year) in body  # Gregorian in English
    assert "training-print.css" in body


def test_certificate_pdf(client, certificate):
    client.force_login(certificate.user)
    response = client.get(subpage_url(certificate.course, "certificate_pdf"))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert certificate.code in response["Content-Disposition"]


def test_english_name_is_romanized():
    assert english_name("สมชาย ใจดี") == "Somchai Chaidi"
    assert english_name("Jane Doe") == "Jane Doe"


def test_verification_confirms_name_course_and_date_only(client, certificate):
    response = client.get(verify_url(certificate.code))
    body = response.content.decode()
    assert response.status_code == 200
    assert certificate.name_th in body and certificate.course_title_th in body
    profile = certificate.user.staff_profile
    for private in (certificate.user.email, profile.unit, profile.office_name, "Signed in"):
        assert private not in body
    english = client.get(f"/en/training/verify/{certificate.code.lower()}/").content.decode()
    assert certificate.name_en in english and certificate.course_title_en in english


def test_the_verify_form_normalizes_what_was_typed(client, certificate):
    typed = display_code(certificate.code).lower()
    response = client.get(subpage_url(course_index(), "verify_form"), {"code": f" {typed} "})
    assert response["Location"] == verify_url(certificate.code)
    assert client.get(subpage_url(course_index(), "verify_form"), {"code": ""}).status_code == 200


@pytest.mark.parametrize("code", ["AAAAAAAAAAAAAAAA", "x' OR 1=1 --", "๑๒๓"])
def test_forged_codes_get_a_not_found_page(client, module_site, code):
    response = client.get(verify_url(code))
    assert response.status_code == 404
    assert (
        "Certificate not found" in response.content.decode() or "ไม่พบ" in response.content.decode()
    )


def test_lookups_are_rate_limited_per_address(client, certificate):
    for _ in range(VERIFY_LIMIT):
        client.get(verify_url("FORGEDCODE"))
    response = client.get(verify_url(certificate.code))
    assert response.status_code == 429
    assert certificate.name_th not in response.content.decode()
    other = client.get(verify_url(certificate.code), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 200


def test_only_the_owner_sees_a_certificate(sign_in, certificate):
    client = sign_in("supervisor")
    response = client.get(subpage_url(certificate.course, "certificate"))
    assert certificate.code not in response.content.decode()


def test_an_old_certificate_address_moves_under_its_course(client, course):
    response = client.get(f"/th/training/courses/{course.page.pk}/certificate/")
    assert response.status_code == 301
    assert response["Location"] == subpage_url(course.page, "certificate")
    assert client.get(f"/th/training/courses/{'9' * 30}/certificate/").status_code == 404
