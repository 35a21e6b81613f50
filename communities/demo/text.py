"""Helpers for the demo communities: Thai page text that records its English.

``t(thai, english)`` records page-text translations for ``translate``; topics and
posts are not translated (staff write in their own language).
"""

ENGLISH = {}


def t(thai, english):
    ENGLISH[thai] = english
    return thai


def topic(title, body, tags, replies, solved=None):
    """One demo topic; ``solved`` is the index of the accepted reply."""
    return {"title": title, "body": body, "tags": tags, "replies": replies, "solved": solved}


INDEX = {
    "title": t("ชุมชนนักปฏิบัติ", "Communities of practice"),
    "slug": "communities",
    "show_in_menus": True,
    "intro": "<p>"
    + t(
        "ถาม ตอบ และแบ่งปันประสบการณ์การทำงานกับเพื่อนร่วมงานทั้งแปดจังหวัด "
        "คำตอบที่ดีที่สุดจะถูกเรียบเรียงเป็นบทความความรู้",
        "Ask, answer and share work experience with colleagues across the eight "
        "provinces. The best answers become knowledge articles.",
    )
    + "</p>",
}
