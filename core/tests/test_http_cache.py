"""Public pages are cacheable by shared caches; a front-end cache is told when they change.

The purge target is a real HTTP server on loopback that records the PURGE
requests Wagtail's HTTPBackend sends, as nginx or Varnish would receive them.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings

from manuals.factories import (
    CitizenHandbookPageFactory,
    HandbookIndexPageFactory,
    handbook_step,
    stream,
)
from portal.factories import SectionPageFactory, StandardPageFactory
from portal.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def purges():
    """Paths a front-end cache on loopback was asked to purge, while the test runs."""
    received = []

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self):
            received.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    backend = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    with override_settings(WAGTAILFRONTENDCACHE=backend):
        yield received
    server.shutdown()
    server.server_close()


@pytest.fixture
def section(site):
    section = SectionPageFactory(parent=site.home, title="บริการผู้เสียภาษี", slug="services")
    StandardPageFactory(parent=section, title="เวลาทำการ", slug="hours")
    return section


def test_an_anonymous_public_page_may_be_kept_by_shared_caches(client, section):
    response = client.get("/th/services/hours/")
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "public" in cache_control
    assert "s-maxage=600" in cache_control and "max-age=60" in cache_control


def test_signed_in_and_restricted_pages_are_never_shared(sign_in, section, site):
    staff = sign_in("staff")
    assert "private" in staff.get("/th/services/hours/")["Cache-Control"]
    intranet = staff.get("/th/intranet/")
    assert intranet.status_code == 200
    assert "public" not in intranet["Cache-Control"]
    login_redirect = sign_in().get("/th/intranet/")
    assert login_redirect.status_code == 302
    assert "public" not in login_redirect.get("Cache-Control", "")


def test_a_page_that_sets_a_cookie_is_not_shared(client, site):
    """A handbook carries the feedback form, whose CSRF token sets a cookie."""
    index = HandbookIndexPageFactory(parent=site.home, slug="handbooks")
    CitizenHandbookPageFactory(parent=index, slug="tin")
    response = client.get("/th/handbooks/tin/")
    assert response.status_code == 200 and response.cookies
    assert "public" not in response.get("Cache-Control", "")


def test_publishing_purges_the_page_and_its_parent_listing(
    purges, section, django_capture_on_commit_callbacks
):
    page = section.get_children().get().specific
    page.title = "เวลาทำการใหม่"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert "/th/services/hours/" in purges
    assert "/th/services/" in purges


def test_unpublishing_moving_and_deleting_purge_the_old_addresses(
    purges, section, site, django_capture_on_commit_callbacks
):
    page = section.get_children().get().specific
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert purges.count("/th/services/hours/") == 1
    page.save_revision().publish()
    purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.move(site.home, pos="last-child")
    assert "/th/services/hours/" in purges
    purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.refresh_from_db()
        page.delete()
    assert "/th/hours/" in purges


def test_a_republished_handbook_shows_its_new_sections_at_once(client, site):
    """Its structured sections are a cached fragment, keyed by the page's revision."""
    index = HandbookIndexPageFactory(parent=site.home, slug="handbooks")
    handbook = CitizenHandbookPageFactory(
        parent=index, slug="tin", steps=stream("step", handbook_step("ยื่นคำขอที่เคาน์เตอร์"))
    )
    assert "ยื่นคำขอที่เคาน์เตอร์" in client.get("/th/handbooks/tin/").content.decode()
    handbook.steps = stream("step", handbook_step("ยื่นคำขอทางอินเทอร์เน็ต"))
    handbook.save_revision().publish()
    html = client.get("/th/handbooks/tin/").content.decode()
    assert "ยื่นคำขอทางอินเทอร์เน็ต" in html and "ยื่นคำขอที่เคาน์เตอร์" not in html


def paragraph(text):
    return json.dumps([{"type": "paragraph", "value": f"<p>{text}</p>"}])


def test_a_pages_body_is_rendered_once_per_published_revision(client, site):
    """The body is a cached fragment: rows changed behind Wagtail's back do not show
    until the page is published again; a preview renders the draft afresh."""
    page = StandardPageFactory(parent=site.home, slug="smile", body=paragraph("ยิ้มทักทาย"))
    assert "ยิ้มทักทาย" in client.get("/th/smile/").content.decode()
    StandardPage.objects.filter(pk=page.pk).update(body=paragraph("ไม่ควรเห็น"))
    html = client.get("/th/smile/").content.decode()
    assert "ยิ้มทักทาย" in html and "ไม่ควรเห็น" not in html
    page.refresh_from_db()
    page.body = paragraph("ยิ้มแย้มแจ่มใส")
    preview = page.make_preview_request().content.decode()
    assert "ยิ้มแย้มแจ่มใส" in preview
    assert "ยิ้มแย้มแจ่มใส" not in client.get("/th/smile/").content.decode()
    page.save_revision().publish()
    html = client.get("/th/smile/").content.decode()
    assert "ยิ้มแย้มแจ่มใส" in html and "ยิ้มทักทาย" not in html
