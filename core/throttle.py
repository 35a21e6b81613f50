"""Counting a client's attempts: rate limits, lockouts and double-submit guards.

Counters live in a database table (:class:`core.models.Counter`), not the cache:
a cache culls keys when full, so a flood of throwaway keys could reset a lockout.
One upsert counts an attempt atomically on SQLite and PostgreSQL alike. We keep
this small helper rather than django-ratelimit (cache-backed, so evictable) plus
django-axes (sign-in only), which would give two mechanisms with two stores.
"""

import hashlib
from datetime import timedelta

from django.db import connection
from django.utils import timezone

from core.models import Counter

_HIT = """
    INSERT INTO {table} ({key}, {count}, {expires}) VALUES (%s, 1, %s)
    ON CONFLICT ({key}) DO UPDATE SET
        {count} = CASE WHEN {table}.{expires} > %s THEN {table}.{count} + 1 ELSE 1 END,
        {expires} = CASE WHEN {table}.{expires} > %s THEN {table}.{expires}
                         ELSE excluded.{expires} END
    RETURNING {count}
"""


def key(*parts):
    """A counter key from ``parts``; long or personal parts (names, addresses) are hashed."""
    head, *rest = (str(part) for part in parts)
    if not rest:
        return head
    return f"{head}:{hashlib.sha256(chr(31).join(rest).encode()).hexdigest()[:40]}"


def hit(name, window, at=None):
    """Count one attempt under ``name`` made ``at`` (a datetime; now if None); the
    attempts so far in the ``window`` (seconds) that began with the first of them."""
    now = at or timezone.now()
    adapt = connection.ops.adapt_datetimefield_value
    params = [name, adapt(now + timedelta(seconds=window)), adapt(now), adapt(now)]
    quote = connection.ops.quote_name
    sql = _HIT.format(
        table=quote(Counter._meta.db_table),
        key=quote("key"),
        count=quote("count"),
        expires=quote("expires_at"),
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def count(name):
    """The attempts counted under ``name`` in its current window."""
    row = Counter.objects.filter(key=name, expires_at__gt=timezone.now()).first()
    return row.count if row else 0


def reset(*names):
    Counter.objects.filter(key__in=names).delete()


def within_limit(name, limit, window):
    """Count one attempt; False once there were more than ``limit`` in the window."""
    return hit(name, window) <= limit


def first_time(name, window, at=None):
    """True the first time ``name`` is seen within ``window`` seconds (of ``at``,
    when the attempt was made, if not now)."""
    return hit(name, window, at) == 1


def purge():
    """Delete counters whose window has ended; returns how many."""
    deleted, _ = Counter.objects.filter(expires_at__lte=timezone.now()).delete()
    return deleted
