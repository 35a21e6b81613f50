from complaints.models.attachments import Attachment
from complaints.models.categories import Category
from complaints.models.complaints import Complaint, ReferenceCounter
from complaints.models.events import AppendOnly, Event, EventKind
from complaints.models.policies import SlaPolicy
from complaints.models.replies import ReplyTemplate

__all__ = [
    "AppendOnly",
    "Attachment",
    "Category",
    "Complaint",
    "Event",
    "EventKind",
    "ReferenceCounter",
    "ReplyTemplate",
    "SlaPolicy",
]
