"""Each message the glossary (locale/th/GLOSSARY.md) lists reads, in Thai, with
its row's term and none of the words it replaces: through every catalogue Django
merges (ours, our overrides, the packages')."""

import re

import pytest
from django.conf import settings
from django.utils import translation

GLOSSARY = settings.BASE_DIR / "locale" / "th" / "GLOSSARY.md"
ROW = re.compile(
    r"^\|(?P<english>[^|]+)\|(?P<thai>[^|]+)\|(?P<not>[^|]*)\|(?P<messages>[^|]*`[^|]+)\|$"
)


def table_lines():
    """The glossary table's rows (its header and rule aside)."""
    lines = GLOSSARY.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.startswith("|")][2:]


def rows():
    for line in table_lines():
        if match := ROW.match(line):
            wrong = [w.strip() for w in match["not"].split(",") if w.strip()]
            for msgid in re.findall(r"`([^`]+)`", match["messages"]):
                yield pytest.param(msgid, match["thai"].strip(), wrong, id=msgid)


def test_every_row_of_the_glossary_is_read():
    assert table_lines()
    assert [line for line in table_lines() if not ROW.match(line)] == []


def test_the_glossary_lists_the_known_corrections():
    assert {p.values[0] for p in rows()} >= {"Submitted", "Solved", "Quote", "Report"}


@pytest.mark.parametrize(("msgid", "term", "wrong"), list(rows()))
def test_a_glossary_message_uses_its_term(msgid, term, wrong):
    with translation.override("th"):
        thai = translation.gettext(msgid)
    assert term.replace("…", "") in thai, thai
    assert not [w for w in wrong if w in thai], thai
