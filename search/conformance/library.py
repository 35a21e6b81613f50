"""The conformance suite's data, written for this repository.

modelsearch's backend tests load a fixture called ``search`` that its package
does not ship. Its tests pin the records they expect (titles, authors,
settings, characters, meetings), so this module builds those records, with
the same primary keys, through the test app's models. It also gives the
stand-up meeting an agenda item with a speaker, so the nested-related-fields
test has someone to find.
"""

import datetime

from django.core.management.color import no_style
from django.db import connection
from modelsearch.test.testapp import models

AUTHORS = {
    1: ("George R.R. Martin", datetime.date(1948, 9, 20)),
    2: ("J. R. R. Tolkien", datetime.date(1892, 1, 3)),
    4: ("Isaac Asimov", datetime.date(1920, 1, 2)),
    5: ("David Ascher", None),
    6: ("Mark Lutz", None),
    7: ("Daniel Roy Greenfeld", None),
    8: ("Audrey Roy Greenfeld", None),
    9: ("Douglas Crockford", None),
    10: ("David Flanagan", None),
    11: ("Steve Klabnik", None),
    12: ("Carol Nichols", None),
    13: ("Jim Blandy", None),
    14: ("Jason Orendorff", None),
}

# pk: (title, author pks, publication date, pages)
NOVELS = {
    1: ("A Game of Thrones", [1], "1996-08-01", 694, "Westeros"),
    2: ("A Clash of Kings", [1], "1998-01-01", 768, "Westeros"),
    3: ("A Storm of Swords", [1], "2000-01-01", 973, "Westeros"),
    4: ("The Fellowship of the Ring", [2], "1954-07-29", 423, "Middle Earth"),
    5: ("The Two Towers", [2], "1954-11-11", 352, "Middle Earth"),
    6: ("The Return of the King", [2], "1955-10-20", 440, "Middle Earth"),
    7: ("The Hobbit", [2], "1937-09-21", 320, "Middle Earth"),
    10: ("Foundation", [4], "1951-01-01", 255, "Galactic Empire"),
}
GUIDES = {
    11: ("Learning Python", [5, 6], "1999-01-01", 1160, "py"),
    12: ("Two Scoops of Django 1.11", [7, 8], "2017-04-26", 556, "py"),
    13: ("JavaScript: The good parts", [9], "2008-05-18", 172, "js"),
    14: ("JavaScript: The Definitive Guide", [10], "1998-06-11", 792, "js"),
    15: ("The Rust Programming Language", [11, 12], "2018-05-22", 440, "rs"),
}
BOOKS = {16: ("Programming Rust", [13, 14], "2017-12-01", 622)}
UNINDEXED = {
    1: ("A Game of Thrones U", "1996-08-01", 694),
    2: ("A Clash of Kings U", "1998-01-01", 768),
    3: ("A Storm of Swords U", "2000-01-01", 973),
    4: ("The Fellowship of the Ring U", "1954-07-29", 423),
}

WESTEROS = ["Daenerys Targaryen", "Jon Snow", "Eddard Stark"]
MIDDLE_EARTH = ["Frodo Baggins", "Bilbo Baggins", "Gandalf"]
# novel pk: its characters, the first one its protagonist where it has one
CHARACTERS = {
    1: (WESTEROS, False),
    2: (WESTEROS[:2], False),
    3: (WESTEROS[:2], False),
    4: (MIDDLE_EARTH, True),
    5: (MIDDLE_EARTH, True),
    6: (MIDDLE_EARTH, True),
    7: (["Bilbo Baggins", "Thorin Oakenshield"], True),
    10: (["Hari Seldon", "Salvor Hardin"], False),
}

MEETINGS = {
    1: ("Breakfast yoga", "08:00", []),
    2: ("Stand-up meeting", "10:00", [("Release planning", ["Arthur Conan Doyle"])]),
    3: ("Evening yoga", "19:30", []),
}


def _book_fields(title, date, pages):
    return {
        "title": title,
        "publication_date": datetime.date.fromisoformat(date),
        "number_of_pages": pages,
    }


def build():
    """Create the whole library (call inside a test's class-level setup)."""
    for pk, (name, born) in AUTHORS.items():
        models.Author.objects.create(pk=pk, name=name, date_of_birth=born)
    books = {}
    for pk, (title, _authors, date, pages, setting) in NOVELS.items():
        books[pk] = models.Novel.objects.create(
            pk=pk, setting=setting, **_book_fields(title, date, pages)
        )
    for pk, (title, _authors, date, pages, language) in GUIDES.items():
        books[pk] = models.ProgrammingGuide.objects.create(
            pk=pk, programming_language=language, **_book_fields(title, date, pages)
        )
    for pk, (title, _authors, date, pages) in BOOKS.items():
        books[pk] = models.Book.objects.create(pk=pk, **_book_fields(title, date, pages))
    for pk, (_title, authors, *_rest) in {**NOVELS, **GUIDES, **BOOKS}.items():
        books[pk].authors.set(authors)
    for pk, (title, date, pages) in UNINDEXED.items():
        models.UnindexedBook.objects.create(pk=pk, **_book_fields(title, date, pages))
    character_pk = 0
    for novel_pk, (names, has_protagonist) in CHARACTERS.items():
        for position, name in enumerate(names):
            character_pk += 1
            character = models.Character.objects.create(
                pk=character_pk, name=name, novel=books[novel_pk]
            )
            if has_protagonist and position == 0:
                books[novel_pk].protagonist = character
                books[novel_pk].save()
    for pk, (name, start, agenda) in MEETINGS.items():
        meeting = models.Meeting.objects.create(
            pk=pk, name=name, start_time=datetime.time.fromisoformat(start)
        )
        for topic, speakers in agenda:
            item = models.AgendaItem.objects.create(meeting=meeting, topic=topic)
            for speaker in speakers:
                models.Speaker.objects.create(agenda_item=item, name=speaker)
    _reset_sequences()


def _reset_sequences():
    """Explicit primary keys leave PostgreSQL's sequences behind; move them on, as
    ``loaddata`` does, so the tests' own inserts get fresh keys."""
    tables = [
        models.Author, models.Book, models.Novel, models.ProgrammingGuide,
        models.UnindexedBook, models.Character, models.Meeting,
    ]  # fmt: skip
    statements = connection.ops.sequence_reset_sql(no_style(), tables)
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
