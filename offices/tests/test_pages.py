"""The office directory and office pages: both languages, phones, privacy, queries."""

import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from offices.choices import GeccLevel, OfficeType
from offices.factories import OfficeIndexPageFactory, OfficePageFactory
from offices.models import OfficeIndexPage, OfficePage
from offices.tests.helpers import OFFICES

pytestmark = pytest.mark.django_db


class Outline(HTMLParser):
    """Office headings (h2 for the regional and area offices, h4 for branches, h3 on an
    office's own page), ``tel:`` links and the tags a page uses."""

    def __init__(self):
        super().__init__()
        self.headings, self.tel_links, self.tags = [], [], set()
        self._heading = None

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        attrs = dict(attrs)
        if "office-card__title" in (attrs.get("class") or ""):
            self._heading = [tag, ""]
        if tag == "a" and (attrs.get("href") or "").startswith("tel:"):
            self.tel_links.append(attrs["href"])

    def handle_data(self, data):
        if self._heading:
            self._heading[1] += data

    def handle_endtag(self, tag):
        if self._heading and tag == self._heading[0]:
            self.headings.append((tag, self._heading[1].strip()))
            self._heading = None


def outline(response):
    assert response.status_code == 200
    parser = Outline()
    parser.feed(response.content.decode())
    return parser


def fresh(page):
    """A copy of a module-wide page that a test may change."""
    return type(page).objects.get(pk=page.pk)


def names(language):
    column = 0 if language == "th" else 1
    return {code: spec[column] for code, spec in OFFICES.items()}


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_index_lists_the_regional_office_first_then_each_area_with_its_branches(
    client, directory, language
):
    index = getattr(directory.index, language)
    title = names(language)
    page = outline(client.get(index.url))
    assert page.headings == [
        ("h2", title["R7"]),
        ("h2", title["PLK"]),
        ("h4", title["PLK-01"]),
        ("h4", title["PLK-02"]),
        ("h2", title["TAK"]),
        ("h4", title["TAK-01"]),
    ]
    body = client.get(index.url).content.decode()
    for code in ("PLK", "TAK"):
        assert f'href="#office-{code.lower()}"' in body and f'id="office-{code.lower()}"' in body


def test_every_number_is_a_tel_link_and_nothing_needs_a_wide_screen(client, directory):
    response = client.get(directory.index.th.url)
    page = outline(response)
    offices = [pair.th for pair in directory.offices.values()]
    assert sorted(page.tel_links) == sorted(office.phone_uri for office in offices)
    assert all(re.fullmatch(r"tel:\+66\d{8,9}", link) for link in page.tel_links)
    assert "table" not in page.tags and "iframe" not in page.tags
    body = response.content.decode()
    assert 'name="viewport" content="width=device-width, initial-scale=1"' in body
    assert "css/offices.css" in body


def test_the_stylesheet_fits_a_390_pixel_phone():
    """Outside the wide-screen media queries nothing is wider than 390 px (24.375 rem),
    grid columns may shrink and long words wrap; print styles are there."""
    css = Path(settings.BASE_DIR, "static/css/offices.css").read_text()
    narrow = re.sub(r"@media \(min-width:[^{]+\{(?:[^{}]*\{[^}]*\})*\s*\}", "", css)
    for value, unit in re.findall(r"(?<![-\w])(?:min-)?width:\s*([\d.]+)(px|rem)", narrow):
        assert float(value) * (16 if unit == "rem" else 1) <= 390
    assert "minmax(0, 1fr)" in narrow and "overflow-wrap: anywhere" in narrow
    # Only telephone numbers (a dozen characters) are kept on one line.
    for selector, rule in re.findall(r"([^{}]+)\{([^}]*)\}", narrow):
        if "nowrap" in rule:
            assert selector.strip() == 'a[href^="tel:"]', selector
    assert "@media print" in css


def test_the_index_query_count_does_not_grow_with_offices(
    client, directory, django_assert_max_num_queries
):
    url = directory.index.th.url
    client.get(url)  # warm the per-site caches
    with django_assert_max_num_queries(8) as six_offices:
        client.get(url)
    baseline = len(six_offices.captured_queries)
    area = directory.offices["TAK"].th
    for number in range(6):
        OfficePageFactory(parent=area, branch=True, slug=f"extra-{number}")
    client.get(url)
    with django_assert_max_num_queries(baseline):
        assert len(outline(client.get(url)).headings) == len(OFFICES) + 6


@pytest.mark.parametrize("code", ["R7", "PLK", "PLK-01"])
def test_each_office_page_renders_within_a_query_budget(
    client, directory, django_assert_max_num_queries, code
):
    url = directory.offices[code].en.url
    client.get(url)
    with django_assert_max_num_queries(8):
        assert client.get(url).status_code == 200


def test_an_area_office_lists_its_branches(client, directory):
    area = directory.offices["PLK"]
    page = outline(client.get(area.en.url))
    assert page.headings == [("h3", "Wang Thong Branch"), ("h3", "Bang Rakam Branch")]
    assert page.tel_links[0] == area.en.phone_uri


def test_a_branch_names_its_area_office(client, directory):
    branch = directory.offices["TAK-01"]
    page = outline(client.get(branch.th.url))
    assert page.headings == [("h3", directory.offices["TAK"].th.title)]
    assert page.tel_links == [branch.th.phone_uri, directory.offices["TAK"].th.phone_uri]


def test_an_office_page_shows_everything_it_has(client, directory):
    office = fresh(directory.offices["TAK"].th)
    office.email = "tak@rd.go.th"
    office.out_of_hours = "ยื่นแบบทางอินเทอร์เน็ต หรือโทร 1161"
    office.public_transport = "รถสองแถวสายตลาด ลงหน้าศาลากลาง"
    office.accessibility = "ทางลาดและห้องน้ำสำหรับผู้พิการ"
    office.map_url = "https://www.openstreetmap.org/?mlat=16.884&mlon=99.126#map=17/16.884/99.126"
    office.gecc_level = GeccLevel.ADVANCED
    office.save_revision().publish()
    body = client.get(office.url).content.decode()
    for text in (
        office.address,
        "mailto:tak@rd.go.th",
        office.out_of_hours,
        office.public_transport,
        office.accessibility,
        office.code,
        str(GeccLevel.ADVANCED.label),  # in Thai, the active language
    ):
        assert text in body
    # The map is a plain link: no embedded map, no script from elsewhere.
    assert (
        f'<a href="{office.map_url.replace("&", "&amp;")}" rel="external noopener noreferrer">'
        in body
    )
    assert "OpenStreetMap" in body
    assert "<iframe" not in body and not re.search(r"<script[^>]+src=\"https?:", body)


@pytest.mark.parametrize(
    ("language", "days", "closed", "holidays"),
    [
        ("th", "จันทร์ – ศุกร์", "เสาร์ – อาทิตย์", "ปิดทำการในวันหยุดราชการ"),
        ("en", "Monday – Friday", "Saturday – Sunday", "Closed on public holidays."),
    ],
)
def test_opening_hours_in_the_active_language(client, directory, language, days, closed, holidays):
    office = getattr(directory.offices["PLK"], language)
    body = client.get(office.url).content.decode()
    assert f"<dt>{days}</dt><dd>08:30–16:30" in body
    assert f"<dt>{closed}</dt>" in body
    if language == "en":
        assert holidays in body


def test_a_lunch_break_and_a_saturday_morning(client, directory):
    office = fresh(directory.offices["TAK-01"].en)
    office.opening_hours = [
        *[
            ("hours", {"weekday": str(day), "opens": "08:30", "closes": "16:30"})
            for day in range(4)
        ],
        ("hours", {"weekday": "4", "opens": "08:30", "closes": "12:00"}),
        ("hours", {"weekday": "4", "opens": "13:00", "closes": "16:30"}),
        ("hours", {"weekday": "5", "opens": "09:00", "closes": "12:00"}),
    ]
    office.save_revision().publish()
    body = client.get(office.url).content.decode()
    assert "<dt>Monday – Thursday</dt><dd>08:30–16:30</dd>" in body
    assert "<dt>Friday</dt><dd>08:30–12:00, 13:00–16:30</dd>" in body
    assert "<dt>Saturday</dt><dd>09:00–12:00</dd>" in body
    assert "<dt>Sunday</dt><dd>Closed</dd>" in body


def test_an_office_without_hours_asks_readers_to_call(client, directory):
    office = fresh(directory.offices["PLK-02"].en)
    office.opening_hours = []
    office.save_revision().publish()
    assert "Call the office to ask when it is open." in client.get(office.url).content.decode()


def test_an_empty_directory_says_so_and_offers_the_call_centre(client, directory):
    index = OfficeIndexPageFactory(parent=directory.index.th.get_parent(), slug="no-offices")
    body = client.get(index.url).content.decode()
    assert gettext("No office has been published here yet.") in body
    assert 'href="tel:1161"' in body


def test_drafts_and_restricted_offices_stay_out_of_the_directory(client, sign_in, directory):
    draft = OfficePageFactory(parent=directory.offices["PLK"].th, branch=True, live=False)
    hidden = OfficePageFactory(parent=directory.offices["PLK"].th, branch=True)
    restriction = PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.LOGIN
    )
    index_url = directory.index.th.url
    titles = [title for _tag, title in outline(client.get(index_url)).headings]
    assert draft.title not in titles and hidden.title not in titles
    signed_in = [title for _tag, title in outline(sign_in("staff").get(index_url)).headings]
    assert hidden.title in signed_in and draft.title not in signed_in
    restriction.delete()


def test_the_directory_is_in_the_sitemap_in_both_languages(client, directory):
    body = client.get("/sitemap.xml").content.decode()
    for pair in (directory.index, directory.offices["PLK-01"]):
        for page in (pair.th, pair.en):
            assert f"http://localhost{page.url}</loc>" in body


@pytest.mark.parametrize(("query", "code"), [("วังทอง", "PLK-01"), ("แม่สอด", "TAK-01")])
def test_thai_search_finds_offices(client, directory, query, code):
    call_command("update_index", stdout=io.StringIO())
    response = client.get("/th/search/", {"q": query})
    titles = [result["title"] for result in response.context["results"]]
    assert directory.offices[code].th.title in titles
    filtered = client.get("/th/search/", {"q": query, "type": "offices-officepage"})
    assert directory.offices[code].th.title in [r["title"] for r in filtered.context["results"]]


def test_the_directory_sits_under_the_home_page_once(directory):
    home = directory.index.th.get_parent()
    assert OfficeIndexPage.parent_page_types == ["portal.HomePage"]
    assert not OfficeIndexPage.can_create_at(home)  # max_count = 1


def test_offices_go_under_the_directory_and_branches_under_area_offices(directory):
    offices = directory.offices
    assert OfficePage.can_create_at(directory.index.th)
    assert OfficePage.can_create_at(offices["PLK"].th)
    assert not OfficePage.can_create_at(offices["R7"].th)
    assert not OfficePage.can_create_at(offices["PLK-01"].th)
    assert offices["PLK"].th.office_type == OfficeType.AREA


def test_translations_keep_the_code_number_and_hours(directory):
    for pair in directory.offices.values():
        assert (pair.en.code, pair.en.phone) == (pair.th.code, pair.th.phone)
        assert pair.en.week() == pair.th.week()
