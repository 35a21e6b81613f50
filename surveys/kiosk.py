"""The counter kiosk's survey: the question set's four-faces question and its
optional reasons (the first several-choices question), and how a press is judged."""

from dataclasses import dataclass

from core import throttle

DEBOUNCE_SECONDS = 2  # presses closer together from one device count once


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


def first_press(kiosk):
    """True unless this device pressed less than ``DEBOUNCE_SECONDS`` ago."""
    return throttle.first_time(throttle.key("kiosk", kiosk.token_hash), DEBOUNCE_SECONDS)
