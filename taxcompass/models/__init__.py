from .estimates import SavedEstimate
from .pages import TaxCompassPage
from .rules import TaxYearRules

__all__ = ["SavedEstimate", "TaxCompassPage", "TaxYearRules"]
