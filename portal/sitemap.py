"""sitemap.xml across every language tree of the site."""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.privacy import viewable_by


class LocalizedSitemap(Sitemap):
    """Wagtail's sitemap lists one tree; ours lists the home page's translations too."""

    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for home in homes:
            in_any_tree |= Q(path__startswith=home.path)
        # What an anonymous reader may open: public, and not under an unpublished page.
        pages = viewable_by(Page.objects.filter(in_any_tree).live(), AnonymousUser())
        return pages.order_by("path").defer_streamfields().specific()
