import pytest

from core.tests.test_http_cache import purges  # noqa: F401 - a front-end cache to purge
from taxcompass.factories import TaxYearRulesFactory


@pytest.fixture
def rules(db):
    """2568 approved (as shipped) and 2569 as a draft."""
    TaxYearRulesFactory(tax_year=2569, draft=True)
    return TaxYearRulesFactory()
