"""The client address throttles count, with and without trusted proxies."""

import pytest
from django.test import RequestFactory, override_settings

from core.client import client_address


def request_from(remote, forwarded=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **headers)


def test_without_trusted_proxies_the_forwarded_header_is_ignored():
    assert client_address(request_from("192.0.2.1", "203.0.113.9")) == "192.0.2.1"


@override_settings(TRUSTED_PROXIES=1)
@pytest.mark.parametrize(
    ("forwarded", "client"),
    [
        ("198.51.100.4", "198.51.100.4"),  # nginx appended the client
        ("6.6.6.6, 198.51.100.4", "198.51.100.4"),  # a spoofed entry before it is ignored
        ("1.1.1.1, 2.2.2.2, 198.51.100.4", "198.51.100.4"),
        ("2001:db8::1", "2001:db8::1"),
        ("not-an-address", "10.0.0.2"),  # garbage: the proxy's own address
        (None, "10.0.0.2"),  # a request that bypassed the proxy
    ],
)
def test_one_trusted_proxy(forwarded, client):
    assert client_address(request_from("10.0.0.2", forwarded)) == client


@override_settings(TRUSTED_PROXIES=2)
def test_two_trusted_proxies_take_the_address_the_outer_one_saw():
    request = request_from("10.0.0.3", "6.6.6.6, 198.51.100.4, 10.0.0.2")
    assert client_address(request) == "198.51.100.4"


@override_settings(TRUSTED_PROXIES=2)
def test_fewer_entries_than_proxies_fall_back_to_the_connection():
    assert client_address(request_from("10.0.0.3", "198.51.100.4")) == "10.0.0.3"


def test_no_request_has_no_address():
    assert client_address(None) == ""
