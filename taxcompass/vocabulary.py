"""The names the engine, the rules schema and the forms share: income types,
allowances, donations and filing statuses, each with its label msgid.

Plain Python (no Django): labels are marked with ``gettext_noop`` so that
``makemessages`` finds them; whoever shows them translates them.
"""


def gettext_noop(message):
    """Mark ``message`` for translation without translating it here."""
    return message


SINGLE, SPOUSE_NO_INCOME, SPOUSE_SEPARATE = "single", "spouse_no_income", "spouse_separate"
STATUSES = {
    SINGLE: gettext_noop("Single"),
    SPOUSE_NO_INCOME: gettext_noop("Married, spouse without income"),
    SPOUSE_SEPARATE: gettext_noop("Married, spouse with income filing separately"),
}

SALARY = "salary"
# Income key -> (section of the Revenue Code, label msgid), in the order of the form.
INCOME_TYPES = {
    SALARY: ("40(1)", gettext_noop("Salary, wages and bonus")),
    "fees": ("40(2)", gettext_noop("Fees, commissions and other income from services")),
    "rent_building": ("40(5)", gettext_noop("Rent of houses, buildings, rafts or boats")),
    "rent_farmland": ("40(5)", gettext_noop("Rent of farmland")),
    "rent_land": ("40(5)", gettext_noop("Rent of other land")),
    "rent_vehicle": ("40(5)", gettext_noop("Rent of vehicles")),
    "rent_other": ("40(5)", gettext_noop("Rent of other property")),
    "professional_medical": ("40(6)", gettext_noop("Medical profession")),
    "professional_other": (
        "40(6)",
        gettext_noop("Law, engineering, architecture, accounting or fine arts"),
    ),
    "contracting": ("40(7)", gettext_noop("Contracting (materials supplied by you)")),
    "business": ("40(8)", gettext_noop("Business, trade, farming and other income")),
}
# Income of these sections may be filed half-yearly (ภ.ง.ด.94).
MID_YEAR_SECTIONS = {"40(5)", "40(6)", "40(7)", "40(8)"}

# How an allowance is claimed: "fixed" (nothing to enter), "count" (people) or
# "amount" (what was paid). The kinds a rules record may give each one follow.
FIXED, COUNT, AMOUNT = "fixed", "count", "amount"
KINDS_FOR_INPUT = {
    FIXED: {"fixed"},
    COUNT: {"per_person"},
    AMOUNT: {"as_paid", "percent", "fund"},
}

FAMILY, INSURANCE = "family", "insurance"

# Allowance key -> (input, group, label msgid), in the order of the form.
ALLOWANCES = {
    "personal": (FIXED, FAMILY, gettext_noop("Personal allowance")),
    "spouse": (FIXED, FAMILY, gettext_noop("Spouse without income")),
    "children": (COUNT, FAMILY, gettext_noop("Children")),
    "children_2561": (
        COUNT,
        FAMILY,
        gettext_noop("Of these, second or later children born in 2561 or later"),
    ),
    "parents": (COUNT, FAMILY, gettext_noop("Parents aged 60 or over with income under 30,000")),
    "disabled_dependants": (COUNT, FAMILY, gettext_noop("Disabled or incapacitated dependants")),
    "pregnancy": (AMOUNT, FAMILY, gettext_noop("Pregnancy and birth expenses")),
    "social_security": (AMOUNT, INSURANCE, gettext_noop("Social security contributions")),
    "life_insurance": (AMOUNT, INSURANCE, gettext_noop("Life insurance premiums")),
    "health_insurance": (AMOUNT, INSURANCE, gettext_noop("Health insurance premiums")),
    "parents_health_insurance": (
        AMOUNT,
        INSURANCE,
        gettext_noop("Parents' health insurance premiums"),
    ),
    "pension_insurance": (AMOUNT, INSURANCE, gettext_noop("Pension insurance premiums")),
    "provident_fund": (
        AMOUNT,
        INSURANCE,
        gettext_noop("Provident fund or Government Pension Fund contributions"),
    ),
    "rmf": (AMOUNT, INSURANCE, gettext_noop("Retirement mutual fund (RMF)")),
    "nsf": (AMOUNT, INSURANCE, gettext_noop("National Savings Fund (กอช.)")),
    "home_loan_interest": (AMOUNT, INSURANCE, gettext_noop("Home-loan interest")),
}
# A count that is part of another: children_2561 are counted among children.
PART_OF = {"children_2561": "children"}

DONATION_TYPES = {
    "political": gettext_noop("Donation to a political party"),
    "education": gettext_noop(
        "Donations for education, sport, public hospitals and the like (counted twice)"
    ),
    "general": gettext_noop("General donations"),
}
