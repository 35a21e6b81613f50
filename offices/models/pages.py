"""The office directory: one index under the home page, the regional and area
offices below it, and each area office's branches below that office."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.privacy import RestrictionsFromRules, viewable_by
from offices import hours, maps, phones
from offices.blocks import OpeningHoursBlock
from offices.choices import GeccLevel, OfficeType
from offices.forms import OfficePageForm

CODE_FORMAT = RegexValidator(
    r"^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$",
    _("Letters and digits in groups joined by hyphens, for example PLK or PLK-01."),
)


class OfficeIndexPage(RestrictionsFromRules, Page):
    """Every office of the region, grouped by area office, the regional office first."""

    intro = RichTextField(
        verbose_name=_("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["offices.OfficePage"]
    max_count = 1

    class Meta:
        verbose_name = _("office directory")
        verbose_name_plural = _("office directories")

    def directory(self, user):
        """(regional offices, [(area office, its branches)]) that ``user`` may open,
        in tree order (one query)."""
        offices = viewable_by(
            OfficePage.objects.live().descendant_of(self).defer_streamfields().order_by("path"),
            user,
        )
        top, branches = [], {}
        for office in offices:
            if office.depth == self.depth + 1:
                top.append(office)
            else:
                branches.setdefault(office.path[: -self.steplen], []).append(office)
        regional = [office for office in top if office.office_type == OfficeType.REGIONAL]
        areas = [
            (office, branches.get(office.path, []))
            for office in top
            if office.office_type != OfficeType.REGIONAL
        ]
        return regional, areas

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["regional_offices"], context["areas"] = self.directory(request.user)
        return context


class OfficePage(RestrictionsFromRules, Page):
    """One office: the regional office, an area (provincial) office or a branch."""

    code = models.CharField(
        _("office code"),
        max_length=20,
        db_index=True,
        validators=[CODE_FORMAT],
        help_text=_(
            "Unique in the region, for example R7, PLK or PLK-01. Translations keep the code."
        ),
    )
    office_type = models.CharField(_("office type"), max_length=20, choices=OfficeType.choices)
    address = models.TextField(_("address"), max_length=500)
    phone = models.CharField(
        _("telephone"),
        max_length=20,
        validators=[phones.validate_thai_phone],
        help_text=_("For example 0 5524 2361."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    opening_hours = StreamField(
        [("hours", OpeningHoursBlock())],
        verbose_name=_("opening hours"),
        blank=True,
        default=hours.default_opening_hours,
        help_text=_("One entry per day and opening; days without an entry are closed."),
    )
    out_of_hours = models.TextField(
        _("out-of-hours service"),
        blank=True,
        max_length=1000,
        help_text=_("Where to get help when the office is closed (e-filing, the 1161 hotline)."),
    )
    public_transport = models.TextField(_("public transport"), blank=True, max_length=1000)
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        max_length=1000,
        help_text=_("Step-free access, parking for disabled people, accessible toilets."),
    )
    map_url = models.URLField(
        _("map link"),
        blank=True,
        max_length=500,
        validators=[maps.validate_map_link],
        help_text=_("An https link to the office on OpenStreetMap or Google Maps."),
    )
    gecc_level = models.CharField(
        _("GECC certification"), max_length=20, choices=GeccLevel.choices, blank=True
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("code"), FieldPanel("office_type"), FieldPanel("gecc_level")],
            heading=_("Office"),
        ),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")],
            heading=_("Contact"),
        ),
        FieldPanel("opening_hours"),
        FieldPanel("out_of_hours"),
        FieldPanel("public_transport"),
        FieldPanel("accessibility"),
        FieldPanel("map_url"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("code"),
        index.SearchField("address"),
        index.SearchField("public_transport"),
        index.SearchField("accessibility"),
        index.FilterField("code"),
        index.FilterField("office_type"),
    ]
    # The code, number and hours are the same office in every language.
    override_translatable_fields = [
        SynchronizedField("code"),
        SynchronizedField("phone"),
        SynchronizedField("opening_hours"),
    ]
    base_form_class = OfficePageForm

    parent_page_types = ["offices.OfficeIndexPage", "offices.OfficePage"]
    subpage_types = ["offices.OfficePage"]

    class Meta:
        verbose_name = _("office")
        verbose_name_plural = _("offices")

    @classmethod
    def can_exist_under(cls, parent):
        """Offices go under the directory; only an area office has offices (branches) below."""
        if not super().can_exist_under(parent):
            return False
        parent = parent.specific_deferred
        return not isinstance(parent, OfficePage) or parent.office_type == OfficeType.AREA

    def placement_error(self, office_type, parent):
        """Why this office, of ``office_type``, may not sit under ``parent``; None if it may."""
        if isinstance(parent, OfficePage):
            if office_type != OfficeType.BRANCH:
                return _("Offices under an area office are its branches.")
            return None
        if office_type == OfficeType.BRANCH:
            return _("A branch goes under its area office.")
        if self.pk and office_type != OfficeType.AREA and self.get_children().exists():
            return _("Only an area office has branches.")
        if office_type == OfficeType.REGIONAL:
            others = OfficePage.objects.child_of(parent).filter(office_type=OfficeType.REGIONAL)
            if others.exclude(translation_key=self.translation_key).exists():
                return _("The directory has a regional office already.")
        return None

    def clean(self):
        super().clean()
        self.code = self.code.strip().upper()
        self.phone = phones.normalise(self.phone) or self.phone
        taken = OfficePage.objects.filter(code=self.code).exclude(
            translation_key=self.translation_key
        )
        if self.code and taken.exists():
            raise ValidationError({"code": _("Another office has this code.")})

    @property
    def phone_uri(self):
        return phones.tel_uri(self.phone)

    @property
    def map_service(self):
        return maps.map_service(self.map_url)

    def week(self):
        """The opening hours as runs of days (see :mod:`offices.hours`)."""
        return hours.week(block.value.entry() for block in self.opening_hours)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        offices = OfficePage.objects.live().defer_streamfields()
        if self.office_type == OfficeType.AREA:
            branches = offices.child_of(self).order_by("path")
            context["branches"] = viewable_by(branches, request.user)
        elif self.office_type == OfficeType.BRANCH:
            context["area_office"] = offices.parent_of(self).first()
        return context
