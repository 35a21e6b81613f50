"""Wagtail's API v2 endpoints, narrowed to what an anonymous visitor may see and
hardened against bad input.

``pages`` lists only live pages of the public page types (``PUBLIC_PAGE_TYPES``)
that ``core.privacy`` lets an anonymous visitor open: view restrictions on the
page or an ancestor, and unpublished ancestors, close a subtree. Every filter that
names another page (``child_of``, ``descendant_of``, ``ancestor_of``,
``translation_of``), ``find`` and the detail view look pages up in that same set,
so a private page answers exactly as a missing one. The API never authenticates:
a signed-in browser gets the anonymous answer."""

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import DataError
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from wagtail.api.v2 import filters
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError, get_full_url, page_models_from_string
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageDownloadUrlField, ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from core.privacy import viewable_by
from manuals.models import CitizenHandbookPage
from opendata import handbooks
from opendata.media import public_collection_ids

# Page types whose live, unrestricted pages are public. The intranet, manuals,
# communities and training's modules, lessons and quizzes are not among them.
PUBLIC_PAGE_TYPES = [
    "portal.HomePage",
    "portal.SectionPage",
    "portal.StandardPage",
    "manuals.HandbookIndexPage",
    "manuals.CitizenHandbookPage",
    "offices.OfficeIndexPage",
    "offices.OfficePage",
    "taxcompass.TaxCompassPage",
    "contests.ContestIndexPage",
    "contests.ContestPage",
    "training.CourseIndexPage",
    "training.CoursePage",
]
LOCALES = ("th", "en")
MAX_OFFSET = 10_000
MAX_ID = 2**31 - 1
MAX_SEARCH = 200
ID_PARAMETERS = ("id", "child_of", "descendant_of", "ancestor_of", "translation_of")
NOT_FOUND = "not found"


def public_page_models():
    return page_models_from_string(",".join(PUBLIC_PAGE_TYPES))


def public_pages():
    """Live pages of the public types an anonymous visitor may open."""
    return viewable_by(Page.objects.live().type(*public_page_models()), AnonymousUser())


class Pagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class FieldsFilter(filters.FieldsFilter):
    def filter_queryset(self, request, queryset, view):
        try:
            return super().filter_queryset(request, queryset, view)
        except ValidationError as e:
            raise BadRequestError(f"field filter error. {' '.join(e.messages)}") from e


class LocaleFilter(filters.LocaleFilter):
    def filter_queryset(self, request, queryset, view):
        if request.GET.get("locale", LOCALES[0]) not in LOCALES:
            raise BadRequestError(f"locale must be one of: {', '.join(LOCALES)}")
        return super().filter_queryset(request, queryset, view)


class Hardened:
    """Anonymous, JSON only, and every bad parameter a 400 before it reaches the
    database: ids and offsets stay within what the database stores."""

    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]
    pagination_class = Pagination
    # Extra database fields a listing may be filtered by, per model.
    extra_filters = {}

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if "pk" in kwargs and int(kwargs["pk"]) > MAX_ID:
            raise BadRequestError(NOT_FOUND)
        for name in ID_PARAMETERS:
            value = request.GET.get(name)
            if (
                value is not None
                and value != "root"
                and not (value.isdigit() and value.isascii() and int(value) <= MAX_ID)
            ):
                raise BadRequestError(f"{name} must be a positive integer")
        if request.GET.get("search_operator", "and") not in ("and", "or"):
            raise BadRequestError("search_operator must be and or or")
        if len(request.GET.get("search", "")) > MAX_SEARCH:
            raise BadRequestError(f"search is longer than {MAX_SEARCH} characters")

    def handle_exception(self, exc):
        if isinstance(exc, DataError | OverflowError):
            exc = BadRequestError("a value is out of range")
        return super().handle_exception(exc)

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        fields = super().get_available_fields(model, db_fields_only)
        if not db_fields_only:
            return fields
        filterable = {"id", "title", "slug", "first_published_at"}
        for base, names in cls.extra_filters.items():
            if issubclass(model, base):
                filterable.update(names)
        return [field for field in fields if field in filterable]


class PublicPagesViewSet(Hardened, PagesAPIViewSet):
    filter_backends = [
        FieldsFilter,
        filters.ChildOfFilter,
        filters.AncestorOfFilter,
        filters.DescendantOfFilter,
        filters.OrderingFilter,
        filters.TranslationOfFilter,
        LocaleFilter,
        filters.SearchFilter,  # last: search results cannot be filtered further
    ]
    # No ``site`` (one site) and no ``rich_text_format`` (its database format
    # would name pages by id): rich text comes as display HTML.
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {
        "site",
        "rich_text_format",
    }
    meta_fields = [field for field in PagesAPIViewSet.meta_fields if field != "alias_of"]
    extra_filters = {CitizenHandbookPage: handbooks.FILTERS}

    @classmethod
    def get_body_fields(cls, model):
        fields = super().get_body_fields(model)
        if issubclass(model, CitizenHandbookPage):
            fields += handbooks.FIELDS
        return fields

    def get_base_queryset(self):
        if not hasattr(self, "_public_pages"):
            self._public_pages = public_pages()
        return self._public_pages

    def get_queryset(self):
        requested = self.request.GET.get("type")
        if requested:
            try:
                models = page_models_from_string(requested)
            except (LookupError, ValueError) as e:
                raise BadRequestError("type doesn't exist") from e
            allowed = public_page_models()
            if not all(issubclass(model, allowed) for model in models):
                raise BadRequestError("type doesn't exist")
        return super().get_queryset().select_related("locale")


class PublicMediaMixin(Hardened):
    known_query_parameters = ImagesAPIViewSet.known_query_parameters - {"rich_text_format"}
    filter_backends = [FieldsFilter, filters.OrderingFilter, filters.SearchFilter]

    def get_queryset(self):
        return self.model.objects.filter(collection__in=public_collection_ids()).order_by("id")


class AbsoluteImageUrlField(ImageDownloadUrlField):
    def to_representation(self, image):
        return get_full_url(self.context["request"], super().to_representation(image))


class AbsoluteImageSerializer(ImageSerializer):
    download_url = AbsoluteImageUrlField(read_only=True)


class PublicImagesViewSet(PublicMediaMixin, ImagesAPIViewSet):
    base_serializer_class = AbsoluteImageSerializer


class PublicDocumentsViewSet(PublicMediaMixin, DocumentsAPIViewSet):
    pass
