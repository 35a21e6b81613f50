"""Thai behaviour of ``search.backends.thai`` next to the stock database backend."""

import datetime
import unittest

from django.db import connection
from django.test import TestCase
from django.test.utils import override_settings
from modelsearch.backends import get_search_backend
from modelsearch.models import IndexEntry
from modelsearch.query import Phrase, PlainText
from modelsearch.test.testapp.models import Book

TAX_GUIDE = "คู่มือภาษีอากรสำหรับผู้ประกอบการ"
COMPLAINTS = "ช่องทางร้องเรียนและบัตรคิวออนไลน์"
LATIN = "Running a Thai tax office"
LANGUAGE = "ภาษาไทยเบื้องต้น"

BOOKS = {
    TAX_GUIDE: "ยื่นแบบ ภ.ง.ด.90 ผ่านระบบ e-Filing ภายในวันที่ ๓๑ มีนาคม ๒๕๖๖",
    COMPLAINTS: "ประชาชนร้องเรียนการให้บริการของสำนักงานประกันสังคมได้ตลอด 24 ชั่วโมง",
    LATIN: "Guides for offices in Thailand 4.0",
    LANGUAGE: "แบบเรียนภาษาไทย ฉบับปรับปรุง ๔.๐",
}

HOSTILE_QUERIES = [
    '"',
    '""',
    '"unbalanced ภาษี',
    "*",
    "ภาษี*",
    "-ภาษี",
    "^ภาษี",
    "NEAR",
    "NEAR(ภาษี อากร)",
    "ภาษี AND",
    "AND OR NOT",
    "(",
    "title:ภาษี",
    "{title body}: ภาษี",
    "'",
    "\\",
    "%s %%",
    "&|!<->",
    "😀",
    "😀ภาษี😀",
    "ๆๆๆ",
    " ",
    "\t\n",
    "ภาษี" * 2500,
    "tax " * 2500,
]

DATABASE_BACKENDS = {
    "stock": {"BACKEND": "modelsearch.backends.database"},
    "thai": {"BACKEND": "search.backends.thai"},
}


@unittest.skipUnless(
    connection.vendor in ("sqlite", "postgresql"),
    "search.backends.thai segments Thai on SQLite and PostgreSQL only",
)
@override_settings(MODELSEARCH_BACKENDS=DATABASE_BACKENDS)
class ThaiSearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        for title, summary in BOOKS.items():
            Book.objects.create(
                title=title,
                summary=summary,
                publication_date=datetime.date(2023, 1, 1),
                number_of_pages=100,
            )

    def index_with(self, name):
        """Index every book with one backend (both share the index table)."""
        IndexEntry.objects.all().delete()
        backend = get_search_backend(name)
        backend.add_bulk(Book, Book.objects.all())
        return backend

    def titles(self, results):
        return {book.title for book in results}

    def test_thai_words_inside_sentences(self):
        backend = self.index_with("thai")
        expectations = {
            "ภาษี": {TAX_GUIDE},
            "ภาษีอากร": {TAX_GUIDE},
            "ร้องเรียน": {COMPLAINTS},
            "บัตรคิว": {COMPLAINTS},
            "ประกันสังคม": {COMPLAINTS},
            "สำนักงานประกันสังคม": {COMPLAINTS},
            "2566": {TAX_GUIDE},
            "๒๕๖๖": {TAX_GUIDE},
            "ภ.ง.ด.90": {TAX_GUIDE},
            "ภงด 90": {TAX_GUIDE},
            "e-Filing": {TAX_GUIDE},
            "ร้องเรียน ประกันสังคม": {COMPLAINTS},
            "ภาษา": {LANGUAGE},
        }
        for query, expected in expectations.items():
            with self.subTest(query=query):
                self.assertEqual(self.titles(backend.search(query, Book)), expected)

    def test_stock_backend_misses_thai_words(self):
        backend = self.index_with("stock")
        for query in ["ภาษี", "ร้องเรียน", "บัตรคิว", "ประกันสังคม"]:
            with self.subTest(query=query):
                self.assertEqual(self.titles(backend.search(query, Book)), set())

    def test_digit_folding_both_ways(self):
        backend = self.index_with("thai")
        for query in ["4.0", "๔.๐"]:
            with self.subTest(query=query):
                self.assertEqual(self.titles(backend.search(query, Book)), {LATIN, LANGUAGE})

    def test_operator_or_across_thai_words(self):
        backend = self.index_with("thai")
        results = backend.search("บัตรคิว ภาษีอากร", Book, operator="or")
        self.assertEqual(self.titles(results), {TAX_GUIDE, COMPLAINTS})

    def test_autocomplete_thai_prefix(self):
        backend = self.index_with("thai")
        expectations = {
            "ร้องเร": {COMPLAINTS},
            "ช่องทางร้อง": {COMPLAINTS},
            "คู่มือภา": {TAX_GUIDE},
            "บัตรคิ": {COMPLAINTS},
        }
        for query, expected in expectations.items():
            with self.subTest(query=query):
                results = backend.autocomplete(query, Book)
                self.assertEqual(self.titles(results), expected)

    def test_phrase(self):
        backend = self.index_with("thai")
        found = backend.search(Phrase("ร้องเรียนการให้บริการ"), Book)
        self.assertEqual(self.titles(found), {COMPLAINTS})
        reordered = backend.search(Phrase("การให้บริการร้องเรียน"), Book)
        self.assertEqual(self.titles(reordered), set())

    def test_latin_queries_match_the_stock_backend(self):
        queries = ["running", "RUNNING", "Thailand", "tax office", "offices"]
        stock = self.index_with("stock")
        expected = {query: self.titles(stock.search(query, Book)) for query in queries}
        thai = self.index_with("thai")
        for query in queries:
            with self.subTest(query=query):
                self.assertEqual(self.titles(thai.search(query, Book)), expected[query])
        self.assertEqual(expected["running"], {LATIN})

    def test_hostile_queries_do_not_raise(self):
        backend = self.index_with("thai")
        for query in HOSTILE_QUERIES:
            for search in (backend.search, backend.autocomplete):
                with self.subTest(query=query[:30], method=search.__name__):
                    results = search(query, Book)
                    self.assertLessEqual(len(list(results)), len(BOOKS))
                    results.count()
            with self.subTest(query=query[:30], method="phrase"):
                list(backend.search(Phrase(query), Book))
            with self.subTest(query=query[:30], method="or"):
                list(backend.search(PlainText(query, operator="or"), Book))

    def test_thai_query_with_operator_characters_still_matches(self):
        backend = self.index_with("thai")
        for query in ['"ภาษี', "ภาษี*", "-ภาษี", "😀ภาษี😀"]:
            with self.subTest(query=query):
                self.assertEqual(self.titles(backend.search(query, Book)), {TAX_GUIDE})
