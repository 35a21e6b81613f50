"""The OpenAPI 3.1 description of ``/api/v2/``, written out from what the
endpoints answer (``opendata.tests`` validate real responses against it and fuzz
the API from it). drf's schema generator knows nothing of Wagtail's dynamic
serializers and query parameters, so it is written here, next to nothing else."""

from django.urls import reverse
from django.utils.translation import gettext

from opendata.viewsets import LOCALES, MAX_ID, MAX_OFFSET, MAX_SEARCH, PUBLIC_PAGE_TYPES

PREFIX = "/api/v2"
NULLABLE_STRING = {"type": ["string", "null"]}
NULLABLE_URI = {"type": ["string", "null"], "format": "uri"}
URI = {"type": "string", "format": "uri"}


def _ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def _object(properties, required=(), extra=False):
    return {
        "type": "object",
        "properties": properties,
        "required": list(required),
        "additionalProperties": extra,
    }


def _list_of(item):
    return {"type": "array", "items": item}


def _labelled():
    return {
        "type": ["object", "null"],
        "properties": {"code": {"type": "string"}, "label": {"type": "string"}},
        "required": ["code", "label"],
        "additionalProperties": False,
    }


PAGE_META = _object(
    {
        "type": {"type": "string", "examples": ["manuals.CitizenHandbookPage"]},
        "detail_url": URI,
        "html_url": NULLABLE_URI,
        "slug": {"type": "string"},
        "show_in_menus": {"type": "boolean"},
        "seo_title": {"type": "string"},
        "search_description": {"type": "string"},
        "first_published_at": {"type": ["string", "null"], "format": "date-time"},
        "locale": {"type": "string", "enum": list(LOCALES)},
        "parent": {
            "type": ["object", "null"],
            "properties": {
                "id": {"type": "integer"},
                "meta": {"type": "object"},
                "title": {"type": "string"},
            },
        },
    }
)

HANDBOOK_FIELDS = {
    "intro": {"type": "string"},
    "service_group": _labelled(),
    "agency": _labelled(),
    "audience": _labelled(),
    "responsible_unit": {"type": "string"},
    "legal_basis": _list_of(
        _object({"title": NULLABLE_STRING, "section": NULLABLE_STRING, "url": NULLABLE_URI})
    ),
    "criteria": {"type": "string", "description": "HTML"},
    "channels": _list_of(
        _object(
            {
                "place": NULLABLE_STRING,
                "opening_hours": NULLABLE_STRING,
                "url": NULLABLE_URI,
                "note": NULLABLE_STRING,
            }
        )
    ),
    "steps": _list_of(
        _object(
            {
                "title": {"type": "string"},
                "description": NULLABLE_STRING,
                "responsible_unit": {"type": "string"},
                "duration": _object(
                    {
                        "amount": {"type": "integer", "minimum": 1},
                        "unit": {"type": "string", "enum": ["minutes", "working_days"]},
                    },
                    ["amount", "unit"],
                ),
            },
            ["title", "duration"],
        )
    ),
    "total_time": _object(
        {
            "minutes": {"type": "integer", "minimum": 0},
            "working_days": {"type": "integer", "minimum": 0},
            "text": {"type": "string"},
        },
        ["minutes", "working_days", "text"],
    ),
    "documents": _list_of(
        _object(
            {
                "name": {"type": "string"},
                "issuer": {"type": "string"},
                "originals": {"type": "integer", "minimum": 0},
                "copies": {"type": "integer", "minimum": 0},
                "note": NULLABLE_STRING,
            },
            ["name", "issuer", "originals", "copies"],
        )
    ),
    "fees": _list_of(
        _object(
            {
                "description": {"type": "string"},
                "amount": {"type": "string", "pattern": r"^\d+\.\d{2}$"},
                "note": NULLABLE_STRING,
            },
            ["description", "amount"],
        )
    ),
    "complaint_channels": _list_of(
        _object({"name": NULLABLE_STRING, "details": NULLABLE_STRING, "url": NULLABLE_URI})
    ),
    "sample_forms": _list_of(
        _object(
            {
                "title": {"type": "string"},
                "document_id": {"type": "integer"},
                "download_url": URI,
            },
            ["title", "document_id", "download_url"],
        )
    ),
}

PAGE = _object(
    {"id": {"type": "integer"}, "meta": PAGE_META, "title": {"type": "string"}, **HANDBOOK_FIELDS},
)

MEDIA = _object(
    {
        "id": {"type": "integer"},
        "meta": _object(
            {
                "type": {"type": "string"},
                "detail_url": URI,
                "tags": _list_of({"type": "string"}),
                "download_url": URI,
            }
        ),
        "title": {"type": "string"},
        "width": {"type": "integer"},
        "height": {"type": "integer"},
    }
)

OFFICE = _object(
    {
        "code": {"type": "string"},
        "name": {"type": "string"},
        "type": _labelled(),
        "parent": NULLABLE_STRING,
        "address": {"type": "string"},
        "phone": {"type": "string"},
        "email": NULLABLE_STRING,
        "opening_hours": _list_of(
            _object(
                {
                    "weekday": {"type": "integer", "minimum": 0, "maximum": 6},
                    "opens": {"type": "string", "pattern": r"^\d\d:\d\d$"},
                    "closes": {"type": "string", "pattern": r"^\d\d:\d\d$"},
                },
                ["weekday", "opens", "closes"],
            )
        ),
        "out_of_hours": NULLABLE_STRING,
        "public_transport": NULLABLE_STRING,
        "accessibility": NULLABLE_STRING,
        "map_url": NULLABLE_URI,
        "gecc_level": _labelled(),
        "html_url": NULLABLE_URI,
    },
    ["code", "name", "type", "parent", "address", "phone", "opening_hours", "html_url"],
)

MONTH = {"type": "string", "pattern": r"^\d{4}-\d{2}$"}
COUNT = {"type": "integer", "minimum": 0}
NULLABLE_NUMBER = {"type": ["number", "null"]}
COMPLAINT_MONTH = _object(
    {
        "month": MONTH,
        "office_code": {"type": "string"},
        "category_id": {"type": ["integer", "null"]},
        "category": {"type": "string"},
        "category_en": {"type": "string"},
        "service_group": {"type": "string"},
        "received": COUNT,
        "closed": COUNT,
        "closed_within_sla": COUNT,
        "median_working_days": NULLABLE_NUMBER,
        "rated": COUNT,
        "satisfaction_mean": NULLABLE_NUMBER,
    },
    ["month", "office_code", "received", "closed", "closed_within_sla"],
)
SATISFACTION_MONTH = _object(
    {
        "month": MONTH,
        "office_code": {"type": "string"},
        "survey": {"type": "string"},
        "responses": COUNT,
        "answers": COUNT,
        "scale_max": {"type": "integer"},
        "satisfaction_mean": NULLABLE_NUMBER,
        "satisfaction_percent": NULLABLE_NUMBER,
        "top_two_box_percent": NULLABLE_NUMBER,
    },
    ["month", "office_code", "survey", "responses", "answers"],
)


def _listing(item, meta=None):
    return _object(
        {
            "meta": _object({"total_count": COUNT, **(meta or {})}, ["total_count"]),
            "items": _list_of(item),
        },
        ["meta", "items"],
    )


STATISTICS_META = {"year": {"type": ["integer", "null"]}, "office": NULLABLE_STRING}

SCHEMAS = {
    "Error": _object({"message": {"type": "string"}}, ["message"]),
    "Page": PAGE,
    "PageListing": _listing(PAGE),
    "Media": MEDIA,
    "MediaListing": _listing(MEDIA),
    "Office": OFFICE,
    "OfficeListing": _listing(_ref("Office"), {"locale": {"type": "string"}}),
    "ComplaintMonth": COMPLAINT_MONTH,
    "ComplaintStatistics": _listing(_ref("ComplaintMonth"), STATISTICS_META),
    "SatisfactionMonth": SATISFACTION_MONTH,
    "SatisfactionStatistics": _listing(_ref("SatisfactionMonth"), STATISTICS_META),
}


def _parameter(name, schema, description=""):
    return {"name": name, "in": "query", "schema": schema, "description": description}


ID = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
LISTING_PARAMETERS = [
    _parameter("limit", {"type": "integer", "minimum": 0, "maximum": 20}, "At most 20 a page."),
    _parameter("offset", {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET}),
    _parameter("fields", {"type": "string"}, "Fields to add (name) or drop (-name); * for all."),
    _parameter("order", {"type": "string"}, "A field, -field for descending, or random."),
    _parameter("search", {"type": "string", "maxLength": MAX_SEARCH}, "Full text, Thai-aware."),
    _parameter("search_operator", {"type": "string", "enum": ["and", "or"]}),
]
PAGE_PARAMETERS = [
    _parameter(
        "type",
        {"type": "string", "enum": PUBLIC_PAGE_TYPES},
        "Only pages of this type; a handbook's fields need type=manuals.CitizenHandbookPage.",
    ),
    _parameter("locale", {"type": "string", "enum": list(LOCALES)}),
    _parameter("child_of", ID),
    _parameter("descendant_of", ID),
    _parameter("ancestor_of", ID),
    _parameter("translation_of", ID),
    _parameter("slug", {"type": "string", "maxLength": 255}),
    _parameter("service_group", {"type": "string"}, "Handbooks only."),
    _parameter("agency", {"type": "string"}, "Handbooks only."),
    _parameter("audience", {"type": "string"}, "Handbooks only."),
]
STATISTICS_PARAMETERS = [
    _parameter("year", {"type": "integer", "minimum": 2000, "maximum": 2100}, "Gregorian."),
    _parameter(
        "office",
        {"type": "string", "pattern": r"^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$", "maxLength": 20},
        "An office code: that office and its branches.",
    ),
]


def _json(schema_name, description):
    return {
        "description": description,
        "content": {"application/json": {"schema": _ref(schema_name)}},
    }


ERRORS = {
    "400": _json("Error", "Bad input: an unknown parameter, field or type, or a bad value."),
    "429": _json("Error", "Too many requests from this client; see Retry-After."),
}
NOT_FOUND = {"404": _json("Error", "No such public object.")}
NOT_MODIFIED = {"304": {"description": "Not modified (If-None-Match matched the ETag)."}}


def _operation(operation_id, summary, ok, parameters=(), extra=None):
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "parameters": list(parameters),
            "responses": {"200": ok, **NOT_MODIFIED, **ERRORS, **(extra or {})},
        }
    }


def _detail_path(name):
    return {
        "name": "id",
        "in": "path",
        "required": True,
        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
    }


def _object_endpoints(name, item, listing, parameters, title):
    find = {"302": {"description": "Found: redirects to the detail URL."}, **NOT_FOUND}
    find_parameters = [_parameter("id", ID)]
    if name == "pages":
        find_parameters.append(
            _parameter("html_path", {"type": "string", "maxLength": 500}, "A page's path.")
        )
    return {
        f"{PREFIX}/{name}/": _operation(
            f"{name}_listing", f"{title}: listing", _json(listing, title), parameters
        ),
        f"{PREFIX}/{name}/{{id}}/": {
            "get": {
                **_operation(f"{name}_detail", f"{title}: one", _json(item, title))["get"],
                "parameters": [_detail_path(name), _parameter("fields", {"type": "string"})],
                "responses": {
                    "200": _json(item, title),
                    **NOT_MODIFIED,
                    **ERRORS,
                    **NOT_FOUND,
                },
            }
        },
        f"{PREFIX}/{name}/find/": _operation(
            f"{name}_find",
            f"{title}: find by id or path",
            find["302"],
            find_parameters,
            {"302": find["302"], **NOT_FOUND},
        ),
    }


def paths():
    return {
        **_object_endpoints(
            "pages", "Page", "PageListing", LISTING_PARAMETERS + PAGE_PARAMETERS, "Public pages"
        ),
        **_object_endpoints("images", "Media", "MediaListing", LISTING_PARAMETERS, "Images"),
        **_object_endpoints("documents", "Media", "MediaListing", LISTING_PARAMETERS, "Documents"),
        f"{PREFIX}/offices/": _operation(
            "offices",
            "The office directory",
            _json("OfficeListing", "Every public office, in tree order."),
            [_parameter("locale", {"type": "string", "enum": list(LOCALES)})],
        ),
        f"{PREFIX}/statistics/complaints/monthly/": _operation(
            "complaints_monthly",
            "Complaints per month, office and category",
            _json("ComplaintStatistics", "Counts; no personal data, no corruption tips."),
            STATISTICS_PARAMETERS,
        ),
        f"{PREFIX}/statistics/satisfaction/monthly/": _operation(
            "satisfaction_monthly",
            "Satisfaction per month, office and survey",
            _json("SatisfactionStatistics", "Counts and the headline satisfaction figure."),
            STATISTICS_PARAMETERS,
        ),
    }


def describe(request):
    """The OpenAPI document, its server being the site this request reached."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "SMILE portal open data",
            "version": "2.0",
            "description": (
                "Read-only public data of Revenue Region 7's portal: citizen handbooks "
                "and other public pages, public images and documents, the office "
                "directory, and monthly complaint and satisfaction statistics. "
                "Anonymous, rate-limited per client (429 with Retry-After), cached "
                "(ETag, If-None-Match answers 304), CORS open for GET. Dates ISO 8601, "
                "amounts strings with two decimals, URLs absolute."
            ),
        },
        "servers": [{"url": request.build_absolute_uri("/").rstrip("/")}],
        "paths": paths(),
        "components": {"schemas": SCHEMAS},
    }


def for_reading(request):
    """The template context of the documentation page."""
    endpoints = []
    for address, item in paths().items():
        operation = item["get"]
        endpoints.append(
            {
                "path": address,
                "summary": operation["summary"],
                "parameters": operation["parameters"],
                "statuses": sorted(operation["responses"]),
            }
        )
    return {
        "endpoints": endpoints,
        "openapi_url": reverse("opendata:openapi"),
        "example_url": f"{PREFIX}/pages/?type=manuals.CitizenHandbookPage&locale=en"
        "&fields=steps,total_time,fees",
        "title": gettext("Open data API"),
    }
