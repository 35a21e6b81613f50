from complaints.models.attachments import Attachment
from complaints.models.categories import Category
from complaints.models.channels import ChannelToken
from complaints.models.complaints import Complaint, ReferenceCounter
from complaints.models.events import AppendOnly, Event, EventKind
from complaints.models.figures import MonthlyFigure
from complaints.models.notices import EscalationNotice, NoticeKind
from complaints.models.policies import SlaPolicy
from complaints.models.replies import ReplyTemplate

__all__ = [
    "AppendOnly",
    "Attachment",
    "Category",
    "ChannelToken",
    "Complaint",
    "EscalationNotice",
    "Event",
    "EventKind",
    "MonthlyFigure",
    "NoticeKind",
    "ReferenceCounter",
    "ReplyTemplate",
    "SlaPolicy",
]
