"""Per-community Atom feeds, routes of the community page (``CommunityPage``): for a
signed-in staff session, or a personal token URL (``tokens``), to those who may see
the community (``communities.wagtail_hooks`` checks both, before serving)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from communities.links import topic_url
from communities.models.topics import Post

FEED_ITEMS = 30


class CommunityFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, page):
        return page

    def title(self, page):
        return _("%(community)s: latest posts") % {"community": page.title}

    def link(self, page):
        return page.url

    def subtitle(self, page):
        return _("New topics and replies in this community of practice.")

    def items(self, page):
        posts = Post.objects.filter(
            topic__community=page.source, hidden=False, topic__hidden=False
        ).select_related("topic", "author")
        posts = list(posts.order_by("-created_at", "-pk")[:FEED_ITEMS])
        for post in posts:
            post.url = topic_url(post.topic, page) + f"#post-{post.pk}"
        return posts

    def item_title(self, post):
        if post.is_opening:
            return post.topic.title
        return _("Re: %(title)s") % {"title": post.topic.title}

    def item_description(self, post):
        return post.body_html

    def item_link(self, post):
        return post.url

    def item_author_name(self, post):
        return post.author.get_full_name() or post.author.get_username()

    def item_pubdate(self, post):
        return post.created_at

    def item_updateddate(self, post):
        return post.edited_at or post.created_at


community_feed = CommunityFeed()
