"""When the database fails, users get a clear 503 page and the site recovers
(failing disks on upload: tests/test_faults.py)."""

import pytest
from django.db import OperationalError, connection
from django.utils import translation

pytestmark = [pytest.mark.django_db]


@pytest.fixture(scope="module", autouse=True)
def world(module_site):
    return module_site


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
