"""What other apps tell the editors of a manual or handbook about its service, and
how a lesson learned may cite their records: a small registry, so manuals import
no other app (the complaints app registers its recent complaints and checks the
complaint references that lessons cite)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Insight:
    """A table for editors: a title, column headings and rows of text cells."""

    title: str
    headers: tuple
    rows: list


_sources = []
_citation_checks = []


def register_source(source):
    """``source(service_group)`` returns an :class:`Insight`, or None for nothing to show."""
    _sources.append(source)


def insights_for(service_group):
    return [insight for source in _sources if (insight := source(service_group)) is not None]


def register_citation_check(check):
    """``check(reference)`` raises ``ValidationError`` for a reference a lesson may not cite."""
    _citation_checks.append(check)


def check_citation(reference):
    for check in _citation_checks:
        check(reference)
