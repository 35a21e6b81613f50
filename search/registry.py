"""What each app contributes to the search page.

An app registers its page types from its ``AppConfig.ready()``::

    from search.registry import register_page_type
    register_page_type(ManualPage, _("Service manuals"))

The search page searches registered types only and offers each as a filter.
"""

from dataclasses import dataclass

from django.utils.functional import Promise


@dataclass(frozen=True)
class SearchableType:
    key: str
    model: type
    label: str | Promise


_types: dict[str, SearchableType] = {}


def register_page_type(model, label):
    key = model._meta.label_lower.replace(".", "-")
    _types[key] = SearchableType(key=key, model=model, label=label)


def searchable_types():
    """Registered types in registration order, keyed by their URL value."""
    return dict(_types)


def label_for(model):
    for searchable in _types.values():
        if issubclass(model, searchable.model):
            return searchable.label
    return model._meta.verbose_name
