"""Building blocks for the demo courses: Thai text that records its English translation.

``t(thai, english)`` returns the Thai string and remembers the pair in
``ENGLISH``, the mapping ``portal.demo.loader.translate`` fills PO files from.


Questions and list items carry ids, as blocks saved by the admin do: quiz
answers refer to them.
"""

import uuid

ENGLISH = {}


def _item(value):
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def t(thai, english):
    ENGLISH[thai] = english
    return thai


def heading(thai, english):
    return {"type": "heading", "value": {"text": t(thai, english), "level": "h2"}}


def paragraph(thai, english):
    return {"type": "paragraph", "value": f"<p>{t(thai, english)}</p>"}


def callout(title, text, style="tip"):
    """``title`` and ``text`` are (thai, english) pairs."""
    return {
        "type": "callout",
        "value": {"style": style, "title": t(*title), "text": f"<p>{t(*text)}</p>"},
    }


def scenario(situation, question, options):
    """``options``: (thai, english, feedback thai, feedback english, recommended)."""
    return {
        "type": "scenario",
        "value": {
            "situation": t(*situation),
            "question": t(*question),
            "options": [
                _item({"text": t(th, en), "feedback": t(fb_th, fb_en), "recommended": recommended})
                for th, en, fb_th, fb_en, recommended in options
            ],
        },
    }


def question(thai, english, options, kind="single"):
    """``options``: (thai, english, correct, explanation thai, explanation english)."""
    return {
        "type": "question",
        "id": str(uuid.uuid4()),
        "value": {
            "question": t(thai, english),
            "kind": kind,
            "options": [
                _item({"text": t(th, en), "correct": correct, "explanation": t(ex_th, ex_en)})
                for th, en, correct, ex_th, ex_en in options
            ],
        },
    }


def quiz(slug, title, questions):
    return {
        "title": t(*title),
        "slug": slug,
        "intro": t(
            "ตอบให้ครบทุกข้อ ต้องได้อย่างน้อยร้อยละ 80 จึงผ่าน ทำซ้ำได้ไม่จำกัด ระบบนับคะแนนครั้งที่ดีที่สุด",
            "Answer every question; you need at least 80% to pass. You may try as often as you "
            "like and your best score counts.",
        ),
        "pass_mark": 80,
        "questions": questions,
    }


WHAT_TO_DO = ("คุณจะทำอย่างไรที่เคาน์เตอร์?", "What would you do at the counter?")
