"""Close the answered complaints nobody confirmed or reopened in time: idempotent,
run from cron once a day or more often (see the README)."""

from django.core.management.base import BaseCommand

from complaints import closing


class Command(BaseCommand):
    help = "Close answered complaints the complainant neither confirmed nor reopened in time."

    def handle(self, *args, **options):
        self.stdout.write(f"closed={closing.close_unconfirmed()}")
