"""The OpenAPI description stays true: real answers of every endpoint validate
against the schema it gives for them."""

import datetime

import pytest
from jsonschema import Draft202012Validator

from complaints import factories as complaint_factories
from opendata.tests.world import SECRET
from surveys.factories import SurveyFactory, respond

pytestmark = pytest.mark.django_db


@pytest.fixture
def description(world, client):
    response = client.get("/api/v2/openapi.json")
    assert response.status_code == 200
    return response.json()


def _validate(description, path, response):
    """Validate ``response`` against the schema the description gives for ``path``."""
    operation = description["paths"][path]["get"]
    documented = operation["responses"][str(response.status_code)]
    schema = {**documented["content"]["application/json"]["schema"]}
    schema["components"] = description["components"]
    Draft202012Validator.check_schema(schema)
    errors = list(Draft202012Validator(schema).iter_errors(response.json()))
    assert not errors, [error.message for error in errors]


def test_description_names_every_endpoint(description):
    assert description["openapi"] == "3.1.0"
    assert set(description["paths"]) == {
        f"/api/v2/{name}"
        for name in (
            "pages/", "pages/{id}/", "pages/find/", "images/", "images/{id}/", "images/find/",
            "documents/", "documents/{id}/", "documents/find/", "offices/",
            "statistics/complaints/monthly/", "statistics/satisfaction/monthly/",
        )
    }  # fmt: skip
    assert description["servers"] == [{"url": "http://testserver"}]


def test_real_answers_match_the_schema(world, client, description):
    office = world.directory.offices["PLK"].th
    complaint_factories.file(office=office)
    survey = SurveyFactory(offices=[office])
    respond(survey, office, {"overall": 5}, day=datetime.date(2027, 1, 4))
    checks = [
        ("/api/v2/pages/", "/api/v2/pages/", {"fields": "*"}),
        ("/api/v2/pages/", "/api/v2/pages/", {"type": "manuals.CitizenHandbookPage",
                                              "fields": "*", "locale": "en"}),
        ("/api/v2/pages/{id}/", f"/api/v2/pages/{world.handbook.pk}/", {}),
        ("/api/v2/pages/{id}/", f"/api/v2/pages/{world.handbook_en.pk}/", {}),
        ("/api/v2/pages/{id}/", f"/api/v2/pages/{world.site.home.pk}/", {}),
        ("/api/v2/pages/{id}/", "/api/v2/pages/999999/", {}),
        ("/api/v2/pages/", "/api/v2/pages/", {"limit": "100"}),
        ("/api/v2/documents/", "/api/v2/documents/", {"fields": "*"}),
        ("/api/v2/documents/{id}/", f"/api/v2/documents/{world.public_form.pk}/", {}),
        ("/api/v2/documents/{id}/", f"/api/v2/documents/{world.private_form.pk}/", {}),
        ("/api/v2/images/", "/api/v2/images/", {}),
        ("/api/v2/offices/", "/api/v2/offices/", {"locale": "en"}),
        ("/api/v2/statistics/complaints/monthly/", "/api/v2/statistics/complaints/monthly/", {}),
        ("/api/v2/statistics/satisfaction/monthly/",
         "/api/v2/statistics/satisfaction/monthly/", {"office": "PLK"}),
        ("/api/v2/statistics/satisfaction/monthly/",
         "/api/v2/statistics/satisfaction/monthly/", {"year": "1"}),
    ]  # fmt: skip
    statuses = set()
    for documented, path, params in checks:
        response = client.get(path, params)
        statuses.add(response.status_code)
        _validate(description, documented, response)
        assert SECRET not in response.content.decode()
    assert statuses == {200, 400, 404}
