"""Counters in the database: counted atomically, reset by their window, never evicted."""

from datetime import timedelta
from unittest import mock

import pytest
from django.utils import timezone

from core import throttle
from core.models import Counter

pytestmark = [pytest.mark.django_db]


def test_attempts_are_counted_until_the_limit():
    results = [throttle.within_limit("t:a", 3, 60) for _ in range(5)]
    assert results == [True, True, True, False, False]
    assert throttle.count("t:a") == 5


def test_a_new_window_starts_after_the_old_one_ends():
    for _ in range(4):
        throttle.hit("t:b", 60)
    later = timezone.now() + timedelta(seconds=61)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert throttle.count("t:b") == 0
        assert throttle.hit("t:b", 60) == 1
        assert throttle.count("t:b") == 1


def test_first_time_is_true_once_per_window():
    assert throttle.first_time("t:c", 60)
    assert not throttle.first_time("t:c", 60)


def test_reset_and_purge():
    throttle.hit("t:d", 60)
    throttle.hit("t:e", 1)
    throttle.reset("t:d")
    assert throttle.count("t:d") == 0
    with mock.patch(
        "django.utils.timezone.now", return_value=timezone.now() + timedelta(seconds=2)
    ):
        assert throttle.purge() == 1
    assert not Counter.objects.filter(key="t:e").exists()


def test_keys_hash_personal_parts():
    name = throttle.key("lockout:account", "user:7", "192.0.2.1")
    assert name.startswith("lockout:account:") and "192.0.2.1" not in name
    assert len(name) <= Counter._meta.get_field("key").max_length
    assert throttle.key("lockout:account", "user:7", "192.0.2.2") != name
