"""wagtail-localize's screens as Thai readers expect them, where its English is
out of any catalogue's reach.

- Each segment's comment in the translation editor ("Translated manually on
  30 November 2026") carries a date formatted with ``strftime`` (English month,
  Gregorian year, UTC). ``StringTranslation.get_comment`` builds it for the
  editor's props and its save API alike; wrapped here, the date is the one
  ``core.dates`` gives (local day; Thai month and Buddhist Era year in Thai),
  and the tool it names, "PO File" when a PO file was uploaded, is named
  through gettext.
- Its ``Translation`` model keeps Django's default, untranslated names, which the
  translations report counts with ("94 translations"): the report gets a
  paginator that names them through gettext.
- The editor's header, hard-coded English in its JavaScript, is rewritten by
  ``static/js/localize-editor-thai.js`` (loaded by ``core.wagtail_hooks``).
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.paginator import WagtailPaginator
from wagtail_localize.compat import DATE_FORMAT
from wagtail_localize.models import StringTranslation
from wagtail_localize.views.report import TranslationsReportView

from core.dates import format_date

# The tools wagtail-localize records by English name (its PO file upload view).
TOOL_NAMES = {"PO File": _("PO file")}


class TranslationPaginator(WagtailPaginator):
    verbose_name = _("translation")
    verbose_name_plural = _("translations")


def install():
    """Called once from ``CoreConfig.ready``; docs/upgrading.md lists these reliances."""
    TranslationsReportView.paginator_class = TranslationPaginator
    upstream = StringTranslation.get_comment
    if getattr(upstream, "thai_dates", False):
        return

    def get_comment(self):
        comment = upstream(self)
        if comment and self.updated_at:
            comment = comment.replace(
                self.updated_at.strftime(DATE_FORMAT), format_date(self.updated_at)
            )
        if comment and self.tool_name in TOOL_NAMES:
            comment = comment.replace(self.tool_name, str(TOOL_NAMES[self.tool_name]))
        return comment

    get_comment.thai_dates = True
    get_comment.__doc__ = upstream.__doc__
    StringTranslation.get_comment = get_comment
