"""Applies :mod:`search.linebreaks` to every HTML page the site renders."""

from django.conf import settings

from search.linebreaks import keep_thai_words


class ThaiLineBreakMiddleware:
    """Keeps Thai words whole on screen in HTML responses outside the admin.

    Listed last in ``MIDDLEWARE``, so caches and conditional responses above it
    see the final HTML. ``THAI_LINE_BREAKS = False`` turns it off.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            settings.THAI_LINE_BREAKS
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and not response.has_header("Content-Encoding")
            and not request.path.startswith(settings.WAGTAILADMIN_PATH_PREFIX)
        ):
            charset = response.charset or "utf-8"
            response.content = keep_thai_words(response.content.decode(charset)).encode(charset)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
