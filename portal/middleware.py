"""Response headers that tell the browser what this site may load and who may frame it."""

from django.conf import settings


def _header(policy):
    return "; ".join(f"{directive} {' '.join(sources)}" for directive, sources in policy.items())


class SecurityHeadersMiddleware:
    """Adds Content-Security-Policy and Permissions-Policy to every response.

    The Wagtail admin gets its own policy: its editors and inline panels need
    inline scripts and styles, and its preview frames the site's own pages.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.site_policy = _header(settings.CONTENT_SECURITY_POLICY)
        self.admin_policy = _header(settings.CONTENT_SECURITY_POLICY_ADMIN)
        self.admin_prefix = settings.WAGTAILADMIN_PATH_PREFIX

    def __call__(self, request):
        response = self.get_response(request)
        admin = request.path.startswith(self.admin_prefix)
        response.setdefault(
            "Content-Security-Policy", self.admin_policy if admin else self.site_policy
        )
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
