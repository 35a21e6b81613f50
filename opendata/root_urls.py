"""A URLconf holding only the API, named by API responses as ``request.urlconf``:
LocaleMiddleware would otherwise turn their 404 into a redirect to ``/th/…``,
which the page route always matches (as ``complaints.api`` does)."""

from django.urls import include, path

urlpatterns = [path("api/v2/", include("opendata.urls"))]
