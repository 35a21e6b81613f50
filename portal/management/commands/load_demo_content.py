from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _


def demo_loaders():
    """``load(stdout)`` of each of our apps that has a ``demo`` module, in app order."""
    loaders = []
    for app_config in apps.get_app_configs():
        ours = Path(app_config.path).parent == Path(settings.BASE_DIR)
        if ours and find_spec(f"{app_config.name}.demo"):
            loaders.append(import_module(f"{app_config.name}.demo").load)
    return loaders


class Command(BaseCommand):
    help = "Build the demo site (Thai with English translations) and demo accounts. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even when DEBUG is off (it creates accounts with a known password).",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                _(
                    "Refusing to load demo content with DEBUG off: it creates accounts "
                    "with a published password. Use --force if you really mean it."
                )
            )
        for load in demo_loaders():
            load(self.stdout)
        self.stdout.write(self.style.SUCCESS(_("Demo content ready.")))
