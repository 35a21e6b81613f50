"""The editors' synonym groups, cached until one changes."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from search.models import SynonymGroup

CACHE_KEY = "search:synonym-groups"


def groups():
    """Every group's terms, read from the database once until a group changes."""
    found = cache.get(CACHE_KEY)
    if found is None:
        found = [tuple(group.term_list()) for group in SynonymGroup.objects.all()]
        cache.set(CACHE_KEY, found, None)
    return found


@receiver([post_save, post_delete], sender=SynonymGroup)
def _forget_groups(**kwargs):
    cache.delete(CACHE_KEY)
