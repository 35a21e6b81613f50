"""The portal's roles as Django groups, with the admin permissions each needs.

``ensure_roles()`` is idempotent: it creates what is missing and adds missing
permissions, and never removes what an administrator granted by hand.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from core.access import STAFF

EDITORS = "Editors"
MODERATORS = "Moderators"
JUDGES = "Judges"
CONTEST_MANAGERS = "Contest managers"
SUPERVISORS = "Supervisors"
OFFICERS = "Complaint officers"
OFFICE_HEADS = "Office heads"
EXECUTIVES = "Executives"
SURVEY_MANAGERS = "Survey managers"

ROLE_LABELS = {
    STAFF: _("Staff"),
    EDITORS: _("Editors"),
    MODERATORS: _("Moderators"),
    JUDGES: _("Judges"),
    CONTEST_MANAGERS: _("Contest managers"),
    SUPERVISORS: _("Supervisors"),
    OFFICERS: _("Complaint officers"),
    OFFICE_HEADS: _("Office heads"),
    EXECUTIVES: _("Executives"),
    SURVEY_MANAGERS: _("Survey managers"),
}

# Permissions by "app_label.codename".
_ADMIN = ["wagtailadmin.access_admin", "wagtail_localize.submit_translation"]
# Promoted search results, the search-terms report and the search synonyms.
_SEARCH = [
    "wagtailsearchpromotions.add_searchpromotion",
    "wagtailsearchpromotions.change_searchpromotion",
    "wagtailsearchpromotions.delete_searchpromotion",
    *[f"search.{action}_synonymgroup" for action in ("add", "change", "delete", "view")],
]
# Readers' "was this page helpful?" answers, in the admin.
_FEEDBACK = ["manuals.view_pagefeedback"]
# Days offices are closed besides weekends and public holidays (working time skips them).
_CLOSURES = [f"offices.{action}_closure" for action in ("add", "change", "view")]
# Tax compass rules per tax year: drafted by one editor, approved by another.
_TAX_RULES = [
    *[f"taxcompass.{action}_taxyearrules" for action in ("add", "change", "view")],
    "taxcompass.approve_taxyearrules",
]
# Satisfaction surveys: question sets, campaigns, services and kiosks are admin snippets.
# Complaint categories, SLA policies and reply templates: office heads keep them.
_COMPLAINT_SETUP = [
    "wagtailadmin.access_admin",
    *[
        f"complaints.{action}_{model}"
        for model in ("category", "slapolicy", "replytemplate")
        for action in ("add", "change", "view")
    ],
]
_SURVEYS = [
    "wagtailadmin.access_admin",
    "core.manage_surveys",
    *[
        f"surveys.{action}_{model}"
        for model in ("questionset", "survey", "service", "kiosk", "visitorcount")
        for action in ("add", "change", "view")
    ],
]
_MEDIA_EDIT = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]

ROLES = {
    STAFF: {"permissions": ["core.staff_member"], "page": [], "collection": []},
    EDITORS: {
        "permissions": [*_ADMIN, *_SEARCH, *_FEEDBACK, *_CLOSURES, *_TAX_RULES],
        "page": ["add_page", "change_page"],
        "collection": _MEDIA_EDIT,
    },
    MODERATORS: {
        "permissions": [
            *_ADMIN,
            *_SEARCH,
            *_FEEDBACK,
            *_CLOSURES,
            "offices.delete_closure",
            "core.moderate_communities",
        ],
        "page": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
        "collection": [*_MEDIA_EDIT, "wagtailimages.delete_image", "wagtaildocs.delete_document"],
    },
    JUDGES: {"permissions": ["core.judge_contests"], "page": [], "collection": []},
    # Contests, their categories, rubrics and judge panels are admin snippets.
    CONTEST_MANAGERS: {
        "permissions": [
            "wagtailadmin.access_admin",
            "core.manage_contests",
            *[
                f"contests.{action}_{model}"
                for model in ("contest", "category")
                for action in ("add", "change", "view")
            ],
        ],
        "page": [],
        "collection": [],
    },
    SUPERVISORS: {"permissions": ["core.supervise_training"], "page": [], "collection": []},
    OFFICERS: {"permissions": ["core.handle_complaints"], "page": [], "collection": []},
    OFFICE_HEADS: {
        "permissions": ["core.head_office", *_SURVEYS, *_COMPLAINT_SETUP],
        "page": [],
        "collection": [],
    },
    EXECUTIVES: {
        "permissions": ["core.read_all_offices", *_SURVEYS],
        "page": [],
        "collection": [],
    },
    SURVEY_MANAGERS: {"permissions": _SURVEYS, "page": [], "collection": []},
}


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def ensure_roles():
    """Create every role group with its permissions; return {name: Group}."""
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    groups = {}
    for name, spec in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*[_permission(p) for p in spec["permissions"]])
        for codename in spec["page"]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=_permission(f"wagtailcore.{codename}")
            )
        for dotted in spec["collection"]:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_permission(dotted)
            )
        groups[name] = group
    return groups
