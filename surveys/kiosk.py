"""The counter kiosk's survey: the question set's four-faces question and its
optional reasons (the first several-choices question), and how a press is judged."""

from dataclasses import dataclass
from datetime import timedelta

from core import throttle

DEBOUNCE_SECONDS = 2  # responses started closer together from one device count once
# How long before its sending a response may have started (its face pressed):
# the idle time, prolonged by each reason touched, bounded.
MAX_ELAPSED = timedelta(minutes=2)


@dataclass(frozen=True)
class KioskQuestions:
    face: object
    reasons: object  # a Question, or None

    def answers(self, face, reasons):
        rows = [{"question": self.face.key, "number": face}]
        if reasons and self.reasons is not None:
            rows.append({"question": self.reasons.key, "choices": reasons})
        return rows


def kiosk_questions(question_set):
    """The kiosk's questions in ``question_set``, or None if it has no faces question."""
    questions = question_set.question_list
    face = next((q for q in questions if q.kind == "faces"), None)
    if face is None:
        return None
    reasons = next((q for q in questions if q.kind == "multiple"), None)
    return KioskQuestions(face, reasons)


def started_at(elapsed, now):
    """When the response being sent was started: ``elapsed`` milliseconds (as the
    kiosk page measured from its face press) before ``now``, at most
    ``MAX_ELAPSED``; ``now`` for a plain form post or an unreadable value."""
    text = str(elapsed or "")
    if not (text.isascii() and text.isdigit()):
        return now
    if len(text) > 9:
        return now - MAX_ELAPSED
    return now - min(timedelta(milliseconds=int(text)), MAX_ELAPSED)


def first_press(kiosk, started):
    """True unless this device started another response less than
    ``DEBOUNCE_SECONDS`` before ``started`` (someone hammering the faces). The
    reasons and "Send" that complete a response are one request with its face,
    so they are never dropped."""
    name = throttle.key("kiosk", kiosk.token_hash)
    return throttle.first_time(name, DEBOUNCE_SECONDS, at=started)
