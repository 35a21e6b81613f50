from django.urls import path, register_converter

from communities.views import composer, files, moderation, moved, social, topics


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
    path("posts/<object_id:post_id>/edit/", topics.edit_post, name="edit_post"),
    path("posts/<object_id:post_id>/history/", topics.post_history, name="post_history"),
    path("posts/<object_id:post_id>/accept/", topics.accept, name="accept"),
    path("posts/<object_id:post_id>/report/", moderation.report, name="report"),
    path("posts/<object_id:post_id>/moderate/", moderation.moderate_post, name="moderate_post"),
    path("reports/<object_id:report_id>/resolve/", moderation.resolve, name="resolve_report"),
    path("moderation/", moderation.queue, name="moderation"),
    path("attachments/<object_id:attachment_id>/", files.attachment, name="attachment"),
    path("compose/preview/", composer.preview, name="preview"),
    path("compose/mentions/", composer.mentions, name="mentions"),
    path("notifications/", social.notifications, name="notifications"),
    path("notifications/read/", social.mark_read, name="mark_read"),
    path("notifications/email/", social.email_preference, name="email_preference"),
    path("links/reset/", social.reset_links, name="reset_links"),
    path("unsubscribe/<str:token>/", social.unsubscribe, name="unsubscribe"),
    # Addresses from before the community pages served their topics (in sent mail).
    path("c/<object_id:page_id>/", moved.community, name="moved_community"),
    path("c/<object_id:page_id>/<path:rest>", moved.community, name="moved_community_route"),
    path("topics/<object_id:topic_id>/", moved.topic, name="moved_topic"),
    path("topics/<object_id:topic_id>/<path:rest>", moved.topic, name="moved_topic_route"),
]
