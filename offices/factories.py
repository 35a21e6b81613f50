"""Factories for the office directory and closures (wagtail_factories / factory_boy)."""

import datetime

import factory
import wagtail_factories

from offices.choices import OfficeType
from offices.models import Closure, OfficeIndexPage, OfficePage


class OfficeIndexPageFactory(wagtail_factories.PageFactory):
    title = "สำนักงานสรรพากรในพื้นที่"
    slug = factory.Sequence(lambda n: f"offices-{n}")
    intro = "<p>ที่อยู่ เบอร์โทรศัพท์ และเวลาทำการของทุกสำนักงาน</p>"

    class Meta:
        model = OfficeIndexPage


class OfficePageFactory(wagtail_factories.PageFactory):
    """An area office; ``OfficePageFactory(regional=True)`` or ``(branch=True)`` for the others."""

    title = factory.Sequence(lambda n: f"สำนักงานสรรพากรพื้นที่ทดสอบ {n}")
    slug = factory.Sequence(lambda n: f"office-{n}")
    code = factory.Sequence(lambda n: f"T{n:02d}")
    office_type = OfficeType.AREA
    address = "ศาลากลางจังหวัด ถนนวังจันทน์ ตำบลในเมือง อำเภอเมือง จังหวัดพิษณุโลก 65000"
    phone = factory.Sequence(lambda n: f"0 5524 {n % 10000:04d}")

    class Meta:
        model = OfficePage

    class Params:
        regional = factory.Trait(office_type=OfficeType.REGIONAL)
        branch = factory.Trait(office_type=OfficeType.BRANCH)


class ClosureFactory(factory.django.DjangoModelFactory):
    name_th = "ปิดทำการย้ายสำนักงาน"
    name_en = "Closed for the office move"
    start_date = datetime.date(2027, 3, 10)
    end_date = factory.LazyAttribute(lambda closure: closure.start_date)
    office = None

    class Meta:
        model = Closure
