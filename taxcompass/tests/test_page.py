"""The tax compass page: the form, the answer on GET or POST, errors, PDF, search."""

import pytest
from django.utils import translation
from django.utils.http import urlencode
from pypdf import PdfReader

from manuals.factories import HandbookIndexPageFactory
from taxcompass.factories import TaxCompassPageFactory, TaxYearRulesFactory
from taxcompass.rules import shipped
from tests.cache_reads import root_path_reads
from tests.world import translate

pytestmark = [pytest.mark.django_db]

ANSWERS = {
    "tax_year": "2568",
    "status": "single",
    "income.salary": "๖๐๐,๐๐๐",
    "allowances.social_security": "9,000",
}


@pytest.fixture
def compass(site, rules):
    page = TaxCompassPageFactory(parent=site.home)
    translate(page, title="Tax compass")
    return page


def test_the_blank_form(client, compass):
    body = client.get(compass.url).content.decode()
    for name in ("income.salary", "allowances.rmf", "donations.education", "withholding"):
        assert f'name="{name}"' in body
    assert 'for="id_income.salary"' in body
    assert "2568" in body and ">2569<" not in body  # the draft year is not offered


def test_the_answer_on_get(client, compass):
    body = client.get(f"{compass.url}?{urlencode(ANSWERS)}").content.decode()
    # 600,000 - 100,000 - 60,000 - 9,000 = 431,000 → 7,500 + 13,100 = 20,600.
    assert "431,000.00" in body
    assert "20,600.00" in body
    assert "https://www.rd.go.th/59670.html" in body
    assert "ภ.ง.ด.91" in body
    assert "https://efiling.rd.go.th" in body
    assert "pdf/?" in body


def test_the_answer_reads_the_site_root_paths_once(client, compass, site):
    HandbookIndexPageFactory(parent=site.home)
    url = f"{compass.url}?{urlencode(ANSWERS)}"
    client.get(url)
    with root_path_reads() as reads:
        body = client.get(url).content.decode()
    assert f'action="{compass.url}#result"' in body and f'href="{compass.url}pdf/?' in body
    assert len(reads) == 1


def test_the_answer_on_post(client, compass):
    body = client.post(compass.url, ANSWERS).content.decode()
    assert "20,600.00" in body


def test_monthly_salary(client, compass):
    answers = {**ANSWERS, "income.salary": "50,000", "salary_period": "monthly"}
    assert "20,600.00" in client.get(compass.url, answers).content.decode()


def test_errors_are_listed_and_shown_at_each_field(client, compass):
    answers = {**ANSWERS, "income.salary": "-5", "allowances.children": "25"}
    response = client.get(compass.url, answers)
    assert response.status_code == 200
    body = response.content.decode()
    assert 'class="error-summary"' in body
    assert 'href="#id_income.salary"' in body
    assert 'href="#id_allowances.children"' in body
    assert 'id="result"' not in body


def test_english(client, compass):
    english = compass.get_translation(compass.locale.__class__.objects.get(language_code="en"))
    body = client.get(english.url, ANSWERS).content.decode()
    assert "Net income" in body and "20,600.00" in body


def test_a_year_without_approved_rules_says_so(client, site):
    TaxYearRulesFactory(draft=True)
    page = TaxCompassPageFactory(parent=site.home)
    body = client.get(page.url, ANSWERS).content.decode()
    with translation.override("th"):
        message = translation.gettext(
            "No tax year has approved rules yet, so the compass cannot make an estimate. "
            "Please come back later."
        )
    assert message in body
    assert 'name="income.salary"' not in body


def test_the_handbook_index_is_linked(client, compass, site):
    handbooks = HandbookIndexPageFactory(parent=site.home)
    assert f'href="{handbooks.url}"' in client.get(compass.url).content.decode()


def test_the_pdf(client, compass):
    response = client.get(f"{compass.url}pdf/", ANSWERS)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = "".join(
        page.extract_text() for page in PdfReader(__import__("io").BytesIO(response.content)).pages
    )
    assert "20,600.00" in text


def test_the_pdf_of_bad_answers_goes_back_to_the_form(client, compass):
    response = client.get(f"{compass.url}pdf/", {**ANSWERS, "income.salary": "x"})
    assert response.status_code == 302
    assert response["Location"].startswith(compass.url)


def test_anonymous_visitors_get_no_save_form_and_no_cookie(client, compass):
    response = client.get(compass.url, ANSWERS)
    assert "/th/accounts/login/?next=" in response.content.decode()
    assert not response.cookies


@pytest.mark.parametrize("query", ["เข็มทิศภาษี", "เข้มทิศภาษี", "เข้มทิศาษี", "เข้มทิศภาชี"])
def test_found_by_every_spelling(client, compass, query):
    assert compass.url in client.get("/th/search/", {"q": query}).content.decode()


def test_the_page_renders_within_a_query_budget(client, compass, django_assert_max_num_queries):
    client.get(compass.url)
    client.get(compass.url, ANSWERS)
    with django_assert_max_num_queries(12):
        assert client.get(compass.url).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(compass.url, ANSWERS).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(f"{compass.url}pdf/", ANSWERS).status_code == 200


def test_an_unrelated_search_does_not_find_it(client, compass):
    assert compass.url not in client.get("/th/search/", {"q": "ฟุตบอล"}).content.decode()


def test_a_stimulus_measure_is_offered_with_its_dates_and_cap(client, site):
    data = shipped(2568)
    data["stimulus"] = [
        {
            "key": "e_receipt",
            "label_th": "ช้อปลดหย่อน",
            "label_en": "Shopping allowance",
            "cap": "50000",
            "from": "2025-01-16",
            "to": "2025-02-28",
            "source": "https://www.rd.go.th/555.html",
            "note": "มาตรการทดสอบ",
        }
    ]
    TaxYearRulesFactory(data=data)
    page = TaxCompassPageFactory(parent=site.home)
    # 600,000 - 100,000 - 60,000 - 9,000 - 50,000 (70,000 capped) = 381,000
    # → 7,500 + 8,100 = 15,600.
    body = client.get(page.url, {**ANSWERS, "stimulus.e_receipt": "70000"}).content.decode()
    assert "ช้อปลดหย่อน" in body and "2568" in body and "50,000" in body
    assert "15,600.00" in body


def test_editors_edit_the_page_and_cannot_add_a_second(sign_in, compass, site):
    editor = sign_in("editor")
    assert editor.get(f"/admin/pages/{compass.pk}/edit/").status_code == 200
    add = f"/admin/pages/add/taxcompass/taxcompasspage/{site.home.pk}/"
    assert editor.get(add).status_code in (302, 403)


def test_non_residents_are_sent_to_the_revenue_department(client, compass):
    body = client.get(compass.url, {**ANSWERS, "non_resident": "on"}).content.decode()
    assert 'href="https://www.rd.go.th/"' in body
    assert 'id="result"' not in body


def test_expenses_name_their_income_and_receipts_are_asked_for_actual_expenses_only(
    client, compass
):
    english = compass.get_translation(compass.locale.__class__.objects.get(language_code="en"))
    answers = {**ANSWERS, "income.rent_building": "200000"}
    with translation.override("en"):
        label = translation.gettext("Receipts for the actual expenses you deducted")
    flat = client.get(english.url, answers).content.decode()
    assert "Expenses: Rent of houses, buildings, rafts or boats" in flat
    assert label not in flat
    actual = client.get(english.url, {**answers, "actual_expenses.rent_building": "80000"})
    assert label in actual.content.decode()


def test_answers_are_never_cached_and_the_blank_form_may_be(client, compass):
    assert "public" in client.get(compass.url)["Cache-Control"]
    for url in (compass.url, f"{compass.url}pdf/"):
        cache_control = client.get(url, ANSWERS)["Cache-Control"]
        assert "no-store" in cache_control and "private" in cache_control
