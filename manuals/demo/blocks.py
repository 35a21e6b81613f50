"""Short-hands for the demo's StreamField blocks (values are ``(thai, english)`` pairs)."""

from manuals.durations import MINUTES, WORKING_DAYS

NONE = ""

__all__ = [
    "MINUTES",
    "WORKING_DAYS",
    "channel",
    "contact",
    "doc",
    "fee",
    "law",
    "manual_step",
    "step",
]


def step(title, unit, amount, time_unit=MINUTES, description=NONE):
    return (
        "step",
        {
            "title": title,
            "description": description,
            "amount": amount,
            "unit": time_unit,
            "responsible_unit": unit,
        },
    )


def manual_step(title, role, amount, time_unit=MINUTES, description=NONE):
    return (
        "step",
        {
            "title": title,
            "description": description,
            "amount": amount,
            "unit": time_unit,
            "role": role,
        },
    )


def doc(name, issuer, originals=1, copies=0, note=NONE):
    return (
        "document",
        {"name": name, "issuer": issuer, "originals": originals, "copies": copies, "note": note},
    )


def law(title, section=NONE, url=NONE):
    return ("law", {"title": title, "section": section, "url": url})


def channel(place, hours=NONE, url=NONE, note=NONE):
    return ("channel", {"place": place, "opening_hours": hours, "url": url, "note": note})


def contact(name, details=NONE, url=NONE):
    return ("channel", {"name": name, "details": details, "url": url})


def fee(description, amount, note=NONE):
    return ("fee", {"description": description, "amount": str(amount), "note": note})
