from .pages import HomePage, SectionPage, StandardPage
from .profiles import StaffProfile
from .site_settings import OrganisationSettings

__all__ = ["HomePage", "OrganisationSettings", "SectionPage", "StaffProfile", "StandardPage"]
