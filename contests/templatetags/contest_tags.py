"""Scores as the judge typed them: 9, 8.5, never 9.00."""

from django import template

from contests.scoring import as_typed

register = template.Library()
register.filter("as_typed", as_typed)
