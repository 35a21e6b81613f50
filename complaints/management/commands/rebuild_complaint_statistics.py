"""Rebuild the stored monthly complaint figures from the records (idempotent):
after a bulk load or any change made around the model. Everyday changes keep them
current on their own."""

from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from complaints.models import Complaint, MonthlyFigure
from complaints.models.figures import FIELDS, figure_rows, totals

CHUNK = 2000


class Command(BaseCommand):
    help = "Rebuild the stored monthly complaint statistics from the complaints."

    def add_arguments(self, parser):
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, no_progress=False, **options):
        with transaction.atomic():
            complaints = Complaint.objects.order_by().values(*FIELDS)
            values = tqdm(
                complaints.iterator(chunk_size=CHUNK),
                total=complaints.count(),
                unit=" complaints",
                disable=no_progress,
                file=self.stderr,
            )
            rows = figure_rows(totals(values))
            MonthlyFigure.objects.all().delete()
            MonthlyFigure.objects.bulk_create(rows, batch_size=CHUNK)
        self.stdout.write(f"{len(rows)} monthly figures")
