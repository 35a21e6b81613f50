"""E-mail each staff member one digest of their new community notifications."""

from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from communities.digest import pending_recipients, send_digests


class Command(BaseCommand):
    help = (
        "Send at most one digest e-mail per user with their notifications not yet e-mailed. "
        "A failing recipient is logged and retried on the next run; the others still get theirs."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default="",
            help="Scheme and host for links in the e-mails (default: the default site).",
        )

    def handle(self, *args, base_url="", **options):
        users = pending_recipients()
        progress = tqdm(users, desc="Sending digests", unit="user", file=self.stdout)
        run = send_digests(progress, base_url)
        # Each digest goes out once its transaction commits (at once when the command
        # runs on its own, as from cron): report when all of them have.
        transaction.on_commit(lambda: self._report(run))

    def _report(self, run):
        summary = f"Sent {run.sent} digest e-mail(s); {run.failed} failed (retried next run)."
        style = self.style.WARNING if run.failed else self.style.SUCCESS
        self.stdout.write(style(summary))
