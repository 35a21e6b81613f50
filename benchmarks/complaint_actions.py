"""What each step of a complaint's handling costs the server.

Builds the demo site on a throwaway SQLite database, then takes ``--complaints``
new complaints through filing, acknowledgement, a note, triage (category and
priority), a transfer to another office, the answer and the complainant's
confirmation with a rating, each step in its own transaction as a request makes
it (mail to the console backend's outbox), and prints per step the p50 and p95 in
ms and the queries. Run from the repository root:
``PYTHONPATH=.:benchmarks python -P benchmarks/complaint_actions.py [--complaints 200]``
"""

import argparse
import tempfile
import time

from _pages import percentiles, setup_django

STEPS = ("file", "acknowledge", "note", "triage", "transfer", "answer", "confirm")


def steps(officer, offices, category):
    """{step: action(complaint)}, in the order of ``STEPS`` ("file" returns the new
    complaint; the others lock and read it again themselves)."""
    from complaints import filing, workflow
    from complaints.choices import Channel, Kind, Outcome, Priority

    def file(_nothing):
        data = {
            "kind": Kind.COMPLAINT,
            "subject": "รอคืนภาษีนานเกินกำหนด",
            "description": "ยื่นแบบขอคืนภาษีตั้งแต่ต้นปี ยังไม่ได้รับเงินคืน",
            "office": offices[0],
            "contact_name": "สมหญิง ใจดี",
            "contact_email": "somying@example.com",
        }
        return filing.file_complaint(data, Channel.WEB).complaint

    return {
        "file": file,
        "acknowledge": lambda c: workflow.acknowledge(c, officer),
        "note": lambda c: workflow.add_note(c, officer, "โทรสอบถามผู้ร้องแล้ว"),
        "triage": lambda c: workflow.triage(c, officer, category=category, priority=Priority.P2),
        "transfer": lambda c: workflow.triage(c, officer, office=offices[1]),
        "answer": lambda c: workflow.answer(c, officer, "คืนเงินแล้ว", Outcome.UPHELD),
        "confirm": lambda c: workflow.confirm(c, 5, "ขอบคุณ"),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--complaints", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        setup_django(tmp)
        from django.contrib.auth import get_user_model
        from django.db import connection, reset_queries
        from django.test.utils import CaptureQueriesContext

        from complaints.models import Category
        from offices.models import OfficePage

        officer = get_user_model().objects.filter(is_superuser=True).first()
        offices = list(OfficePage.objects.filter(locale__language_code="th")[:2])
        actions = steps(officer, offices, Category.objects.first())
        timings = {step: [] for step in STEPS}
        queries = {}
        for _ in range(args.complaints):
            complaint = None
            for step in STEPS:
                reset_queries()  # the log keeps 9 000 queries
                started = time.perf_counter()
                with CaptureQueriesContext(connection) as captured:
                    done = actions[step](complaint)
                complaint = complaint or done
                timings[step].append((time.perf_counter() - started) * 1000)
                queries[step] = len(captured)
        print(f"{args.complaints} complaints, SQLite, one transaction per step")
        print("| step | p50 ms | p95 ms | queries |\n| --- | --- | --- | --- |")
        for step in STEPS:
            p50, p95 = percentiles(timings[step])
            print(f"| {step} | {p50:.2f} | {p95:.2f} | {queries[step]} |")


if __name__ == "__main__":
    main()
