from django.core.management.base import BaseCommand
from django.db import transaction
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
        reminded = skipped = 0
        failed = []  # owners whose mail could not be sent, filled in as mail goes out
        for owner, manuals in tqdm(by_owner.items(), desc=_("Emailing owners"), file=self.stderr):
            if not already_reminded(owner, today) and remind(
                owner, manuals, today, on_failure=lambda owner=owner: failed.append(owner)
            ):
                reminded += 1
            else:
                skipped += 1
        # Each mail goes out when its reminder commits; report once they all have.
        transaction.on_commit(lambda: self._report(reminded, skipped, failed))

    def _report(self, reminded, skipped, failed):
        for owner in failed:
            self.stderr.write(
                _("Could not email %(owner)s; the next run tries again.")
                % {"owner": owner.get_username()}
            )
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Reminders sent: %(sent)d; already reminded today: %(skipped)d; "
                    "failed: %(failed)d."
                )
                % {"sent": reminded - len(failed), "skipped": skipped, "failed": len(failed)}
            )
        )
