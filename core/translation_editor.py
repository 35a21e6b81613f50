"""wagtail-localize's translation editor as Thai readers expect it.

Each segment's comment ("Translated manually on 30 November 2026") carries a
date wagtail-localize formats with ``strftime`` (English month, Gregorian year,
UTC), out of any catalogue's reach. ``StringTranslation.get_comment`` builds that
comment for the editor's props and for its save API alike; wrapped here, the
date becomes the one ``core.dates`` gives (local date, Thai month and Buddhist
Era year in Thai). The editor's header, hard-coded English in its JavaScript, is
rewritten by ``static/js/localize-editor-thai.js`` (``core.wagtail_hooks``).
"""

from wagtail_localize.compat import DATE_FORMAT
from wagtail_localize.models import StringTranslation

from core.dates import format_date


def install_thai_segment_dates():
    """Make ``StringTranslation.get_comment`` date its comment with ``core.dates``.
    Called once from ``CoreConfig.ready``; docs/upgrading.md lists this reliance."""
    upstream = StringTranslation.get_comment
    if getattr(upstream, "thai_dates", False):
        return

    def get_comment(self):
        comment = upstream(self)
        if comment and self.updated_at:
            comment = comment.replace(
                self.updated_at.strftime(DATE_FORMAT), format_date(self.updated_at)
            )
        return comment

    get_comment.thai_dates = True
    get_comment.__doc__ = upstream.__doc__
    StringTranslation.get_comment = get_comment
