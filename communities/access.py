"""Who may read, post in and moderate communities; every view asks here.

Communities are for staff (the Staff group, and superusers). Facilitators of a
community moderate it; the site Moderators group and superusers facilitate
everywhere. Answers are memoized on the user object, which lives one request.
"""

from communities.models.membership import Membership
from communities.models.pages import COMMUNITIES_ARE_FOR_STAFF
from core import access as core_access
from portal.roles import MODERATORS

is_staff_member = core_access.is_staff_member


def is_site_moderator(user):
    return user.is_authenticated and (user.is_superuser or core_access.in_group(user, MODERATORS))


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
    """Staff may post unless the community restricts posting to its members."""
    if not is_staff_member(user):
        return False
    if community.members_only_posting:
        return is_member(user, community.pk) or is_facilitator(user, community.pk)
    return True


def may_see_topic(user, topic):
    return is_staff_member(user) and (not topic.hidden or is_facilitator(user, topic.community_id))


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
