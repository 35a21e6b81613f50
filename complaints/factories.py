"""Factories for complaints (factory_boy). ``ComplaintFactory`` files through
``complaints.filing`` so a complaint always has its reference, log and clock."""

import factory

from complaints import filing
from complaints.choices import Channel, Kind
from complaints.models import Category, SlaPolicy


class CategoryFactory(factory.django.DjangoModelFactory):
    name_th = factory.Sequence(lambda n: f"บริการล่าช้า {n}")
    name_en = factory.Sequence(lambda n: f"Slow service {n}")
    service_group = "personal-income-tax"

    class Meta:
        model = Category


class SlaPolicyFactory(factory.django.DjangoModelFactory):
    priority = "P3"
    acknowledge_days = 1
    reply_days = 5
    resolve_days = 15

    class Meta:
        model = SlaPolicy


def file(
    office=None,
    channel=Channel.WEB,
    received_at=None,
    tracking=False,
    **fields,
):
    """File a complaint (Thai text, a named complainant) and return it, or
    (complaint, tracking code) with ``tracking=True``."""
    data = {
        "kind": Kind.COMPLAINT,
        "subject": "รอคืนภาษีนานเกินกำหนด",
        "description": "ยื่นแบบขอคืนภาษีตั้งแต่ต้นปี ยังไม่ได้รับเงินคืน",
        "office": office,
        "contact_name": "สมหญิง ใจดี",
        "contact_phone": "08 1234 5678",
        "contact_email": "somying@example.com",
        **fields,
    }
    filed = filing.file_complaint(data, channel, received_at=received_at)
    return (filed.complaint, filed.tracking_code) if tracking else filed.complaint
