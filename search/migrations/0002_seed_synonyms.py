"""The first synonym groups: colloquial Thai, English terms for Thai subjects, and
known misspellings. Editors change them in the admin afterwards."""

from django.db import migrations

SYNONYMS = [
    ("ทำบัตร", "ขอมีเลขประจำตัว", "ขอเลขประจำตัว"),
    ("ทำบัตรผู้เสียภาษี", "เลขประจำตัวผู้เสียภาษี"),
    ("เลขผู้เสียภาษี", "เลขประจำตัวผู้เสียภาษี"),
    ("tax id", "tax identification number", "เลขประจำตัวผู้เสียภาษีอากร"),
    ("refund", "คืนภาษี"),
    ("ขอเงินภาษีคืน", "ขอคืนภาษี"),
    ("VAT", "ภาษีมูลค่าเพิ่ม", "แวท"),
    ("promptpay", "พร้อมเพย์"),
    ("withholding tax", "ภาษีหัก ณ ที่จ่าย"),
    ("stamp duty", "อากรแสตมป์"),
    ("social security", "ประกันสังคม"),
    ("queue", "บัตรคิว"),
    ("complaint", "ร้องเรียน"),
    ("personal income tax", "ภาษีเงินได้บุคคลธรรมดา"),
    ("password", "รหัสผ่าน"),
    ("freelance", "ฟรีแลนซ์", "อาชีพอิสระ"),
    ("เน็ต", "อินเทอร์เน็ต", "ออนไลน์"),
    ("มือถือ", "โทรศัพท์มือถือ"),
    ("คนแก่", "ผู้สูงอายุ"),
    ("พนักงาน", "เจ้าหน้าที่"),
    ("ไม่ทัน", "ล่าช้า", "เกินกำหนด"),
    ("ขายบ้าน", "ขายอสังหาริมทรัพย์"),
    ("เข้มทิศ", "เข็มทิศ"),
]


def seed(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    for terms in SYNONYMS:
        SynonymGroup.objects.get_or_create(terms="\n".join(terms))


def unseed(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    SynonymGroup.objects.filter(terms__in=["\n".join(terms) for terms in SYNONYMS]).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
