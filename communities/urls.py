from django.urls import path

from communities.views import community, feeds, files, moderation, social, topics

app_name = "communities"

urlpatterns = [
    path("topics/<int:topic_id>/", topics.topic_view, name="topic"),
    path("topics/<int:topic_id>/reply/", topics.reply, name="reply"),
    path("topics/<int:topic_id>/follow/", social.follow_topic, name="follow_topic"),
    path("topics/<int:topic_id>/moderate/", moderation.moderate_topic, name="moderate_topic"),
    path("topics/<int:topic_id>/capture/", moderation.capture_view, name="capture"),
    path("posts/<int:post_id>/edit/", topics.edit_post, name="edit_post"),
    path("posts/<int:post_id>/history/", topics.post_history, name="post_history"),
    path("posts/<int:post_id>/accept/", topics.accept, name="accept"),
    path("posts/<int:post_id>/report/", moderation.report, name="report"),
    path("posts/<int:post_id>/moderate/", moderation.moderate_post, name="moderate_post"),
    path("reports/<int:report_id>/resolve/", moderation.resolve, name="resolve_report"),
    path("moderation/", moderation.queue, name="moderation"),
    path("c/<int:page_id>/", community.community_home, name="community"),
    path("c/<int:community_id>/new/", topics.new_topic, name="new_topic"),
    path("c/<int:community_id>/membership/", social.membership, name="membership"),
    path("c/<int:community_id>/follow/", social.follow_community, name="follow_community"),
    path("c/<int:community_id>/feed/", feeds.community_feed, name="feed"),
    path("c/<int:community_id>/feed/<str:token>/", feeds.community_feed, name="feed_token"),
    path("attachments/<int:attachment_id>/", files.attachment, name="attachment"),
    path("notifications/", social.notifications, name="notifications"),
    path("notifications/read/", social.mark_read, name="mark_read"),
    path("notifications/email/", social.email_preference, name="email_preference"),
    path("unsubscribe/<str:token>/", social.unsubscribe, name="unsubscribe"),
]
