"""``/api/v2/``: Wagtail's pages, images and documents endpoints (narrowed in
``opendata.viewsets``), the offices and statistics endpoints, the OpenAPI
description and its page. Every JSON endpoint goes through ``open_endpoint``."""

from django.urls import path, re_path
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.utils.urlpatterns import decorate_urlpatterns

from opendata import views
from opendata.http import open_endpoint
from opendata.viewsets import PublicDocumentsViewSet, PublicImagesViewSet, PublicPagesViewSet

app_name = "opendata"

router = WagtailAPIRouter("opendata")
router.register_endpoint("pages", PublicPagesViewSet)
router.register_endpoint("images", PublicImagesViewSet)
router.register_endpoint("documents", PublicDocumentsViewSet)

urlpatterns = decorate_urlpatterns(
    [
        *router.get_urlpatterns(),
        path("offices/", views.offices, name="offices"),
        path(
            "statistics/complaints/monthly/",
            views.complaints_monthly,
            name="complaints_monthly",
        ),
        path(
            "statistics/satisfaction/monthly/",
            views.satisfaction_monthly,
            name="satisfaction_monthly",
        ),
        path("openapi.json", views.openapi_json, name="openapi"),
        # Anything else below /api/v2/ (but the page itself) is a JSON 404.
        re_path(r"^(?!$).*$", views.not_found, name="not_found"),
    ],
    open_endpoint,
) + [path("", views.documentation, name="documentation")]
