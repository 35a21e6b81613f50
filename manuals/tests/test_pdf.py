"""The handbook PDF: a real PDF with the handbook's text, privacy respected."""

import io

import pytest
from pypdf import PdfReader

from manuals.factories import CitizenHandbookPageFactory

pytestmark = pytest.mark.django_db


def pdf_text(response):
    reader = PdfReader(io.BytesIO(response.content))
    return "".join(page.extract_text() for page in reader.pages).replace("\u200b", "")


def test_pdf_download_of_an_english_handbook(client, manuals):
    english = manuals.handbooks["pit-refund"].en
    response = client.get(english.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="handbook-pit-refund.pdf"'
    assert response.content.startswith(b"%PDF")
    text = pdf_text(response)
    # 10 minutes + 15, 5 and 3 working days in the handbook's steps
    assert english.total_duration().working_days == 23
    for expected in (
        english.title,
        "Total time: 23 working days and 10 minutes",
        english.steps[-1].value["title"],
        english.documents[0].value["name"],
        english.complaint_channels[0].value["name"],
        "http://testserver" + english.url,
    ):
        assert expected in " ".join(text.split()), expected


def test_thai_pdf_embeds_the_thai_font_and_buddhist_era_date(client, manuals):
    thai = manuals.handbooks["vat-registration"].th
    assert "ภ.พ.01" in thai.title
    response = client.get(thai.url + "pdf/")
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


def test_empty_parts_say_none_in_the_pdf(client, manuals):
    english = manuals.handbooks["taxpayer-id"].en
    assert not english.fees and not english.sample_forms
    text = pdf_text(client.get(english.url + "pdf/"))
    fees = text.split("Fees", 1)[1]
    assert fees.lstrip().startswith("None")  # this handbook has no fees
    assert text.rstrip().split("Sample forms", 1)[1].lstrip().startswith("None")


def test_non_ascii_slugs_get_a_safe_filename(client, handbook_index):
    page = CitizenHandbookPageFactory(parent=handbook_index, slug="ทดสอบ")
    response = client.get(page.url + "pdf/")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="handbook-{page.pk}.pdf"'


def _qr_matches(image, url, scale=6, border=1):
    """Whether the PDF's image is the QR code of ``url`` (module by module)."""
    import segno

    matrix = segno.make(url, error="m").matrix
    grey = image.convert("L")
    if grey.size != ((len(matrix) + 2 * border) * scale,) * 2:
        return False
    for row, modules in enumerate(matrix):
        for column, dark in enumerate(modules):
            centre = ((border + column) * scale + scale // 2, (border + row) * scale + scale // 2)
            if (grey.getpixel(centre) < 128) != bool(dark):
                return False
    return True


def test_the_handbook_pdf_carries_a_qr_code_of_its_page_and_the_emblem(client, manuals):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Site

    from portal.models import OrganisationSettings

    english = manuals.handbooks["pit-refund"].en
    reader = PdfReader(io.BytesIO(client.get(english.url + "pdf/").content))
    first = [image.image for image in reader.pages[0].images]
    assert len(first) == 1 and _qr_matches(first[0], "http://testserver" + english.url)
    assert "Scan for the latest version" in pdf_text(client.get(english.url + "pdf/"))

    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.emblem = Image.objects.create(title="ตรา", file=get_test_image_file())
    settings.save()
    reader = PdfReader(io.BytesIO(client.get(english.url + "pdf/").content))
    assert len(reader.pages[0].images) == 2  # the emblem (in the header) and the QR code


def test_a_missing_emblem_file_still_gives_the_pdf(client, manuals):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Site

    from portal.models import OrganisationSettings

    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    emblem = Image.objects.create(title="ตรา", file=get_test_image_file())
    emblem.file.storage.delete(emblem.file.name)
    settings.emblem = emblem
    settings.save()
    english = manuals.handbooks["pit-refund"].en
    response = client.get(english.url + "pdf/")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
