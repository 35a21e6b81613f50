"""What each app contributes to the search page.

An app registers its page types from its ``AppConfig.ready()``::

    from search.registry import register_page_type
    register_page_type(ManualPage, _("Service manuals"))

The search page searches registered types only and offers each as a filter.

Apps with non-page models register them with the querysets a user may search
(in rank order: earlier tiers list first) and a function that turns one page of
hits into result rows::

    register_model(Topic, _("Discussions"), querysets_for_user, describe)
"""

from collections.abc import Callable
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


@dataclass(frozen=True)
class SearchableModel:
    """A non-page model on the search page.

    ``querysets(user)`` returns the querysets ``user`` may search, best-ranked tier
    first (an empty list when the user may see none); ``describe(objects, terms,
    request)`` returns result rows like the page results' (title, url, type,
    section, language, language_code, date, snippet) in a constant number of queries.
    """

    key: str
    model: type
    label: str | Promise
    querysets: Callable
    describe: Callable


_models: dict[str, SearchableModel] = {}


def register_model(model, label, querysets, describe):
    key = model._meta.label_lower.replace(".", "-")
    _models[key] = SearchableModel(
        key=key, model=model, label=label, querysets=querysets, describe=describe
    )


def searchable_models():
    """Registered non-page models in registration order, keyed by their URL value."""
    return dict(_models)
