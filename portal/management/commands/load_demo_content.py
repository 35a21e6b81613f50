from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from portal.demo.loader import load


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
        pages = load(self.stdout)
        self.stdout.write(self.style.SUCCESS(_("Demo content ready: %d pages.") % len(pages)))
