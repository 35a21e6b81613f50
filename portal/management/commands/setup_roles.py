from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from portal.roles import ensure_roles


class Command(BaseCommand):
    help = "Create the portal's role groups and their permissions (safe to run again)."

    def handle(self, *args, **options):
        groups = ensure_roles()
        self.stdout.write(self.style.SUCCESS(_("Roles ready: %s") % ", ".join(groups)))
