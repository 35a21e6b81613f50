"""Per-community Atom feeds: for a signed-in staff session, or a personal token URL
(see ``tokens``), to those who may see the community."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from communities import access, tokens
from communities.models import Post
from communities.views.common import link_expired, localized, visible_community

FEED_ITEMS = 30


class CommunityFeed(Feed):
    feed_type = Atom1Feed

    def __call__(self, request, *args, **kwargs):
        token = kwargs.pop("token", None)
        if token is not None:
            # The token's user, while the link is fresh, not reset, and they are
            # still active staff; their access to the community is checked below.
            user = tokens.user_for(token, tokens.FEED_SALT)
            if user is None or not access.is_staff_member(user):
                return link_expired(request)
            request.user = user
        elif not access.is_staff_member(request.user):
            return access.deny(request)
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, community_id):
        return visible_community(request.user, community_id)

    def title(self, community):
        return _("%(community)s: latest posts") % {"community": localized(community).title}

    def link(self, community):
        return localized(community).home_url

    def subtitle(self, community):
        return _("New topics and replies in this community of practice.")

    def items(self, community):
        posts = Post.objects.filter(
            topic__community=community, hidden=False, topic__hidden=False
        ).select_related("topic", "author")
        return posts.order_by("-created_at", "-pk")[:FEED_ITEMS]

    def item_title(self, post):
        if post.is_opening:
            return post.topic.title
        return _("Re: %(title)s") % {"title": post.topic.title}

    def item_description(self, post):
        return post.body_html

    def item_link(self, post):
        return reverse("communities:topic", args=[post.topic_id]) + f"#post-{post.pk}"

    def item_author_name(self, post):
        return post.author.get_full_name() or post.author.get_username()

    def item_pubdate(self, post):
        return post.created_at

    def item_updateddate(self, post):
        return post.edited_at or post.created_at


community_feed = CommunityFeed()
