"""Send the escalation notices that are due: idempotent, safe to run from cron
every few minutes (see the README)."""

from django.core.management.base import BaseCommand

from complaints import escalation


class Command(BaseCommand):
    help = "Send complaint escalation notices that are due (each once)."

    def handle(self, *args, **options):
        sent = escalation.tick()
        self.stdout.write(" ".join(f"{kind}={count}" for kind, count in sent.items()))
