"""Index settings of the Thai-aware Elasticsearch 8 backend (no server needed)."""

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend

from search.backends.elasticsearch import (
    TEXT_ANALYZER,
    ThaiElasticsearch8SearchBackend,
    elasticsearch_settings,
)


def backend(**entry):
    """The backend for a settings entry, without connecting to a server."""
    params = elasticsearch_settings("http://127.0.0.1:9", "kmsite_", **entry)
    params.pop("BACKEND")
    return ThaiElasticsearch8SearchBackend(params)


def analysis():
    return backend().settings["settings"]["analysis"]


def test_settings_entry():
    entry = elasticsearch_settings("https://es.example:9200", "kmsite_")
    assert entry["BACKEND"] == "search.backends.elasticsearch"
    assert entry["URLS"] == ["https://es.example:9200"]
    assert entry["INDEX_PREFIX"] == "kmsite_"


def test_backend_accepts_the_entry_without_connecting():
    made = backend(verify_certs=False)
    assert made.index_prefix == "kmsite_"
    assert made.settings["settings"]["analysis"]["analyzer"]["default"]


def test_a_sites_own_index_settings_are_merged_over_the_thai_analysis():
    params = elasticsearch_settings("http://127.0.0.1:9", "kmsite_")
    params.pop("BACKEND")
    params["INDEX_SETTINGS"] = {"settings": {"index": {"number_of_shards": 3}}}
    settings = ThaiElasticsearch8SearchBackend(params).settings["settings"]
    assert settings["index"]["number_of_shards"] == 3
    assert settings["analysis"]["analyzer"][TEXT_ANALYZER]["tokenizer"] == "whitespace"


def test_the_stock_backend_is_left_without_the_thai_analysis():
    backend()
    assert TEXT_ANALYZER not in Elasticsearch8SearchBackend.settings["settings"]["analysis"].get(
        "analyzer", {}
    )


def test_every_analyzer_reads_pre_segmented_text():
    analyzers = analysis()["analyzer"]
    assert {"default", TEXT_ANALYZER, "edgengram_analyzer"} <= analyzers.keys()
    for name, analyzer in analyzers.items():
        assert analyzer["tokenizer"] == "whitespace", name
        assert analyzer["char_filter"] == ["word_boundaries"], name
        assert analyzer["filter"][:3] == ["lowercase", "asciifolding", "decimal_digit"]
    assert analyzers["edgengram_analyzer"]["filter"][-1] == "edgengram"
    assert analyzers["ngram_analyzer"]["filter"][-1] == "ngram"


def test_word_boundaries_split_on_anything_but_letters_marks_and_numbers():
    char_filter = analysis()["char_filter"]["word_boundaries"]
    assert char_filter["type"] == "pattern_replace"
    assert char_filter["pattern"] == r"[^\p{L}\p{M}\p{N}]+"
    assert char_filter["replacement"] == " "


def test_stock_filters_and_index_settings_are_kept():
    settings = backend().settings["settings"]
    assert settings["analysis"]["filter"]["edgengram"]["type"] == "edge_ngram"
    assert settings["index"]["max_ngram_diff"] == 12
