"""The tax compass on a phone: a salaried citizen enters a monthly salary in Thai
digits, three allowances and the withholding on their 50 ทวิ certificate, and
sees the refund with every step of the calculation."""

import pytest

from .pages import PHONE, follow

pytestmark = pytest.mark.e2e


def fits_the_screen(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_a_salaried_citizen_sees_the_refund_step_by_step_on_a_phone(open_page, screenshot):
    phone = open_page("th-TH", **PHONE)
    phone.goto("/th/tax-compass/")
    assert fits_the_screen(phone)
    form = phone.locator("form.compass-form")

    # ๕๐,๐๐๐ a month (600,000 a year); social security 9,000, life insurance
    # 20,000, one child; 20,000 baht withheld by the employer.
    form.locator('select[name="salary_period"]').select_option("monthly")
    form.locator('[name="income.salary"]').fill("๕๐,๐๐๐")
    form.locator('[name="allowances.social_security"]').fill("๙,๐๐๐")
    form.locator('[name="allowances.life_insurance"]').fill("20,000")
    form.locator('[name="allowances.children"]').fill("๑")
    form.locator('[name="withholding"]').fill("20,000")
    follow(phone, form.locator('button[type="submit"]'))

    # Expenses 50% of 600,000 capped at 100,000; allowances 60,000 + 9,000 + 20,000
    # + 30,000 = 119,000; net 381,000; tax 7,500 + 8,100 = 15,600; refund 4,400.
    result = phone.locator("#result")
    verdict = result.locator(".compass-verdict--refund")
    assert verdict.is_visible()
    assert "4,400.00" in verdict.inner_text()
    rows = result.locator(".compass-steps tr.step")

    def amount(key_class):
        return rows.and_(phone.locator(f".step--{key_class}")).locator(".amount")

    assert amount("income").inner_text() == "600,000.00"
    assert amount("expense").inner_text() == "100,000.00"
    assert amount("expense").count() == 1
    assert rows.and_(phone.locator(".step--allowance")).count() == 4
    assert amount("net").inner_text() == "381,000.00"
    assert [cell.inner_text() for cell in amount("bracket").all()] == [
        "0.00",
        "7,500.00",
        "8,100.00",
    ]
    assert amount("tax").inner_text() == "15,600.00"
    assert amount("withholding").inner_text() == "20,000.00"
    assert amount("balance").inner_text() == "4,400.00"
    # Every allowance and bracket cites its source.
    cited = rows.and_(phone.locator(".step--allowance, .step--bracket")).locator("a.source")
    assert cited.count() == 7
    assert all(link.get_attribute("href").startswith("https://") for link in cited.all())

    # The answer is a shareable address, and the page is not wider than the phone.
    assert "income.salary=" in phone.url
    assert fits_the_screen(phone)
    screenshot(phone)
