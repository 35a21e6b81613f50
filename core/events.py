"""Security events as structured log records: lockouts, throttled requests and
refused access, with the client address and user, for whoever watches the logs."""

import logging

from core.client import client_address

logger = logging.getLogger("kmsite.security")


def security_event(event, request=None, **fields):
    """Log ``event`` (such as ``"login.locked"``) with who and where it came from."""
    user = getattr(request, "user", None)
    logger.warning(
        event,
        extra={
            "event": event,
            "client": client_address(request),
            "user": user.pk if user is not None and user.is_authenticated else None,
            "path": getattr(request, "path", ""),
            **fields,
        },
    )
