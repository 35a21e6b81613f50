"""Complaints on a live OpenSearch node (``OPENSEARCH_URL``): the engine filters on
the office stored in its index and counts what it holds, so a transfer to another
office and a deletion must reach it."""

import pytest
from modelsearch.backends import get_search_backend
from opensearchpy import OpenSearch

from complaints import factories, workflow
from complaints.tests.conftest import work_at
from offices.factories import OfficeIndexPageFactory, OfficePageFactory
from search.tests.helpers import SEARCH
from search.tests.live import OPENSEARCH_URL, index_prefix, needs_opensearch, portal_on

pytestmark = [*needs_opensearch, pytest.mark.django_db]
WORD = "เครื่องคิดเลขภาษี"
PREFIX = index_prefix("complaints")


def _found(client):
    """(the number of hits, the page's text)."""
    get_search_backend().refresh_indexes()  # what is indexed shows within a second
    response = client.get(SEARCH, {"q": WORD, "type": "complaints-complaint"})
    assert response.status_code == 200
    assert not response.context["fell_back"], "the node did not answer"
    return response.context["count"], response.content.decode()


def _stored():
    """The complaints the node holds."""
    get_search_backend().refresh_indexes()
    return OpenSearch(hosts=[OPENSEARCH_URL]).count(index=f"{PREFIX}complaints_complaint")["count"]


def test_a_transferred_complaint_is_found_by_its_new_office_only_and_a_deleted_one_not(
    site, sign_in, user_for, django_capture_on_commit_callbacks
):
    index = OfficeIndexPageFactory(parent=site.home)
    first = OfficePageFactory(parent=index, code="PLK")
    second = OfficePageFactory(parent=index, code="SKT")
    with portal_on(OPENSEARCH_URL, PREFIX):
        with django_capture_on_commit_callbacks(execute=True):
            complaint = factories.file(office=first, subject=f"ระบบ{WORD}ขัดข้อง")
        officer = user_for("officer")
        client = sign_in(work_at(officer, first))
        count, text = _found(client)
        assert count == 1 and complaint.reference in text
        with django_capture_on_commit_callbacks(execute=True):
            workflow.triage(complaint, officer, office=second)
        assert _found(client)[0] == 0
        work_at(officer, second)
        count, text = _found(client)
        assert count == 1 and complaint.reference in text
        assert _stored() == 1
        complaint.delete()
        assert _found(client)[0] == 0
        assert _stored() == 0, "the deleted complaint's text stays on the node"
