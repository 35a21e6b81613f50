"""Which pages a user may open, decided once per request for whole querysets.

A live page under an unpublished one is not public either: Wagtail would still
serve and list it (it checks only the page itself), so the subtree of every
unpublished page that has children counts as closed to everyone, in listings,
search and serving alike (``core.wagtail_hooks``)."""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from core import site_version


def restricted_paths(user):
    """Tree paths of the page subtrees ``user`` may not view (memoized on ``user``,
    which lives for one request)."""
    if user.is_superuser:
        return unpublished_paths()
    if not hasattr(user, "_restricted_paths"):
        user._restricted_paths = _denied_paths(user)
    return user._restricted_paths


def _rules():
    """(path, kind, group ids) of every view restriction, cached per site version."""

    def compute():
        restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        return [
            (r.page.path, r.restriction_type, frozenset(g.id for g in r.groups.all()))
            for r in restrictions
        ]

    return site_version.cached("view-rules", compute)


def unpublished_paths():
    """Tree paths of the unpublished pages with children, cached per site version."""
    return site_version.cached(
        "unpublished-parents",
        lambda: list(
            Page.objects.filter(live=False, numchild__gt=0).values_list("path", flat=True)
        ),
    )


def alias_paths():
    """Tree paths of the alias pages, cached per site version."""
    return site_version.cached(
        "alias-pages",
        lambda: list(Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)),
    )


def may_be_restricted(page):
    """False when no view restriction sits on ``page`` or an ancestor, and none of them
    is an alias (whose source's restrictions Wagtail checks instead): then Wagtail's
    ``get_view_restrictions`` would find none."""
    return any(
        page.path.startswith(path) for path in [*(rule[0] for rule in _rules()), *alias_paths()]
    )


class RestrictionsFromRules:
    """Page mixin: answers Wagtail's ``get_view_restrictions`` (asked on every page
    served, in the admin, and when copying or aliasing) without its two queries when
    the cached rules show that none can apply; otherwise asks Wagtail."""

    def get_view_restrictions(self):
        if may_be_restricted(self):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()


def under_unpublished(page):
    """True when an ancestor of ``page`` is unpublished."""
    return any(page.path.startswith(path) and page.path != path for path in unpublished_paths())


def _denied_paths(user):
    rules = _rules()
    needs_groups = user.is_authenticated and any(
        kind == PageViewRestriction.GROUPS for _, kind, _ in rules
    )
    user_group_ids = set(user.groups.values_list("id", flat=True)) if needs_groups else set()
    paths = list(unpublished_paths())
    for path, kind, group_ids in rules:
        if kind == PageViewRestriction.LOGIN:
            denied = not user.is_authenticated
        elif kind == PageViewRestriction.GROUPS:
            denied = not user_group_ids & group_ids
        else:  # password-protected pages never show in listings
            denied = True
        if denied:
            paths.append(path)
    return paths


def viewable_by(pages, user):
    """Filter a page queryset down to what ``user`` may open."""
    paths = restricted_paths(user)
    if not paths:
        return pages
    excluded = Q()
    for path in paths:
        excluded |= Q(path__startswith=path)
    return pages.exclude(excluded)


def can_view(page, user):
    """True when no view restriction on ``page`` or its ancestors denies ``user``."""
    return not any(page.path.startswith(path) for path in restricted_paths(user))
