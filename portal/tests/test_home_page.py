"""The citizens' home page: top tasks (the most used handbooks, the tax compass, the
complaint form, search) and the agency's identity, with no push to register."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from manuals.factories import CitizenHandbookPageFactory, HandbookIndexPageFactory
from manuals.models.feedback import PageFeedback
from portal.models import OrganisationSettings
from taxcompass.factories import TaxCompassPageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_home_page_offers_the_top_tasks(site, sign_in):
    index = HandbookIndexPageFactory(parent=site.home)
    quiet = CitizenHandbookPageFactory(parent=index, title="คู่มือที่ไม่ค่อยมีคนอ่าน")
    used = CitizenHandbookPageFactory(parent=index, title="การขอมีเลขประจำตัวผู้เสียภาษี")
    for _ in range(3):
        PageFeedback.objects.create(page=used, locale=used.locale, helpful=True)
    PageFeedback.objects.create(page=quiet, locale=quiet.locale, helpful=True)
    compass = TaxCompassPageFactory(parent=site.home)
    page = soup(sign_in().get("/th/"))
    links = [a["href"] for a in page.select(".top-tasks a")]
    assert links[0] == used.url  # the most used handbook first
    assert quiet.url in links
    assert index.url in links
    assert compass.url in links
    assert reverse("complaints:new") in links
    assert reverse("search:search") in links
    assert page.select_one(f'header a[href="{reverse("account_signup")}"]') is None


def test_the_identity_shows_a_placeholder_until_an_emblem_is_chosen(site, sign_in):
    assert soup(sign_in().get("/th/")).select_one(".identity__emblem--placeholder")
    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name_th = "สำนักงานสรรพากรภาค 7"
    settings.emblem = Image.objects.create(title="ตรา", file=get_test_image_file())
    settings.save()
    page = soup(sign_in().get("/th/"))
    assert page.select_one(".identity__emblem--placeholder") is None
    assert page.select_one("img.identity__emblem")
    assert page.select_one(".identity__name").get_text(strip=True) == "สำนักงานสรรพากรภาค 7"
