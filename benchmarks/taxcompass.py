"""Time of one tax estimate: the engine alone, and the JSON API through Django's
test client (throttle, approved years, form, engine, JSON), on a throwaway
SQLite database migrated for real (which ships the 2568 rules).

Prints p50/p95 in milliseconds; the target is a p95 under 50 ms.
Run from the repository root: ``python benchmarks/taxcompass.py [--runs 500]``
"""

import argparse
import json
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._pages import migrated_database, timed

# A full case: salary, rent and business income, a family, insurance, provident
# fund, RMF and donations.
PAYLOAD = {
    "tax_year": 2568,
    "status": "spouse_no_income",
    "income": {"salary": "1,200,000", "rent_building": 240000, "business": 500000},
    "actual_expenses": {"business": 200000},
    "allowances": {
        "children": 3,
        "children_2561": 1,
        "parents": 2,
        "social_security": 9000,
        "life_insurance": 120000,
        "health_insurance": 30000,
        "rmf": 300000,
        "pension_insurance": 100000,
        "provident_fund": 90000,
        "home_loan_interest": 80000,
    },
    "donations": {"education": 20000, "general": 15000, "political": 10000},
    "withholding": 120000,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        migrated_database(tmp)

        from django.test import Client

        from taxcompass import api
        from taxcompass.engine import estimate
        from taxcompass.models import TaxYearRules
        from taxcompass.tax_table import Rules
        from taxcompass.trace import Situation

        rules = Rules.from_data(TaxYearRules.objects.approved().get(tax_year=2568).data)
        situation = Situation(
            status="spouse_no_income",
            income={"salary": Decimal(1200000), "rent_building": Decimal(240000)},
            allowances={
                "children": 3,
                "children_2561": 1,
                "life_insurance": Decimal(120000),
                "provident_fund": Decimal(90000),
            },
            donations={"education": Decimal(20000)},
            withholding=Decimal(120000),
        )
        api.LIMIT = 10**9  # time the estimate, not the 429
        client = Client()
        body = json.dumps(PAYLOAD)

        def post():
            response = client.post(
                "/api/tax-compass/estimate/", body, content_type="application/json"
            )
            assert response.status_code == 200, response.content

        post()  # warm caches (URL resolver, translations)
        rows = [
            ("engine alone", *timed(lambda: estimate(rules, situation), args.runs)),
            ("API through the test client", *timed(post, args.runs)),
        ]
    print(f"{'estimate':32} {'p50 ms':>8} {'p95 ms':>8}   ({args.runs} runs)")
    for label, p50, p95 in rows:
        print(f"{label:32} {p50:8.2f} {p95:8.2f}")


if __name__ == "__main__":
    main()
