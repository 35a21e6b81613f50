from .closures import Closure
from .pages import OfficeIndexPage, OfficePage

__all__ = ["Closure", "OfficeIndexPage", "OfficePage"]
