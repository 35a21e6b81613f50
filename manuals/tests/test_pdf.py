"""The handbook PDF: a real PDF with the handbook's text, privacy respected."""

import io

import pytest
from pypdf import PdfReader

from manuals.factories import CitizenHandbookPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def pdf_text(response):
    reader = PdfReader(io.BytesIO(response.content))
    return "".join(page.extract_text() for page in reader.pages).replace("\u200b", "")


def test_pdf_download_of_an_english_handbook(client):
    response = client.get("/en/handbooks/pit-refund/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="handbook-pit-refund.pdf"'
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response)
    for expected in (
        "Claiming a personal income tax refund",
        "Total time: 23 working days and 10 minutes",
        "Pay the refund into the PromptPay account",
        "Withholding tax certificate (50 bis)",
        "Revenue Department call centre",
        "http://testserver/en/handbooks/pit-refund/",
    ):
        assert expected in " ".join(text.split()), expected


def test_thai_pdf_embeds_the_thai_font_and_buddhist_era_date(client):
    response = client.get("/th/handbooks/vat-registration/pdf/")
    reader = PdfReader(io.BytesIO(response.content))
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("Sarabun" in name for name in fonts)
    text = pdf_text(response)
    assert "ภ.พ.01" in text
    assert "25" in text  # Buddhist Era year in the footer (25xx)


def test_empty_parts_say_none_in_the_pdf(client):
    text = pdf_text(client.get("/en/handbooks/taxpayer-id/pdf/"))
    fees = text.split("Fees", 1)[1]
    assert fees.lstrip().startswith("None")  # this handbook has no fees
    assert text.rstrip().split("Sample forms", 1)[1].lstrip().startswith("None")


def test_non_ascii_slugs_get_a_safe_filename(client, handbook_index):
    page = CitizenHandbookPageFactory(parent=handbook_index, slug="ทดสอบ")
    response = client.get(page.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="handbook-{page.pk}.pdf"'
