"""Themes of free-text suggestions, by keywords in Thai and English (no Django)."""

THEMES = {
    "waiting": ("รอ", "คิว", "นาน", "ช้า", "wait", "queue", "slow"),
    "staff": ("เจ้าหน้าที่", "พนักงาน", "บริการดี", "สุภาพ", "ยิ้ม", "staff", "officer", "polite"),
    "documents": ("เอกสาร", "แบบฟอร์ม", "สำเนา", "document", "form", "paper"),
    "system": ("ระบบ", "ออนไลน์", "อินเทอร์เน็ต", "เว็บ", "แอป", "system", "online", "website", "app"),
    "facilities": ("ที่จอด", "จอดรถ", "ที่นั่ง", "ห้องน้ำ", "แอร์", "สถานที่", "parking", "seat", "toilet"),
}
OTHER = "other"


def theme_of(text):
    """The themes ``text`` mentions (``OTHER`` if none)."""
    folded = text.casefold()
    found = [theme for theme, words in THEMES.items() if any(word in folded for word in words)]
    return found or [OTHER]


def themes(texts, examples=3):
    """[(theme, count, up to ``examples`` texts)], the most mentioned first."""
    grouped = {}
    for text in texts:
        for theme in theme_of(text):
            grouped.setdefault(theme, []).append(text)
    return sorted(
        ((theme, len(found), found[:examples]) for theme, found in grouped.items()),
        key=lambda row: (-row[1], row[0]),
    )
