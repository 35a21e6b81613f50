"""E-mail each staff member one digest of their new community notifications."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from communities.digest import pending_recipients, send_digest


class Command(BaseCommand):
    help = "Send at most one digest e-mail per user with their notifications not yet e-mailed."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            default="",
            help="Scheme and host for links in the e-mails (default: the default site).",
        )

    def handle(self, *args, base_url="", **options):
        users = pending_recipients()
        sent = 0
        for user in tqdm(users, desc="Sending digests", unit="user", file=self.stdout):
            sent += send_digest(user, base_url)
        self.stdout.write(self.style.SUCCESS(f"Sent {sent} digest e-mail(s)."))
