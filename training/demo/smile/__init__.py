"""The SMILE course: one module per letter of the SMILE code."""

from training.demo.smile import e, i, l, m, s
from training.demo.text import heading, paragraph, t

COURSE = {
    "title": t("หลักสูตร SMILE บริการด้วยใจ", "SMILE: service from the heart"),
    "slug": "smile",
    "intro": t(
        "หลักสูตรพื้นฐานสำหรับเจ้าหน้าที่ทุกคนของสำนักงานสรรพากรภาค 7 เรียนรู้รหัส SMILE ทีละตัวอักษร "
        "พร้อมสถานการณ์จริงที่เคาน์เตอร์",
        "The core course for every member of staff at Revenue Region 7: the SMILE code one "
        "letter at a time, with real situations from the counter.",
    ),
    "public_description": True,
    "body": [
        heading("รหัส SMILE", "The SMILE code"),
        paragraph(
            "S Smile มีจิตบริการ, M Marvelous ทำงานอย่างมืออาชีพ, I Impress ให้บริการอย่างประทับใจ, "
            "L Lively มีชีวิตชีวา เป็นกันเอง และ E Excellence มีความเป็นเลิศในการบริการ",
            "S Smile: a service mind; M Marvelous: working professionally; I Impress: "
            "memorable service; L Lively: warm and approachable; E Excellence: service excellence.",
        ),
        paragraph(
            "หลักสูตรนี้กลั่นจากการประชุมเชิงปฏิบัติการ 12 ครั้งของโครงการ SMILE แต่ละหน่วยมีบทเรียนสองบท "
            "และแบบทดสอบห้าข้อ ผ่านครบทุกหน่วยแล้วรับเกียรติบัตรที่ตรวจสอบได้",
            "This course distils the SMILE project's 12 workshops. Each module has two lessons "
            "and a five-question quiz; pass every module to receive a verifiable certificate.",
        ),
    ],
    "modules": [s.MODULE, m.MODULE, i.MODULE, l.MODULE, e.MODULE],
}
