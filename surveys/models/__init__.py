from .aggregates import MonthlyAggregate, OfficeMonthAggregate
from .kiosks import Kiosk
from .question_sets import QuestionSet
from .responses import Answer, Response
from .surveys import Service, Survey
from .visitors import VisitorCount

__all__ = [
    "Answer",
    "Kiosk",
    "MonthlyAggregate",
    "OfficeMonthAggregate",
    "QuestionSet",
    "Response",
    "Service",
    "Survey",
    "VisitorCount",
]
