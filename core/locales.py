"""The one definition of "the source page": the page a translation was made from.

wagtail-localize records where each translated object came from
(``TranslationSource``); a page it has no record of counts as written in the
default locale (``LANGUAGE_CODE``, Thai), where editors write every page first.
Records that belong to a page whatever the language (enrolments, topics,
memberships) point at its source page.
"""

from django.db.models import OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

from core import site_version


def default_locale():
    """The default locale, remembered until locales change."""
    return site_version.cached("default-locale", Locale.get_default)


def source_locale_id(page):
    """The id of the locale ``page``'s content was written in."""
    recorded = (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .values_list("locale_id", flat=True)
        .first()
    )
    return recorded or default_locale().pk


def source_page(page):
    """``page`` in its source locale (``page`` itself when it is the source or has
    no translation there)."""
    locale_id = source_locale_id(page)
    if page.locale_id == locale_id:
        return page
    return page.get_translation_or_none(locale_id) or page


def source_page_ids(translation_key):
    """A subquery of the source page's id for an ``OuterRef`` to a translation key:
    :func:`source_page` for a whole queryset at once."""
    recorded = TranslationSource.objects.filter(object_id=translation_key).values("locale_id")[:1]
    return Page.objects.filter(
        translation_key=translation_key,
        locale_id=Coalesce(Subquery(recorded), Value(default_locale().pk)),
    ).values("pk")[:1]


def in_default_locale():
    """``limit_choices_to`` for a foreign key to pages: records point at the page in
    the default locale, whatever the language they are shown in."""
    return Q(locale_id=default_locale().pk)


def titles_in_active_language(pages):
    """{id: title} for a page queryset, each title from the page's translation in
    the active language where there is one (one query)."""
    language = get_supported_content_language_variant(get_language())
    translated = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=language
    ).values("title")[:1]
    return dict(
        pages.annotate(active_title=Coalesce(Subquery(translated), "title")).values_list(
            "pk", "active_title"
        )
    )
