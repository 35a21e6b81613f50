"""Query preparation shared by the Thai-aware backends."""

import pytest
from modelsearch.query import Phrase, PlainText

from search.backends.common import (
    MAX_QUERY_TERMS,
    query_terms,
    segment_query,
    with_object_indexer,
)


def test_query_terms_are_segmented_deduplicated_and_capped():
    assert "ร้องเรียน" in query_terms("ข้อร้องเรียน")
    assert query_terms("tax tax TAX") == ["tax", "TAX"]
    assert len(query_terms(" ".join(f"w{n}" for n in range(500)))) == MAX_QUERY_TERMS


def test_query_terms_drop_tokens_without_letters_or_digits():
    assert query_terms('" * - ^ 😀 ()') == []
    assert query_terms('"ภาษี*') == ["ภาษี"]


def test_segment_query_keeps_operator_and_phrase_order():
    plain = segment_query(PlainText("บัตรคิว ภาษี", operator="or"))
    assert isinstance(plain, PlainText)
    assert plain.operator == "or"
    assert "บัตรคิว" in plain.query_string.split()

    phrase = segment_query(Phrase("ร้องเรียนการให้บริการ"))
    assert isinstance(phrase, Phrase)
    assert phrase.query_string.split()[0] == "ร้องเรียน"


def test_with_object_indexer_rebinds_the_indexer_class():
    class Indexer:
        def __init__(self, obj):
            self.obj = obj

    def add_items(self, objs):
        return [ObjectIndexer(obj) for obj in objs]  # noqa: F821 - rebound below

    rebound = with_object_indexer(add_items, Indexer)
    assert [indexer.obj for indexer in rebound(None, [1, 2])] == [1, 2]


def test_with_object_indexer_rejects_functions_without_the_global():
    def add_items(self, objs):
        return objs

    with pytest.raises(TypeError):
        with_object_indexer(add_items, object)


def test_autocomplete_keeps_a_lone_trailing_letter_on_its_word():
    from modelsearch.query import PlainText

    from search.backends.common import segment_query

    assert segment_query(PlainText("บัตรค"), autocomplete=True).query_string == "บัตรค"
    assert segment_query(PlainText("บัตรค")).query_string == "บัตร ค"
    assert segment_query(PlainText("ร้องเร"), autocomplete=True).query_string == "ร้อง เร"
