from .audit import AuditEvent, ResultSnapshot
from .contest import Category, Contest, Criterion
from .entry import Entry
from .judging import Assignment, Conflict, CriterionScore, Round, ScoreSheet
from .pages import ContestIndexPage, ContestPage

__all__ = [
    "Assignment",
    "AuditEvent",
    "Category",
    "Conflict",
    "Contest",
    "ContestIndexPage",
    "ContestPage",
    "Criterion",
    "CriterionScore",
    "Entry",
    "ResultSnapshot",
    "Round",
    "ScoreSheet",
]
