"""Images and documents the public may open: those outside every collection with a
view restriction (and its sub-collections), whoever asks; a visitor who unlocked
a password-protected collection in the browser still does not see it here."""

from django.db.models import Q
from wagtail.models import Collection, CollectionViewRestriction


def public_collection_ids():
    """Ids of the collections without a view restriction on them or an ancestor."""
    restricted = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    closed = Q()
    for path in restricted:
        closed |= Q(path__startswith=path)
    collections = Collection.objects.all()
    if closed:
        collections = collections.exclude(closed)
    return set(collections.values_list("pk", flat=True))
