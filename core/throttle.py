"""Counting a client's attempts in the cache: rate limits and double-submit guards."""

from django.core.cache import cache


def within_limit(key, limit, window):
    """Count one attempt under ``key``; False once there were more than ``limit``
    within ``window`` seconds of the first."""
    cache.add(key, 0, window)
    try:
        return cache.incr(key) <= limit
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, window)
        return True


def first_time(key, window):
    """True the first time ``key`` is seen within ``window`` seconds."""
    return cache.add(key, 1, window)
