from communities.models.attachments import Attachment
from communities.models.membership import Follow, LastVisit, Membership
from communities.models.moderation import ModerationAction, Report
from communities.models.notifications import EmailPreference, LinkVersion, Notification
from communities.models.pages import CommunityIndexPage, CommunityPage, KnowledgeArticlePage
from communities.models.topics import Post, PostRevision, TaggedTopic, Topic

__all__ = [
    "Attachment",
    "CommunityIndexPage",
    "CommunityPage",
    "EmailPreference",
    "Follow",
    "KnowledgeArticlePage",
    "LastVisit",
    "LinkVersion",
    "Membership",
    "ModerationAction",
    "Notification",
    "Post",
    "PostRevision",
    "Report",
    "TaggedTopic",
    "Topic",
]
