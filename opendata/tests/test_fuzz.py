"""Fuzzing the API from its own OpenAPI description (schemathesis): for every
operation a bounded number of generated requests, valid and invalid; none may be
a server error, every status and body must be the documented ones, and no answer
may contain the marker the private pages, documents and collections carry."""

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory
from hypothesis import HealthCheck, settings
from schemathesis import openapi
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from opendata import schema as description
from opendata.tests.world import SECRET

EXAMPLES_PER_OPERATION = 10
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

api_schema = openapi.from_dict(description.describe(RequestFactory().get("/")))
app = WSGIHandler()


@pytest.fixture
def unthrottled(settings):
    settings.THROTTLES = {**settings.THROTTLES, "open_api": (10**9, 60)}


@pytest.fixture
def kept_connection():
    """The test's transaction outlives each request: as Django's test client does, the
    requests do not close the database connection (on PostgreSQL a request would
    otherwise close it, since it is inside the test's transaction)."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@api_schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@pytest.mark.django_db
def test_api(case, world, unthrottled, kept_connection):
    response = case.call(app=app)
    case.validate_response(response, checks=CHECKS)
    assert SECRET not in response.text
