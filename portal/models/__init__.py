from .pages import HomePage, SectionPage, StandardPage
from .site_settings import OrganisationSettings

__all__ = ["HomePage", "OrganisationSettings", "SectionPage", "StandardPage"]
