"""QR posters per office: a PDF for officers, whose code opens the form with the
office filled in by a value nobody can forge for another office."""

import io
from urllib.parse import parse_qs, urlsplit

import pytest
from pypdf import PdfReader

from complaints.forms import office_from_token
from complaints.views.posters import form_url

pytestmark = pytest.mark.django_db


def test_officers_download_an_offices_poster(sign_in, offices):
    client = sign_in("officer")
    listing = client.get("/th/complaints/inbox/posters/")
    assert "/th/complaints/inbox/posters/PLK.pdf" in listing.text
    response = client.get("/th/complaints/inbox/posters/PLK.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    pdf = PdfReader(io.BytesIO(response.content))
    assert len(pdf.pages) == 1 and pdf.metadata.title.startswith("PLK")
    assert "1161" in pdf.pages[0].extract_text()
    assert 'filename="complaints-poster-PLK.pdf"' in response["Content-Disposition"]


def test_an_unknown_office_has_no_poster(sign_in, offices):
    assert sign_in("officer").get("/th/complaints/inbox/posters/NOPE.pdf").status_code == 404


@pytest.mark.parametrize("role, status", [(None, 302), ("citizen", 403), ("staff", 403)])
def test_others_get_no_poster(sign_in, offices, role, status):
    assert sign_in(role).get("/th/complaints/inbox/posters/PLK.pdf").status_code == status


def test_the_posters_address_fills_in_its_office(sign_in, offices):
    url = form_url(offices["area"])
    parts = urlsplit(url)
    assert parts.path == "/th/complaints/new/"
    [value] = parse_qs(parts.query)["office"]
    assert office_from_token(value) == "PLK"
    page = sign_in().get(f"{parts.path}?{parts.query}").text
    assert f'<option value="{offices["area"].pk}" selected>' in page
