from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import gettext as _
from tqdm import tqdm

from core.dates import format_date
from manuals.reviews import already_reminded, overdue_by_owner, remind


class Command(BaseCommand):
    help = (
        "List service-standard manuals overdue for review and email their owners "
        "(at most once a day per owner)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be sent; send nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        today = timezone.localdate()
        by_owner, unreachable = overdue_by_owner(today)
        for owner, manuals in by_owner.items():
            for page in manuals:
                self.stdout.write(
                    f"{format_date(page.next_review_date)}  {page.title}  ({owner.get_username()})"
                )
        for page in unreachable:
            self.stdout.write(
                self.style.WARNING(
                    _("%(date)s  %(title)s  (no owner with an email address)")
                    % {"date": format_date(page.next_review_date), "title": page.title}
                )
            )
        if dry_run:
            self.stdout.write(_("Dry run: no email sent."))
            return
        sent = skipped = 0
        for owner, manuals in tqdm(by_owner.items(), desc=_("Emailing owners"), file=self.stderr):
            try:
                reminded = not already_reminded(owner, today) and remind(owner, manuals, today)
            except OSError as error:  # SMTP trouble: nothing recorded, try again next run
                self.stderr.write(
                    _("Could not email %(owner)s: %(error)s")
                    % {"owner": owner.get_username(), "error": error}
                )
                continue
            sent, skipped = (sent + 1, skipped) if reminded else (sent, skipped + 1)
        self.stdout.write(
            self.style.SUCCESS(
                _("Reminders sent: %(sent)d; already reminded today: %(skipped)d.")
                % {"sent": sent, "skipped": skipped}
            )
        )
