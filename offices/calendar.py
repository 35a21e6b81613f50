"""The working calendar of an office: ``core.working_time`` less the closures
administrators add (region-wide, and the office's own in any language).

Closed dates are read in one query and kept under the site version, which every
change to a closure replaces (``offices.apps``): they are read again after a change
and at most once per process and office until then.
"""

from django.db.models import Q

from core import site_version
from core.working_time import WorkingCalendar
from offices.models import Closure

REGION = "region"


def closed_dates(office=None):
    """Dates of the region-wide closures and of ``office``'s (one query)."""
    applies = Q(office__isnull=True)
    if office is not None:
        applies |= Q(office__translation_key=office.translation_key)
    closures = Closure.objects.filter(applies).only("start_date", "end_date")
    return frozenset(day for closure in closures for day in closure.days())


def calendar_for(office=None):
    """The :class:`~core.working_time.WorkingCalendar` of ``office`` (an office page in
    any language), or of the whole region when ``office`` is None."""
    key = office.translation_key if office is not None else REGION
    dates = site_version.cached(f"offices:closed-dates:{key}", lambda: closed_dates(office))
    return WorkingCalendar(closed_dates=dates)
