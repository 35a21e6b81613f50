"""Security events reach the logs as JSON lines with their fields."""

import json
import logging

from django.conf import settings
from django.test import RequestFactory
from django.utils.module_loading import import_string

from core.events import security_event


def test_security_events_are_json_lines_with_who_and_where(caplog):
    request = RequestFactory().get("/th/contests/judging/", REMOTE_ADDR="192.0.2.5")
    with caplog.at_level(logging.INFO, logger="kmsite.security"):
        security_event("access.denied", request, reason="not a judge")
    formatter_settings = dict(settings.LOGGING["formatters"]["json"])
    formatter = import_string(formatter_settings.pop("()"))(**formatter_settings)
    line = json.loads(formatter.format(caplog.records[-1]))
    assert line["logger"] == "kmsite.security"
    assert line["level"] == "WARNING"
    assert line["event"] == "access.denied"
    assert line["client"] == "192.0.2.5"
    assert line["path"] == "/th/contests/judging/"
    assert line["reason"] == "not a judge"


def test_refused_access_is_a_security_event(sign_in, caplog):
    with caplog.at_level(logging.INFO, logger="kmsite.security"):
        response = sign_in("citizen").get("/th/contests/judging/")
    assert response.status_code == 403
    denied = [record for record in caplog.records if record.name == "kmsite.security"]
    assert [(record.event, record.path) for record in denied] == [
        ("access.denied", "/th/contests/judging/")
    ]
    assert denied[0].user is not None
