"""Mapping, documents and queries of the Thai-aware Elasticsearch 8 backend."""

import datetime
import json
import os
import unittest

import pytest
from django.test import TestCase
from modelsearch.test.testapp.models import Book

from search.backends.elasticsearch import (
    ThaiElasticsearch8Mapping,
    ThaiElasticsearch8SearchBackend,
    elasticsearch_settings,
)
from search.backends.engines import TEXT_ANALYZER

ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL")


def make_book(title, summary=""):
    return Book.objects.create(
        title=title,
        summary=summary,
        publication_date=datetime.date(2023, 1, 1),
        number_of_pages=10,
    )


def make_backend(url="http://127.0.0.1:9200", index_prefix="searchtest_"):
    params = elasticsearch_settings(url, index_prefix)
    params.pop("BACKEND")
    return ThaiElasticsearch8SearchBackend(params)


class ThaiElasticsearchMappingTests(TestCase):
    def test_autocomplete_is_searched_with_the_thai_analyzer(self):
        properties = ThaiElasticsearch8Mapping(Book).get_mapping()["properties"]
        self.assertEqual(properties["_edgengrams"]["search_analyzer"], TEXT_ANALYZER)
        self.assertEqual(properties["_edgengrams"]["analyzer"], "edgengram_analyzer")
        self.assertEqual(properties["title_edgengrams"]["search_analyzer"], TEXT_ANALYZER)

    def test_documents_are_pre_segmented(self):
        book = make_book("คู่มือภาษีอากร ๒๕๖๖", "ร้องเรียนผ่านบัตรคิว e-Filing")
        document = ThaiElasticsearch8Mapping(Book).get_document(book)
        self.assertIn("ภาษี", document["title"].split())
        self.assertIn("2566", document["title"].split())
        self.assertIn("ร้องเรียน", document["summary"].split())
        self.assertIn("e-Filing", document["summary"].split())
        self.assertIn("ภาษี", " ".join(document["_edgengrams"]).split())
        self.assertEqual(document["title_filter"], "คู่มือภาษีอากร ๒๕๖๖")

    def test_queries_are_pre_segmented(self):
        backend = make_backend()
        search = backend.search("ภาษีอากร", Book).query_compiler.get_query()
        self.assertIn("ภาษีอากร ภาษี อากร", json.dumps(search, ensure_ascii=False))
        autocomplete = backend.autocomplete("ร้องเร", Book).query_compiler.get_query()
        self.assertIn("ร้อง เร", json.dumps(autocomplete, ensure_ascii=False))

    def test_a_lone_last_letter_being_typed_stays_on_its_word(self):
        backend = make_backend()
        autocomplete = backend.autocomplete("บัตรค", Book).query_compiler.get_query()
        self.assertIn('"บัตรค"', json.dumps(autocomplete, ensure_ascii=False))
        search = backend.search("บัตรค", Book).query_compiler.get_query()
        self.assertIn('"บัตร ค"', json.dumps(search, ensure_ascii=False))


@pytest.mark.elasticsearch
@unittest.skipUnless(
    ELASTICSEARCH_URL, "set ELASTICSEARCH_URL to run against a live Elasticsearch 8"
)
class ThaiElasticsearchLiveTests(TestCase):
    def setUp(self):
        self.backend = make_backend(ELASTICSEARCH_URL)
        self.tax = make_book("คู่มือภาษีอากรสำหรับผู้ประกอบการ")
        self.complaints = make_book("ช่องทางร้องเรียนและบัตรคิวออนไลน์")
        index = self.backend.get_index_for_model(Book)
        index.reset()
        index.add_model(Book)
        self.backend.add_bulk(Book, [self.tax, self.complaints])
        index.refresh()
        self.addCleanup(index.delete)

    def test_thai_words_and_prefixes(self):
        self.assertEqual(list(self.backend.search("ภาษี", Book)), [self.tax])
        self.assertEqual(list(self.backend.search("บัตรคิว", Book)), [self.complaints])
        self.assertEqual(list(self.backend.autocomplete("ร้องเร", Book)), [self.complaints])
