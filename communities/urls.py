from django.urls import path, register_converter

from communities.views import community, feeds, files, moderation, social, topics


class ObjectIdConverter:
    """A database id in a URL: at most 18 digits, so an id too large for the
    database is a 404 (no such object) rather than an overflow."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(ObjectIdConverter, "object_id")

app_name = "communities"

urlpatterns = [
    path("topics/<object_id:topic_id>/", topics.topic_view, name="topic"),
    path("topics/<object_id:topic_id>/reply/", topics.reply, name="reply"),
    path("topics/<object_id:topic_id>/follow/", social.follow_topic, name="follow_topic"),
    path("topics/<object_id:topic_id>/moderate/", moderation.moderate_topic, name="moderate_topic"),
    path("topics/<object_id:topic_id>/capture/", moderation.capture_view, name="capture"),
    path("posts/<object_id:post_id>/edit/", topics.edit_post, name="edit_post"),
    path("posts/<object_id:post_id>/history/", topics.post_history, name="post_history"),
    path("posts/<object_id:post_id>/accept/", topics.accept, name="accept"),
    path("posts/<object_id:post_id>/report/", moderation.report, name="report"),
    path("posts/<object_id:post_id>/moderate/", moderation.moderate_post, name="moderate_post"),
    path("reports/<object_id:report_id>/resolve/", moderation.resolve, name="resolve_report"),
    path("moderation/", moderation.queue, name="moderation"),
    path("c/<object_id:page_id>/", community.community_home, name="community"),
    path("c/<object_id:community_id>/new/", topics.new_topic, name="new_topic"),
    path("c/<object_id:community_id>/membership/", social.membership, name="membership"),
    path("c/<object_id:community_id>/follow/", social.follow_community, name="follow_community"),
    path("c/<object_id:community_id>/feed/", feeds.community_feed, name="feed"),
    path("c/<object_id:community_id>/feed/<str:token>/", feeds.community_feed, name="feed_token"),
    path("attachments/<object_id:attachment_id>/", files.attachment, name="attachment"),
    path("notifications/", social.notifications, name="notifications"),
    path("notifications/read/", social.mark_read, name="mark_read"),
    path("notifications/email/", social.email_preference, name="email_preference"),
    path("links/reset/", social.reset_links, name="reset_links"),
    path("unsubscribe/<str:token>/", social.unsubscribe, name="unsubscribe"),
]
