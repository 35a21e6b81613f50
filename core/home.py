"""Each person's home ("งานของฉัน") and the header's bell, built from what apps register.

An app lists what waits for a user in its ``home_panels`` module, loaded the first
time a home is built (as Django's admin finds ``admin`` modules), so core imports
no app and a new app adds its panels without editing anyone else's code:

- ``@panel(order)``: ``fn(request)`` returns a :class:`Panel` for the signed-in
  user, or None when the panel is not for them (wrong role);
- ``@task(order)``: ``fn(request)`` returns a :class:`Link` (or a list of them) to the
  site's top tasks (citizens' home page, and the home of a user with nothing
  waiting), or None;
- ``@bell``: ``fn(request)`` returns ``(unread count, URL of the list)`` or None.

Each function checks the user's permissions itself and shows only that user's items.
"""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import get_language

from core import site_version

ITEMS_PER_PANEL = 5


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    detail: str = ""
    when: object = None  # a datetime shown beside the item (lists are newest first)
    action: "Link | None" = None  # the item's own next step (e.g. ask in a community)


@dataclass
class Panel:
    """What waits for a user in one app: ``count`` of them in all (``items`` shows the
    first :data:`ITEMS_PER_PANEL`), a link to the full list, and an optional
    ``progress`` as (done, total)."""

    key: str
    title: str
    items: list = field(default_factory=list)
    count: int = 0
    more: Link | None = None
    empty: str = ""
    progress: tuple | None = None

    @property
    def percent(self):
        done, total = self.progress or (0, 0)
        return round(100 * done / total) if total else 0


def first_items(queryset):
    """The first :data:`ITEMS_PER_PANEL` rows of ``queryset`` and how many it holds in
    all (counted only when those rows fill the panel)."""
    items = list(queryset[:ITEMS_PER_PANEL])
    return items, len(items) if len(items) < ITEMS_PER_PANEL else queryset.count()


_panels, _tasks, _bells = [], [], []
_discovered = False


def panel(order):
    def decorator(fn):
        _panels.append((order, fn))
        _panels.sort(key=lambda pair: pair[0])
        return fn

    return decorator


def task(order):
    def decorator(fn):
        _tasks.append((order, fn))
        _tasks.sort(key=lambda pair: pair[0])
        return fn

    return decorator


def bell(fn):
    _bells.append(fn)
    return fn


def _discover():
    global _discovered
    if not _discovered:
        autodiscover_modules("home_panels")
        _discovered = True


def panels_for(request):
    """The panels of the signed-in user, in their registered order."""
    _discover()
    return [found for _order, fn in _panels if (found := fn(request)) is not None]


def top_tasks(request):
    """The same for every visitor of a site in a language, so they are kept until the
    site version changes, and at most a day (some open and close by date)."""
    _discover()

    def compute():
        links = []
        for _order, fn in _tasks:
            found = fn(request)
            links.extend(found if isinstance(found, list) else [found] if found else [])
        return links

    name = f"top-tasks:{request.get_host()}:{get_language()}:{timezone.localdate()}"
    return site_version.cached(name, compute)


def bell_for(request):
    """(unread count, URL) of the first bell that answers for the user, else None."""
    _discover()
    for fn in _bells:
        if (found := fn(request)) is not None:
            return found
    return None
