"""The organisation's name and contacts on every page, read once per site version."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from portal.models import OrganisationSettings

pytestmark = pytest.mark.django_db


def test_every_page_shows_the_settings_and_an_edit_shows_at_once(site, client):
    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name_th = "สำนักงานสรรพากรภาค 7"
    settings.phone = "055 123 456"
    settings.save()
    page = client.get("/th/").content.decode()
    assert "สำนักงานสรรพากรภาค 7" in page and "055 123 456" in page

    settings.phone = "055 999 000"
    settings.save()
    page = client.get("/th/").content.decode()
    assert "055 999 000" in page and "055 123 456" not in page


def test_once_read_the_settings_cost_no_query(site, client):
    client.get("/th/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/").status_code == 200
    assert not [q for q in queries.captured_queries if "portal_organisationsettings" in q["sql"]]
