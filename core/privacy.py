"""Which pages a user may open, decided once per request for whole querysets.

A live page under an unpublished one is not public either: Wagtail would still
serve and list it (it checks only the page itself), so the subtree of every
unpublished page that has children counts as closed to everyone, in listings,
search and serving alike (``core.wagtail_hooks``)."""

from django.db.models import Q, prefetch_related_objects
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


def prefetch_groups(user):
    """Read ``user``'s groups once for the request when a page is restricted to
    groups: Wagtail's check of a page's restriction (``user.groups.all()``) and
    :func:`restricted_paths` then share the one query."""
    if user.is_authenticated and not user.is_superuser and _any_group_rule(_rules()):
        prefetch_related_objects([user], "groups")


def _any_group_rule(rules):
    return any(rule[1] == PageViewRestriction.GROUPS for rule in rules)


def _rules():
    """(path, kind, group ids, id) of every view restriction, cached per site version."""

    def compute():
        restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        return [
            (r.page.path, r.restriction_type, frozenset(g.id for g in r.groups.all()), r.pk)
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


class RestrictionsFromRules:
    """Page mixin: answers Wagtail's ``get_view_restrictions`` (asked on every page
    served, in the admin, and when copying or aliasing) from the cached rules: the
    restrictions on the page and its ancestors, in one query, and none without a
    query when there are none. Where the page or an ancestor is an alias (Wagtail
    then checks the alias's source instead), it asks Wagtail."""

    def get_view_restrictions(self):
        if any(self.path.startswith(path) for path in alias_paths()):
            return super().get_view_restrictions()
        ids = [rule[3] for rule in _rules() if self.path.startswith(rule[0])]
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)


def under_unpublished(page):
    """True when an ancestor of ``page`` is unpublished."""
    return any(page.path.startswith(path) and page.path != path for path in unpublished_paths())


def _denied_paths(user):
    rules = _rules()
    needs_groups = user.is_authenticated and _any_group_rule(rules)
    user_group_ids = {group.pk for group in user.groups.all()} if needs_groups else set()
    paths = list(unpublished_paths())
    for path, kind, group_ids, _id in rules:
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
