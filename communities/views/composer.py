"""The post composer's helpers: a preview rendered by the one sanitising renderer, and
suggestions for @mentions found by a colleague's Thai or English name.

Both are for staff, answer JSON and are throttled per account; the composer works
without them (the form posts Markdown and mentions are typed as ``@username``).
"""

from django.db.models import Q
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from communities import access, markup
from communities.models.topics import BODY_MAX_LENGTH
from core import throttle
from core.access import users_with_role
from core.text import one_line

PREVIEWS_PER_MINUTE = 60
LOOKUPS_PER_MINUTE = 60
SUGGESTIONS = 8
QUERY_MAX_LENGTH = 50


def _too_many():
    return JsonResponse({"error": _("Too many requests: wait a minute and try again.")}, status=429)


def _within_limit(request, name, limit):
    return throttle.within_limit(throttle.key(name, request.user.pk), limit, 60)


@require_POST
@access.staff_required
def preview(request):
    """{"html": the post as it will show} for the Markdown in ``body``."""
    if not _within_limit(request, "cop-preview", PREVIEWS_PER_MINUTE):
        return _too_many()
    body = request.POST.get("body", "")
    if len(body) > BODY_MAX_LENGTH:
        message = _("This message is too long: it can have at most %(limit)d characters.") % {
            "limit": BODY_MAX_LENGTH
        }
        return JsonResponse({"error": message}, status=400)
    return JsonResponse({"html": markup.render(body)})


@require_GET
@access.staff_required
def mentions(request):
    """[{"username", "name"}]: staff whose name or user name contains ``q``."""
    if not _within_limit(request, "cop-mentions", LOOKUPS_PER_MINUTE):
        return _too_many()
    query = one_line(request.GET.get("q", ""))[:QUERY_MAX_LENGTH].lstrip("@")
    if not query:
        return JsonResponse({"results": []})
    words = query.split()
    match = Q()
    for word in words:
        match &= (
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(username__istartswith=word)
            | Q(staff_profile__name_en__icontains=word)
        )
    people = (
        users_with_role("staff_member")
        .filter(match, is_active=True)
        .order_by("first_name", "last_name", "username")
        .values("username", "first_name", "last_name")[:SUGGESTIONS]
    )
    return JsonResponse(
        {
            "results": [
                {
                    "username": person["username"],
                    "name": one_line(f"{person['first_name']} {person['last_name']}")
                    or person["username"],
                }
                for person in people
            ]
        }
    )
