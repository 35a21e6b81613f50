"""The site's URLs plus one view that always fails, to exercise handler500."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from kmsite.urls import handler400, handler404, handler500
from kmsite.urls import urlpatterns as site_urlpatterns


def always_fails(request):
    raise RuntimeError("deliberate failure for the 500 page test")


urlpatterns = i18n_patterns(path("boom/", always_fails)) + site_urlpatterns

__all__ = ["handler400", "handler404", "handler500", "urlpatterns"]
