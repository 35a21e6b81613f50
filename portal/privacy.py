"""Which pages a user may open, decided once per request for whole querysets."""

from django.db.models import Q
from wagtail.models import PageViewRestriction


def restricted_paths(user):
    """Tree paths of the page subtrees ``user`` may not view (memoized on ``user``,
    which lives for one request)."""
    if user.is_superuser:
        return []
    if not hasattr(user, "_restricted_paths"):
        user._restricted_paths = _denied_paths(user)
    return user._restricted_paths


def _denied_paths(user):
    user_group_ids = (
        set(user.groups.values_list("id", flat=True)) if user.is_authenticated else set()
    )
    paths = []
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    for restriction in restrictions:
        if restriction.restriction_type == PageViewRestriction.LOGIN:
            denied = not user.is_authenticated
        elif restriction.restriction_type == PageViewRestriction.GROUPS:
            denied = not user_group_ids & {group.id for group in restriction.groups.all()}
        else:  # password-protected pages never show in listings
            denied = True
        if denied:
            paths.append(restriction.page.path)
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
