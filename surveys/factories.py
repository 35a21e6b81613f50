"""Factories for question sets, surveys, kiosks and responses (factory_boy)."""

import datetime

import factory

from surveys.choices import Channel
from surveys.models import Kiosk, QuestionSet, Service, Survey, VisitorCount
from surveys.models.kiosks import token_hash
from surveys.submission import submit


def question(kind, key, dimension="process", **extra):
    """One question as a stream item of ``QuestionSet.questions``."""
    value = {
        "key": key,
        "text_th": f"คำถาม {key}",
        "text_en": f"Question {key}",
        "required": extra.pop("required", True),
        "dimension": dimension,
        "smile": extra.pop("smile", ""),
        "gecc": extra.pop("gecc", ""),
        **extra,
    }
    if kind == "likert":
        value.setdefault("allow_na", True)
    return {"type": kind, "value": value}


def choices(*values):
    return [{"value": v, "label_th": f"ตัวเลือก {v}", "label_en": f"Choice {v}"} for v in values]


STANDARD_QUESTIONS = [
    question("likert", "process_wait", "process"),
    question("likert", "staff_smile", "staff", smile="S"),
    question("likert", "facilities", "facilities", required=False),
    question("likert", "overall", "overall", allow_na=False),
    question("text", "suggestion", "other", required=False),
]

KIOSK_QUESTIONS = [
    question("faces", "face", "overall"),
    question(
        "multiple",
        "reasons",
        "other",
        required=False,
        choices=choices("waited", "staff", "documents", "system", "other"),
    ),
]


class QuestionSetFactory(factory.django.DjangoModelFactory):
    name_th = factory.Sequence(lambda n: f"แบบสอบถามความพึงพอใจ {n}")
    name_en = factory.Sequence(lambda n: f"Satisfaction questions {n}")
    questions = factory.LazyFunction(lambda: STANDARD_QUESTIONS)

    class Meta:
        model = QuestionSet


class ServiceFactory(factory.django.DjangoModelFactory):
    code = factory.Sequence(lambda n: f"service-{n}")
    name_th = factory.Sequence(lambda n: f"บริการ {n}")
    name_en = factory.Sequence(lambda n: f"Service {n}")

    class Meta:
        model = Service


class SurveyFactory(factory.django.DjangoModelFactory):
    """``SurveyFactory(offices=[office])`` asks at those offices."""

    title_th = factory.Sequence(lambda n: f"สำรวจความพึงพอใจ {n}")
    title_en = factory.Sequence(lambda n: f"Satisfaction survey {n}")
    slug = factory.Sequence(lambda n: f"survey-{n}")
    label = "baseline 2569"
    question_set = factory.SubFactory(QuestionSetFactory)
    by_kiosk = True
    by_qr = True
    by_link = True
    opens_on = datetime.date(2020, 1, 1)
    closes_on = datetime.date(2099, 12, 31)

    class Meta:
        model = Survey
        skip_postgeneration_save = True

    @factory.post_generation
    def offices(self, create, offices, **kwargs):
        if create and offices:
            self.offices.add(*offices)


class KioskFactory(factory.django.DjangoModelFactory):
    """A kiosk whose device token is ``token`` (``KioskFactory(token="...")``)."""

    name = factory.Sequence(lambda n: f"counter {n}")
    survey = factory.SubFactory(SurveyFactory, question_set__questions=KIOSK_QUESTIONS)
    token_hash = factory.LazyAttribute(lambda kiosk: token_hash(kiosk.token))

    class Meta:
        model = Kiosk

    class Params:
        token = factory.Sequence(lambda n: f"kiosk-token-{n:04d}-abcdefghijklmnop")


class VisitorCountFactory(factory.django.DjangoModelFactory):
    month = datetime.date(2026, 1, 1)
    visitors = 400

    class Meta:
        model = VisitorCount


def rows_of(answers):
    """``Answer`` field rows from ``{key: number, "na", [choices], text or
    (importance, performance)}``."""
    rows = []
    for key, value in answers.items():
        if value == "na":
            rows.append({"question": key, "not_applicable": True})
        elif isinstance(value, list):
            rows.append({"question": key, "choices": value})
        elif isinstance(value, str):
            rows.append({"question": key, "text": value})
        elif isinstance(value, tuple):
            rows.append({"question": key, "importance": value[0], "number": value[1]})
        else:
            rows.append({"question": key, "number": value})
    return rows


def respond(survey, office, answers, channel=Channel.QR, **kwargs):
    """Save a response from answers as ``rows_of`` takes them."""
    return submit(survey=survey, office=office, channel=channel, answers=rows_of(answers), **kwargs)
