"""The smallest site every test builds on, made with factories (never the demo).

``platform()`` runs once per test database and gives it what migrations and
``setup_roles`` give a real installation (see its docstring). ``build_site()`` adds a published
Thai home page with its English translation, served by the default site, and
an intranet section restricted to staff, as an installation has; ``world()``
reads them back.
"""

import importlib
from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection, migrations
from django.db.migrations.recorder import MigrationRecorder
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    Locale,
    Page,
    PageViewRestriction,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail_localize.models import Translation

from core.access import STAFF
from portal.factories import HomePageFactory, SectionPageFactory
from portal.models import HomePage
from portal.roles import MODERATORS, ensure_roles


def _search_sql():
    """The SQL Wagtail's search migration runs instead of the model's own table:
    SQLite's FTS5 table and its triggers (nothing on PostgreSQL). Each statement
    comes after its reverse (``DROP ... IF EXISTS``), which removes the plain
    table the schema got from the model."""
    migration = importlib.import_module("wagtail.search.migrations.0006_customise_indexentry")
    for operation in migration.Migration.operations:
        for step in getattr(operation, "database_operations", [operation]):
            if isinstance(step, migrations.RunSQL) and step.sql is not migrations.RunSQL.noop:
                yield step.reverse_sql
                yield step.sql


def platform():
    """What migrations create before any content: the migration table, the search
    index's engine-specific SQL, locales, tree roots, roles and the moderation
    workflow. The schema itself comes from the models (``--nomigrations``); the
    demo pass and the live servers migrate for real."""
    # Migrations record themselves here; some apps read it (wagtail-localize's
    # schema version).
    MigrationRecorder(connection).ensure_schema()
    with connection.cursor() as cursor:
        for sql in _search_sql():
            cursor.execute(sql)
    for code in ("th", "en"):
        Locale.objects.get_or_create(language_code=code)
    if not Page.get_first_root_node():
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    # wagtail-localize creates this permission in a migration of its own.
    Permission.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(Translation),
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    ensure_roles()
    _moderation_workflow()


def _moderation_workflow():
    """The workflow Wagtail's migrations give a new site: Moderators approve every
    page, from the root."""
    if Workflow.objects.exists():
        return
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.set([Group.objects.get(name=MODERATORS)])
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=Page.get_first_root_node())


@dataclass
class World:
    home: Page
    home_en: Page
    intranet: Page
    intranet_en: Page

    def thai_and_english(self, page, **english_fields):
        """``page`` and its published English translation (fields set from ``english_fields``)."""
        return page, translate(page, **english_fields)


def translate(page, **fields):
    """A published English copy of ``page`` (Wagtail's ``copy_for_translation``)."""
    english = Locale.objects.get(language_code="en")
    copy = page.copy_for_translation(english)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy.specific


def restrict_to_staff(*pages):
    staff = Group.objects.get(name=STAFF)
    for page in pages:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([staff])


def build_site():
    """A home page in Thai and English on the default site, with a staff-only intranet
    (once per test database: tests read it with :func:`world`)."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, title="หน้าแรก", slug="home", locale=Locale.get_default())
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "SMILE KM"},
    )
    intranet = SectionPageFactory(parent=home, title="อินทราเน็ต", slug="intranet")
    home_en = translate(home, title="Home")
    intranet_en = translate(intranet, title="Intranet")
    restrict_to_staff(intranet, intranet_en)
    return World(home, home_en, intranet, intranet_en)


def world():
    """The pages :func:`build_site` made, read afresh from the database (a test may
    change them; its transaction's rollback restores them for the next)."""
    home = HomePage.objects.get(depth=2, locale=Locale.get_default())
    intranet = home.get_children().get(slug="intranet").specific
    english = Locale.objects.get(language_code="en")
    return World(
        home,
        home.get_translation(english).specific,
        intranet,
        intranet.get_translation(english).specific,
    )
