"""Staff-only training pages turn others away before Wagtail serves them."""

from wagtail import hooks

from training.access import deny, is_learner


@hooks.register("before_serve_page")
def staff_only_training(page, request, serve_args, serve_kwargs):
    """Anonymous visitors are sent to log in; signed-in non-staff get a 403 page."""
    if getattr(page, "needs_staff_login", False) and not is_learner(request.user):
        return deny(request)
    return None
