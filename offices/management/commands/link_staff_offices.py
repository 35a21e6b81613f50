from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from core.locales import default_locale
from offices.matching import link_profiles
from offices.models import OfficePage
from portal.models import StaffProfile


class Command(BaseCommand):
    help = (
        "Link staff profiles whose office is only a typed note to the office the note "
        "names (its code, or its title in any language). Idempotent."
    )

    def handle(self, *args, **options):
        linked = link_profiles(StaffProfile, OfficePage, default_locale().language_code)
        left = StaffProfile.objects.filter(office__isnull=True).exclude(office_note="").count()
        self.stdout.write(
            _("Linked %(linked)d staff profiles; %(left)d notes name no office.")
            % {"linked": linked, "left": left}
        )
