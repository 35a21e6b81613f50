"""Project-wide fixtures.

The default run builds its data with factories: each test database starts with
what migrations would create (locales, tree roots, the role groups; see
``tests/world.py``) and tests add what they need. ``--demo-site`` runs only the
tests marked ``demo``, against the demo site built by the real commands
(migrations, then ``load_demo_content``).
"""

import io

import pytest
from django.conf import settings
from django.core.cache import caches
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.utils import translation

from portal.factories import user_with_role
from tests.world import build_site, platform


def pytest_addoption(parser):
    parser.addoption(
        "--demo-site",
        action="store_true",
        help="migrate, build the demo site and run only the tests marked demo",
    )


def pytest_collection_modifyitems(config, items):
    """The demo tests run on their own (``--demo-site``); every other test without it."""
    demo = config.getoption("--demo-site")
    keep = [item for item in items if (item.get_closest_marker("demo") is not None) == demo]
    if len(keep) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in keep])
        items[:] = keep


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    with django_db_blocker.unblock():
        if request.config.getoption("--demo-site"):
            call_command("load_demo_content", force=True, stdout=io.StringIO())
        else:
            platform()


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """Data a module builds once and shares, rolled back after its last test: use it
    from a module-scoped fixture. Each test still runs in its own transaction."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture
def site(db):
    """A Thai and English home page on the default site, with a staff-only intranet."""
    return build_site()


@pytest.fixture(scope="module")
def module_site(module_db):
    """:func:`site`, built once for the module. A module uses one of the two: the
    site has one home page, so ``site`` inside a module with ``module_site`` fails."""
    return build_site()


@pytest.fixture
def user_for(db):
    """``user_for("staff")``: a user in that role (the same one within a test)."""
    made = {}

    def make(role):
        if role not in made:
            made[role] = user_with_role(role)
        return made[role]

    return make


@pytest.fixture
def sign_in(user_for):
    """``sign_in("editor")``: a new client signed in as the test's user in that role;
    ``sign_in(user)``: as that user; ``sign_in()``: anonymous. Each call gives a
    separate client."""

    def login(who=None, **client_options):
        client = Client(**client_options)
        if who:
            client.force_login(user_for(who) if isinstance(who, str) else who)
        return client

    return login


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate-limit counters, cached settings and fragments must not leak between tests."""
    for alias in settings.CACHES:
        caches[alias].clear()
    yield
    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language, whatever the last request activated."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
