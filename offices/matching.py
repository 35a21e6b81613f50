"""Which office a typed name means: an office code, or an office's title in any language.

Staff profiles named their office in free text before the office directory
existed; ``link_profiles`` links each such note to the office it names. The
migration that made the office a link runs it (with its historical models),
and so do ``manage.py link_staff_offices`` and the demo.
"""

import unicodedata


def normalise(text):
    """``text`` as names are compared: compatibility forms folded, case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())


def office_names(rows, source_language):
    """{normalised code or title: id of the office's page in ``source_language``} from
    ``rows`` of (id, code, title, translation key, language code) of office pages in
    every language (the first page of an office stands in where it lacks that language).
    A name that two offices share names neither."""
    rows = list(rows)
    page_of = {}
    for pk, _code, _title, key, language in rows:
        if language == source_language or key not in page_of:
            page_of[key] = pk
    names, shared = {}, set()
    for _pk, code, title, key, _language in rows:
        for name in filter(None, (normalise(code), normalise(title))):
            if names.setdefault(name, page_of[key]) != page_of[key]:
                shared.add(name)
    return {name: pk for name, pk in names.items() if name not in shared}


def link_profiles(profile_model, office_model, source_language):
    """Link every profile that has an office note but no office to the office its note
    names, and clear that note; return how many were linked. Notes that name no
    office, or two, stay as they are."""
    rows = office_model.objects.values_list(
        "pk", "code", "title", "translation_key", "locale__language_code"
    )
    names = office_names(rows, source_language)
    linked = 0
    for profile in profile_model.objects.filter(office__isnull=True).exclude(office_note=""):
        office_id = names.get(normalise(profile.office_note))
        if office_id is not None:
            profile.office_id, profile.office_note = office_id, ""
            profile.save(update_fields=["office", "office_note"])
            linked += 1
    return linked
