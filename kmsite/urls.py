from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import page_choosers, routing
from portal import my_home
from portal import views as portal_views
from portal.sitemap import LocalizedSitemap

urlpatterns = [
    # Ahead of Wagtail's admin: its page chooser views that show pages by id, guarded.
    path("admin/", include(page_choosers.urlpatterns)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap_view, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
    path("robots.txt", portal_views.robots_txt, name="robots_txt"),
    path("api/tax-compass/", include("taxcompass.api_urls")),
    path("api/complaints/", include("complaints.api_urls")),
    # Open data, read-only (Wagtail API v2 and our endpoints; see opendata/urls.py).
    path("api/v2/", include("opendata.urls")),
]

if settings.DEBUG:
    # Only images are public media. Documents go through Wagtail's serve view
    # (which checks collection privacy) and private files through their apps.
    from django.views.static import serve

    urlpatterns.append(
        re_path(
            r"^media/(?P<path>(?:original_images|images)/.+)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("my/", my_home.my_home, name="my_home"),
    path("search/", include("search.urls")),
    path("communities/", include("communities.urls")),
    path("contests/", include("contests.urls")),
    path("complaints/", include("complaints.urls")),
    path("tax-estimates/", include("taxcompass.urls")),
    path("surveys/", include("surveys.urls")),
    # Wagtail's URLs, with our serve view in place of its own (same name; its pattern
    # also takes route arguments, see core.routing).
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"],
    re_path(routing.SERVE_PATTERN, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)

handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
handler400 = "portal.views.bad_request"
