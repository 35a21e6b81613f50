from .feedback import PageFeedback
from .handbooks import CitizenHandbookPage, HandbookIndexPage
from .manuals import ManualIndexPage, ServiceManualPage
from .reviews import ReviewReminder

__all__ = [
    "CitizenHandbookPage",
    "HandbookIndexPage",
    "ManualIndexPage",
    "PageFeedback",
    "ReviewReminder",
    "ServiceManualPage",
]
