"""Who may read, post in and moderate communities; every view asks here.

Communities are for staff (``core.staff_member``, and superusers), and each community
only for those its page lets in: :func:`visible_community_ids` is the one answer to
"which communities may this user see", from the pages' live state and Wagtail page
privacy (view restrictions on the community page or any ancestor), and every topic,
post, attachment, feed, search hit, notification and form goes through it.
Facilitators of a community moderate it; the site Moderators group and superusers
facilitate everywhere. Answers are memoized on the user object, which lives one
request.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from communities.models.membership import Membership
from communities.models.topics import Topic
from core import access as core_access
from core import site_version
from core.privacy import restricted_paths

is_staff_member = core_access.is_staff_member

COMMUNITIES_ARE_FOR_STAFF = _(
    "Communities of practice are for Revenue Department staff accounts only."
)
# Community pages, by their content type: the page model serves its routes through
# the views, which ask this module, so this module names it rather than import it.
COMMUNITY_PAGES = Q(content_type__app_label="communities", content_type__model="communitypage")


def visible_community_ids(user):
    """Ids of the community pages (in every language) ``user`` may see: live pages
    whose view restrictions, and their ancestors', let the user in; none for anyone
    who is not staff. The live community pages and the restrictions are cached per
    site version, so this reads nothing from the database but the user's groups."""
    if not is_staff_member(user):
        return frozenset()
    if not hasattr(user, "_visible_communities"):
        denied = tuple(restricted_paths(user))
        user._visible_communities = frozenset(
            pk for pk, path in _live_communities() if not path.startswith(denied)
        )
    return user._visible_communities


def _live_communities():
    """(pk, path) of every live community page, cached per site version."""
    return site_version.cached(
        "live-communities",
        lambda: list(Page.objects.live().filter(COMMUNITY_PAGES).values_list("pk", "path")),
    )


def may_see_community(user, community_id):
    return community_id in visible_community_ids(user)


def visible_topics(user, topics=None):
    """``topics`` (all topics by default) narrowed to those ``user`` may open: in a
    community the user may see, and not hidden unless the user facilitates it."""
    topics = Topic.objects.all() if topics is None else topics
    topics = topics.filter(community_id__in=visible_community_ids(user))
    if is_site_moderator(user):  # hidden topics too
        return topics
    if hasattr(user, "_community_roles"):
        facilitated = facilitated_community_ids(user)
    else:  # asked inside the same query rather than read first
        facilitated = Membership.objects.filter(user=user, role=Membership.FACILITATOR)
        facilitated = facilitated.values("community_id")
    return topics.filter(Q(hidden=False) | Q(community_id__in=facilitated))


def is_site_moderator(user):
    return core_access.has_role(user, "moderate_communities")


def roles_by_community(user):
    """``{community_id: role}`` for the user's memberships, read once per request."""
    if not hasattr(user, "_community_roles"):
        user._community_roles = dict(
            Membership.objects.filter(user=user).values_list("community_id", "role")
        )
    return user._community_roles


def facilitated_community_ids(user):
    """Ids of the communities ``user`` moderates, or None for "all of them"."""
    if is_site_moderator(user):
        return None
    if not is_staff_member(user):
        return set()
    return {cid for cid, role in roles_by_community(user).items() if role == Membership.FACILITATOR}


def is_facilitator(user, community_id):
    ids = facilitated_community_ids(user)
    return ids is None or community_id in ids


def is_member(user, community_id):
    return community_id in roles_by_community(user)


def may_post(user, community):
    """Staff who may see the community may post, unless it restricts posting to its
    members."""
    if not may_see_community(user, community.pk):
        return False
    if community.members_only_posting:
        return is_member(user, community.pk) or is_facilitator(user, community.pk)
    return True


def may_see_topic(user, topic):
    return may_see_community(user, topic.community_id) and (
        not topic.hidden or is_facilitator(user, topic.community_id)
    )


def may_see_post(user, post):
    return may_see_topic(user, post.topic) and (
        not post.hidden
        or post.author_id == user.pk
        or is_facilitator(user, post.topic.community_id)
    )


def may_edit(user, post):
    return post.author_id == user.pk or is_facilitator(user, post.topic.community_id)


def may_accept(user, topic):
    return topic.author_id == user.pk or is_facilitator(user, topic.community_id)


def deny(request, reason=None, status=403):
    """Anonymous visitors go to the login page; signed-in outsiders get a 403 page
    that names nothing they may not see."""
    return core_access.deny(request, reason or COMMUNITIES_ARE_FOR_STAFF, status=status)


staff_required = core_access.required(is_staff_member, deny)
