"""Faults of a live OpenSearch node while the portal serves: stopped, restarted,
rebuilt. The module starts a node of its own (Java 17 and Maven, as
``make search-engine`` does), so stopping it disturbs no other test."""

import logging
import os
import socket
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search.tests.helpers import SEARCH, SUGGEST, titles
from search.tests.live import index_prefix, needs_opensearch, portal_on

pytestmark = [*needs_opensearch, pytest.mark.django_db]

ENGINE = Path(settings.BASE_DIR) / "search" / "engine"
FALLBACK_NOTICE = "ระบบค้นหาหลักไม่พร้อมใช้งาน"


class Node:
    """A node started by ``search/engine/start.sh`` on a fixed port, with its data
    kept in ``home`` so that a restarted node finds its indices again."""

    def __init__(self, workdir):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.env = {
            **os.environ,
            "ENGINE_STATE": str(workdir / "state"),
            "OPENSEARCH_HOME": str(workdir / "home"),
            "OPENSEARCH_PORT": str(self.port),
        }
        self.url = f"http://127.0.0.1:{self.port}"

    def _run(self, script):
        result = subprocess.run(
            [str(ENGINE / script)], env=self.env, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip().splitlines()[-1]

    def start(self):
        assert self._run("start.sh") == self.url

    def stop(self):
        self._run("stop.sh")


@pytest.fixture(scope="module")
def node(pages, tmp_path_factory):
    node = Node(tmp_path_factory.mktemp("opensearch-node"))
    node.start()
    try:
        with portal_on(node.url, index_prefix("faults")):
            yield node
    finally:
        node.stop()


@pytest.fixture
def stopped(node):
    """The node stopped for the test, started again after it."""
    node.stop()
    yield node
    node.start()


def fell_back(response):
    assert response.status_code == 200
    return response.context["fell_back"]


def test_the_node_serves_while_it_runs(client, pages, node):
    response = client.get(SEARCH, {"q": "บัตรคิว"})
    assert not fell_back(response)
    assert pages.visit.title in titles(response)


def test_with_the_node_stopped_every_search_path_answers_from_the_database(
    sign_in, pages, stopped, caplog
):
    client = sign_in("staff")
    with caplog.at_level(logging.WARNING, logger="kmsite.search"):
        found = client.get(SEARCH, {"q": "บัตรคิว"})
        did_you_mean = client.get(SEARCH, {"q": "บัตรคิว ไดโนเสาร์ ยานอวกาศ"})
        typed = client.get(SUGGEST, {"q": "ร้องเร"})
        next_page = client.get(SEARCH, {"q": "ภาษี", "page": 2})
        one_type = client.get(SEARCH, {"q": "SMILE", "type": "portal-sectionpage"})
    assert fell_back(found) and pages.visit.title in titles(found)
    assert FALLBACK_NOTICE in found.content.decode()
    assert fell_back(did_you_mean) and did_you_mean.context["suggestions"] == ["บัตรคิว"]
    assert typed.status_code == 200
    assert pages.complaints.title in [row["title"] for row in typed.json()["suggestions"]]
    assert fell_back(next_page) and fell_back(one_type)
    assert titles(one_type) == [pages.about.title]
    events = [getattr(record, "event", "") for record in caplog.records]
    assert events.count("search.fallback") == 5  # one per request


def test_publishing_works_with_the_node_stopped_and_the_database_keeps_up(client, pages, stopped):
    page = Page.objects.get(pk=pages.smile_code.pk).specific
    page.title = "หลักห้าประการฉบับปรับปรุงใหม่"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.live and page.title == "หลักห้าประการฉบับปรับปรุงใหม่"
    response = client.get(SEARCH, {"q": "ฉบับปรับปรุงใหม่"})
    assert fell_back(response)
    assert titles(response) == [page.title]


def test_a_restarted_node_serves_again_without_restarting_the_portal(client, pages, node):
    node.stop()
    assert fell_back(client.get(SEARCH, {"q": "ร้องเรียน"}))
    node.start()
    response = client.get(SEARCH, {"q": "ร้องเรียน"})
    assert not fell_back(response)
    assert pages.complaints.title in titles(response)


def test_an_index_rebuild_does_not_interrupt_searching(client, pages, node):
    """The steps of ``update_index`` with searches between them: the old index
    answers until the new one, complete, replaces it."""
    backend = get_search_backend("default")
    alias = backend.get_index_for_model(Page)
    rebuilder = backend.rebuilder_class(alias)

    def searched():
        response = client.get(SEARCH, {"q": "บัตรคิว"})
        assert not fell_back(response)
        return titles(response)

    before = searched()
    assert pages.visit.title in before
    index = rebuilder.start()
    assert searched() == before
    index.add_model(Page)
    for model in {type(page) for page in vars(pages).values() if isinstance(page, Page)}:
        index.add_model(model)
        index.add_items(model, model.objects.live())
        assert searched() == before
    rebuilder.finish()
    assert searched() == before
    assert [found.name for found in alias.aliased_indices()] == [index.name]
