"""Settings of the Thai search-engine backends, Elasticsearch 8 and OpenSearch (no
server needed), and how production settings pick one from the environment."""

import os
import subprocess
import sys
from pathlib import Path

import elastic_transport
import elasticsearch
import opensearchpy
import pytest
from django.conf import settings
from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend
from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend

from search.backends.elasticsearch import ThaiElasticsearch8SearchBackend, elasticsearch_settings
from search.backends.engines import TEXT_ANALYZER
from search.backends.opensearch import ThaiOpenSearchBackend, opensearch_settings
from search.engine import is_outage

ENGINES = {
    "elasticsearch": (elasticsearch_settings, ThaiElasticsearch8SearchBackend),
    "opensearch": (opensearch_settings, ThaiOpenSearchBackend),
}
STOCK = {"elasticsearch": Elasticsearch8SearchBackend, "opensearch": OpenSearch3SearchBackend}

each_engine = pytest.mark.parametrize("engine", sorted(ENGINES))


def backend(engine, index_settings=None, **options):
    """The backend for a settings entry, without connecting to a server."""
    make_entry, backend_class = ENGINES[engine]
    params = make_entry("http://127.0.0.1:9", "kmsite_", **options)
    params.pop("BACKEND")
    if index_settings:
        params["INDEX_SETTINGS"] = index_settings
    return backend_class(params)


def analysis(engine):
    return backend(engine).settings["settings"]["analysis"]


@each_engine
def test_settings_entry(engine):
    entry = ENGINES[engine][0]("https://search.example:9200", "kmsite_")
    assert entry["BACKEND"] == f"search.backends.{engine}"
    assert entry["URLS"] == ["https://search.example:9200"]
    assert entry["INDEX_PREFIX"] == "kmsite_"


@each_engine
def test_backend_accepts_the_entry_without_connecting(engine):
    made = backend(engine, verify_certs=False)
    assert made.index_prefix == "kmsite_"
    assert made.settings["settings"]["analysis"]["analyzer"]["default"]


@each_engine
def test_a_sites_own_index_settings_are_merged_over_the_thai_analysis(engine):
    made = backend(engine, {"settings": {"index": {"number_of_shards": 3}}})
    index_settings = made.settings["settings"]
    assert index_settings["index"]["number_of_shards"] == 3
    assert index_settings["analysis"]["analyzer"][TEXT_ANALYZER]["tokenizer"] == "whitespace"


@each_engine
def test_the_stock_backend_is_left_without_the_thai_analysis(engine):
    backend(engine)
    stock_analysis = STOCK[engine].settings["settings"]["analysis"]
    assert TEXT_ANALYZER not in stock_analysis.get("analyzer", {})


@each_engine
def test_every_analyzer_reads_pre_segmented_text(engine):
    analyzers = analysis(engine)["analyzer"]
    assert {"default", TEXT_ANALYZER, "edgengram_analyzer"} <= analyzers.keys()
    for name, analyzer in analyzers.items():
        assert analyzer["tokenizer"] == "whitespace", name
        assert analyzer["char_filter"] == ["word_boundaries"], name
        assert analyzer["filter"][:3] == ["lowercase", "asciifolding", "decimal_digit"]
    assert analyzers["edgengram_analyzer"]["filter"][-1] == "edgengram"
    assert analyzers["ngram_analyzer"]["filter"][-1] == "ngram"


@each_engine
def test_word_boundaries_split_on_anything_but_letters_marks_and_numbers(engine):
    char_filter = analysis(engine)["char_filter"]["word_boundaries"]
    assert char_filter["type"] == "pattern_replace"
    assert char_filter["pattern"] == r"[^\p{L}\p{M}\p{N}]+"
    assert char_filter["replacement"] == " "


@each_engine
def test_stock_filters_and_index_settings_are_kept(engine):
    index_settings = backend(engine).settings["settings"]
    assert index_settings["analysis"]["filter"]["edgengram"]["type"] == "edge_ngram"
    assert index_settings["index"]["max_ngram_diff"] == 12


def _elasticsearch_error(status):
    meta = elastic_transport.ApiResponseMeta(
        status=status, http_version="1.1", headers={}, duration=0.0, node=None
    )
    error_class = elasticsearch.NotFoundError if status == 404 else elasticsearch.ApiError
    return error_class("error", meta=meta, body={})


def _opensearch_error(status):
    return opensearchpy.exceptions.HTTP_EXCEPTIONS.get(status, opensearchpy.TransportError)(
        status, "error", {}
    )


@each_engine
def test_unreachable_and_failing_engines_count_as_down(engine):
    """5xx (a red cluster, an overloaded proxy) is an outage like a refused connection;
    4xx is a fault of ours and is not hidden by falling back."""
    make_error = {"elasticsearch": _elasticsearch_error, "opensearch": _opensearch_error}[engine]
    unreachable = {
        "elasticsearch": elastic_transport.ConnectionError("refused"),
        "opensearch": opensearchpy.ConnectionError("N/A", "refused", None),
    }[engine]
    assert is_outage(unreachable)
    for status in (500, 502, 503, 504):
        assert is_outage(make_error(status)), status
    for status in (400, 404):
        assert not is_outage(make_error(status)), status
    assert not is_outage(ValueError("not an engine error"))


def run_production(**env):
    """Print the search backends the production settings make of ``env``."""
    code = (
        "from django.conf import settings; b = settings.WAGTAILSEARCH_BACKENDS; "
        "print(b['default']['BACKEND'], b['default']['URLS'][0], "
        "b['default']['INDEX_PREFIX'], b['fallback']['BACKEND'])"
    )
    environment = {
        **{k: v for k, v in os.environ.items() if k not in ("OPENSEARCH_URL", "ELASTICSEARCH_URL")},
        "DJANGO_SETTINGS_MODULE": "kmsite.settings.production",
        "SECRET_KEY": "k" * 20 + "-Vx9!q2@Lm4#Zr7$Tw1%Yb8^Nc3&Hd6*Pf0(",
        "ALLOWED_HOSTS": "km.region7.example",
        "DATABASE_URL": "sqlite:///:memory:",
        **env,
    }
    return subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=Path(settings.BASE_DIR),
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@each_engine
def test_production_picks_the_engine_from_its_url_with_a_database_fallback(engine):
    variable = f"{engine.upper()}_URL"
    result = run_production(**{variable: "http://search.internal:9200"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-4:] == [
        f"search.backends.{engine}",
        "http://search.internal:9200",
        "kmsite_",
        "search.backends.thai",
    ]


def test_production_refuses_both_engines_at_once():
    result = run_production(
        OPENSEARCH_URL="http://search.internal:9200", ELASTICSEARCH_URL="http://es.internal:9200"
    )
    assert result.returncode != 0
    assert "OPENSEARCH_URL or ELASTICSEARCH_URL" in result.stderr
