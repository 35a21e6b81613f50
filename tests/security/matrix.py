"""The vocabulary of the security matrix: roles, outcomes and expectation rows."""

from dataclasses import dataclass, field

# Role -> the username of the matrix's user in that role (None: not signed in); the
# module fixture ``matrix_objects`` (tests/security/conftest.py) creates them.
ROLES = {
    "anonymous": None,
    "citizen": "citizen",
    "staff": "staff",
    "moderator": "moderator",
    "editor": "editor",
    "judge": "judge1",
    "manager": "manager",
    "supervisor": "supervisor",
    "officer": "officer",
    "head": "head",
    "executive": "executive",
}
# The course whose certificate ``staff`` holds.
COURSE_SLUG = "front-counter-excellence"
STAFF_ROLES = [
    "staff",
    "moderator",
    "editor",
    "judge",
    "manager",
    "supervisor",
    "officer",
    "head",
    "executive",
]

OK = "200 OK"
REDIRECT = "redirect elsewhere"
LOGIN = "redirect to the portal login"
ADMIN_LOGIN = "redirect to the admin login"
ADMIN_HOME = "redirect to the admin home"
FORBIDDEN = "403 forbidden"
NOT_FOUND = "404 not found"
NOT_ALLOWED = "405 method not allowed"

# Acceptable outcomes for "may act" on a POST (the action redirects on success).
ACTS = {OK, REDIRECT}
# Wagtail turns away users without admin access by sending them to its login,
# and admin users without a permission back to the dashboard.
NO_ADMIN = {ADMIN_LOGIN, ADMIN_HOME, FORBIDDEN}


def outcome(response):
    status = response.status_code
    if status in (301, 302, 303):
        location = response["Location"]
        if "/admin/login/" in location:
            return ADMIN_LOGIN
        if "/accounts/login/" in location:
            return LOGIN
        if location.rstrip("/").endswith("/admin"):
            return ADMIN_HOME
        return REDIRECT
    return {
        200: OK,
        403: FORBIDDEN,
        404: NOT_FOUND,
        405: NOT_ALLOWED,
    }.get(status, f"HTTP {status}")


def expect(default, **by_role):
    """Expected outcome(s) per role: ``default`` unless a role is named."""
    as_set = lambda value: value if isinstance(value, set) else {value}  # noqa: E731
    return {role: as_set(by_role.get(role, default)) for role in ROLES}


def everyone(result=OK):
    return expect(result)


def staff_only(result=OK, **by_role):
    """Signed-in staff get ``result`` (unless a role is named); anonymous users
    are asked to sign in and signed-in outsiders (citizens) are refused."""
    return expect(result, anonymous=LOGIN, citizen=FORBIDDEN, **by_role)


def intranet_page():
    """Wagtail page privacy sends everyone outside Staff to the login page."""
    return expect(OK, anonymous=LOGIN, citizen=LOGIN)


def admin_users(*roles, result=OK):
    return expect(NO_ADMIN, anonymous=ADMIN_LOGIN, **dict.fromkeys(roles, result))


@dataclass
class Case:
    """One URL of the matrix. ``url`` and ``secrets`` are callables run against
    the matrix's database
    (``matrix_objects``); ``secrets`` returns strings that roles not listed in
    ``may_see`` must never receive in the body."""

    name: str
    url: object
    expected: dict
    method: str = "get"
    data: dict = field(default_factory=dict)
    secrets: object = None
    may_see: tuple = ()
