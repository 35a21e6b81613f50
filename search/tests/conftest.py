"""Search test data: a bilingual site with public pages and an intranet page, indexed,
and a search engine that is down."""

import io
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.utils import timezone

from portal.demo.content import callout, paragraph
from portal.factories import SectionPageFactory, StandardPageFactory
from search.backends.elasticsearch import elasticsearch_settings
from search.backends.opensearch import opensearch_settings
from search.tests.helpers import body
from tests.world import translate


@pytest.fixture(scope="module")
def pages(module_site):
    """A public "citizen services" section with a visit guide and a complaints page,
    an "about" section with a story, and an intranet playbook; Thai and English.
    Thai words sit inside sentences without spaces, as Thai is written."""
    home = module_site.home
    published = {"last_published_at": timezone.now()}
    about = SectionPageFactory(
        parent=home, title="เกี่ยวกับโครงการ SMILE", slug="about-smile", intro="<p>ที่มาของโครงการ</p>"
    )
    story = StandardPageFactory(
        parent=about,
        title="ความเป็นมาของโครงการ",
        slug="story",
        intro="เจ้าหน้าที่ช่วยกันถอดความรู้",
        body=body(paragraph("สำนักงานดูแลจังหวัดพิษณุโลกและให้บริการผู้เสียภาษีทุกคน")),
        **published,
    )
    smile_code = StandardPageFactory(
        parent=about, title="หลักห้าประการ", slug="smile-code", intro="พฤติกรรมบริการ", **published
    )
    services = SectionPageFactory(
        parent=home, title="บริการประชาชน", slug="citizen-services", intro="<p>ข้อมูลบริการ</p>"
    )
    visit = StandardPageFactory(
        parent=services,
        title="เตรียมตัวก่อนไปสำนักงาน",
        slug="before-you-visit",
        intro="เตรียมเอกสารให้พร้อม",
        body=body(
            paragraph("ในช่วงยื่นแบบแสดงรายการภาษีเงินได้ควรมาแต่เช้า"),
            callout("รับบัตรคิวล่วงหน้า", "กรุณารับบัตรคิวที่จุดประชาสัมพันธ์"),
        ),
        **published,
    )
    complaints = StandardPageFactory(
        parent=services,
        title="ร้องเรียนการให้บริการ",
        slug="complaints",
        intro="บอกเราว่าบริการเป็นอย่างไร",
        **published,
    )
    playbook = StandardPageFactory(
        parent=module_site.intranet,
        title="แนวปฏิบัติหน้าเคาน์เตอร์ช่วงยื่นแบบ",
        slug="counter-playbook",
        intro="ข้อตกลงของทีม",
        body=body(callout("ข้อมูลภายใน", "ห้ามเผยแพร่เอกสารนี้ต่อบุคคลภายนอก")),
        **published,
    )
    translate(about, title="About the SMILE project")
    translate(services, title="Citizen services")
    visit_en = translate(
        visit,
        title="Before you visit an office",
        body=body(paragraph("Take a queue ticket at the information desk.")),
    )
    playbook_en = translate(playbook, title="Front-counter playbook")
    call_command("update_index", stdout=io.StringIO())
    return SimpleNamespace(
        about=about,
        story=story,
        smile_code=smile_code,
        services=services,
        visit=visit,
        visit_en=visit_en,
        complaints=complaints,
        playbook=playbook,
        playbook_en=playbook_en,
        secret="ห้ามเผยแพร่",
    )


class _RedCluster(BaseHTTPRequestHandler):
    """An engine that is reachable but cannot serve: 503 to every request."""

    def _answer(self):
        body = json.dumps({"error": {"type": "cluster_block_exception"}, "status": 503}).encode()
        self.send_response(503)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _answer

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def red_cluster_url():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _RedCluster)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


ENGINE_SETTINGS = {"elasticsearch": elasticsearch_settings, "opensearch": opensearch_settings}


@pytest.fixture(
    params=[
        ("elasticsearch", "unreachable", True),
        ("elasticsearch", "unreachable", False),
        ("elasticsearch", "red", True),
        ("opensearch", "unreachable", True),
        ("opensearch", "red", False),
    ],
    ids=lambda param: "-".join([*param[:2], "fallback" if param[2] else "no-fallback"]),
)
def engine_down(request, settings, red_cluster_url):
    """Elasticsearch or OpenSearch configured where nothing listens, or where a red
    cluster answers 503 (one quick attempt), with or without a ``fallback`` backend
    in the settings."""
    engine, fault, fallback = request.param
    url = red_cluster_url if fault == "red" else "http://127.0.0.1:9"
    entry = ENGINE_SETTINGS[engine](url, "kmsite_test_", max_retries=0)
    entry["TIMEOUT"] = 1
    backends = {"default": entry}
    if fallback:
        backends["fallback"] = {"BACKEND": "search.backends.thai"}
    settings.WAGTAILSEARCH_BACKENDS = backends
