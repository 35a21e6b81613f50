"""Our Thai completion of third-party catalogues (Django, Wagtail, wagtail-localize,
allauth): which upstream messages exist, which have Thai, and the override
catalogues in ``locale/overrides`` that complete and correct them.

The overrides live in their own LOCALE_PATHS entry, after ``locale`` (our own
catalogue, which ``makemessages --no-obsolete`` regenerates and would strip of
third-party messages), so ``compilemessages`` compiles them and Django and the
JavaScript catalogue merge them over the packages' own Thai.
"""

import importlib
import re
from dataclasses import dataclass
from pathlib import Path

import polib
from django.conf import settings

LANGUAGE = "th"
# A lower-case English word outside placeholders: a msgstr equal to such a msgid is a copy.
_ENGLISH = re.compile(r"\b[a-z]{3,}\b")
_PLACEHOLDER = re.compile(r"%\(\w+\)[sdr]|\{\w*\}")
DOMAINS = ("django", "djangojs")
# The installed packages whose screens our editors, moderators and officers meet.
PACKAGES = (
    "django.conf",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "wagtail",
    "wagtail.admin",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.documents",
    "wagtail.embeds",
    "wagtail.images",
    "wagtail.locales",
    "wagtail.search",
    "wagtail.sites",
    "wagtail.snippets",
    "wagtail.users",
    "wagtail_localize",
    "wagtail_localize.locales",
    "allauth",
)


def overrides_dir():
    return Path(settings.BASE_DIR) / "locale" / "overrides"


def override_path(domain):
    return overrides_dir() / LANGUAGE / "LC_MESSAGES" / f"{domain}.po"


def _locale_dir(package):
    return Path(importlib.import_module(package).__file__).parent / "locale"


def _key(entry):
    return (entry.msgctxt or "", entry.msgid)


def _translated(entry):
    """Translated, and not merely copied (a few packages' Thai repeat the English)."""
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        values = list(entry.msgstr_plural.values())
        return all(values) and values[0] not in (entry.msgid, entry.msgid_plural)
    copied = entry.msgstr == entry.msgid and _ENGLISH.search(_PLACEHOLDER.sub("", entry.msgid))
    return bool(entry.msgstr) and not copied


@dataclass
class Coverage:
    package: str
    domain: str
    total: int
    upstream: int  # translated by the package itself
    ours: int  # completed or corrected by our overrides
    missing: list

    @property
    def thai(self):
        return self.total - len(self.missing)


def upstream_entries(package, domain):
    """The package's messages (its English source catalogue, else its Thai one),
    each with the package's Thai translation or None."""
    base = _locale_dir(package)
    source, thai = (base / lang / "LC_MESSAGES" / f"{domain}.po" for lang in ("en", LANGUAGE))
    if not source.exists() and not thai.exists():
        return []
    thai_entries = {_key(e): e for e in polib.pofile(str(thai))} if thai.exists() else {}
    entries = polib.pofile(str(source if source.exists() else thai))
    return [
        (entry, thai_entries.get(_key(entry)))
        for entry in entries
        if entry.msgid and not entry.obsolete
    ]


def load_overrides(domain):
    path = override_path(domain)
    return polib.pofile(str(path)) if path.exists() else _new_catalogue()


def _new_catalogue():
    catalogue = polib.POFile(wrapwidth=0)
    catalogue.metadata = {
        "Project-Id-Version": "SMILE KM portal: Thai overrides",
        "PO-Revision-Date": "2026-11-30 00:00+0700",
        "Last-Translator": "SMILE KM portal <no-reply@smile-km.example>",
        "Language-Team": "Thai",
        "Language": LANGUAGE,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=1; plural=0;",
    }
    return catalogue


def coverage():
    """One :class:`Coverage` per package and domain that has messages."""
    result = []
    for domain in DOMAINS:
        ours = {_key(e): e for e in load_overrides(domain) if _translated(e)}
        for package in PACKAGES:
            entries = upstream_entries(package, domain)
            if not entries:
                continue
            upstream = sum(1 for _, thai in entries if thai is not None and _translated(thai))
            overridden = sum(1 for entry, _ in entries if _key(entry) in ours)
            missing = [
                entry
                for entry, thai in entries
                if _key(entry) not in ours and not (thai is not None and _translated(thai))
            ]
            result.append(Coverage(package, domain, len(entries), upstream, overridden, missing))
    return result


def add_missing():
    """Add every message no catalogue translates to the override catalogues, with
    an empty translation and its package as a comment; return how many."""
    added = 0
    for domain in DOMAINS:
        catalogue = load_overrides(domain)
        known = {_key(e) for e in catalogue}
        for item in coverage():
            if item.domain != domain:
                continue
            for entry in item.missing:
                if _key(entry) in known:
                    continue
                known.add(_key(entry))
                catalogue.append(
                    polib.POEntry(
                        msgctxt=entry.msgctxt,
                        msgid=entry.msgid,
                        msgid_plural=entry.msgid_plural,
                        msgstr="",
                        msgstr_plural={0: ""} if entry.msgid_plural else {},
                        flags=[f for f in entry.flags if f.endswith("-format")],
                        comment=item.package,
                    )
                )
                added += 1
        path = override_path(domain)
        path.parent.mkdir(parents=True, exist_ok=True)
        catalogue.wrapwidth = 0
        catalogue.save(str(path))
    return added
