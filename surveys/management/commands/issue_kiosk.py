from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from offices.models import OfficePage
from surveys.kiosk import kiosk_questions
from surveys.links import kiosk_url
from surveys.models import Kiosk, Survey


class Command(BaseCommand):
    help = (
        "Register a counter kiosk for an office and a survey and print its address, "
        "with the device token (shown once; only its hash is stored)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--office", required=True, help="The office code, for example PLK.")
        parser.add_argument("--survey", required=True, help="The survey's address (slug).")
        parser.add_argument("--name", default="kiosk", help="A name such as 'counter 2'.")

    def handle(self, *args, office, survey, name, **options):
        found = OfficePage.objects.filter(code=office, locale__language_code="th").first()
        if found is None:
            raise CommandError(_("No office has the code %(code)s.") % {"code": office})
        chosen = Survey.objects.filter(slug=survey).select_related("question_set").first()
        if chosen is None or kiosk_questions(chosen.question_set) is None:
            raise CommandError(
                _("No survey with a four-faces question has the address %(slug)s.")
                % {"slug": survey}
            )
        kiosk = Kiosk(name=name, office=found, survey=chosen)
        token = kiosk.new_token()
        kiosk.save()
        self.stdout.write(kiosk_url(token))
