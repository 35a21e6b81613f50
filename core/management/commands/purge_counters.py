"""Delete throttle and lockout counters whose window has ended (safe to run from cron)."""

from django.core.management.base import BaseCommand

from core import throttle


class Command(BaseCommand):
    help = "Delete throttle and lockout counters whose window has ended."

    def handle(self, *args, **options):
        self.stdout.write(f"{throttle.purge()} expired counters deleted.")
