"""Demo service-standard manuals for staff, in Thai and English."""

from manuals.choices import Agency, Audience, ServiceGroup
from manuals.demo.bilingual import Paragraph, Ref
from manuals.demo.blocks import WORKING_DAYS, law, manual_step
from manuals.demo.handbooks import FACILITATION_ACT, REVENUE_CODE

INDEX = {
    "title": ("คู่มือมาตรฐานการให้บริการ", "Service-standard manuals"),
    "slug": "service-manuals",
    "intro": Paragraph(
        (
            "มาตรฐานการให้บริการของแต่ละงาน เวลาเป้าหมาย และพฤติกรรม SMILE ที่คาดหวัง "
            "สำหรับเจ้าหน้าที่สรรพากรภาค 7",
            "How each service is delivered to standard: target times and the SMILE behaviour "
            "expected, for Revenue Region 7 staff.",
        )
    ),
    "search_description": ("มาตรฐานการให้บริการสำหรับเจ้าหน้าที่", "Service standards for staff."),
}

COUNTER_OFFICER = ("เจ้าหน้าที่หน้าเคาน์เตอร์", "Counter officer")
GREETER = ("เจ้าหน้าที่ประชาสัมพันธ์", "Information desk officer")


def touch(moment, smile, behaviour):
    return ("touch_point", {"moment": moment, "smile": smile, "behaviour": behaviour})


def question(text, answer):
    return ("question", {"question": text, "answer": answer})


def lesson(title, text):
    return ("lesson", {"title": title, "text": text})


GREETING = touch(
    ("ต้อนรับผู้มารับบริการ", "Welcoming the visitor"),
    "S",
    (
        "ยิ้ม ทักทายก่อน ถามความประสงค์ และเชิญนั่งรอในจุดที่เห็นหน้าจอคิว",
        "Smile, greet first, ask what the visitor needs and offer a seat with a view of the queue screen.",
    ),
)

# Each manual: page fields plus "handbooks" (slugs) and "owner"/"review_in_days".
MANUALS = [
    {
        "title": (
            "มาตรฐานการรับแบบ ภ.ง.ด.90/91 ที่เคาน์เตอร์",
            "Standard for receiving P.N.D. 90/91 returns at the counter",
        ),
        "slug": "pit-counter-standard",
        "intro": (
            "ให้ผู้เสียภาษีที่มายื่นแบบด้วยตนเองได้รับบริการถูกต้อง ครบถ้วน ภายใน 30 นาที",
            "Taxpayers filing in person are served correctly and completely within 30 minutes.",
        ),
        "scope": (
            "ใช้กับการรับแบบ ภ.ง.ด.90 และ ภ.ง.ด.91 ที่สำนักงานสรรพากรพื้นที่สาขาทุกแห่งในช่วงยื่นแบบ",
            "Applies to P.N.D. 90 and 91 returns received at every area branch office in the filing season.",
        ),
        "service_group": ServiceGroup.PERSONAL_INCOME_TAX,
        "agency": Agency.BRANCH_OFFICE,
        "audience": Audience.INDIVIDUALS,
        "quality_criteria": [
            (
                "criterion",
                ("เวลารอคอยเฉลี่ยไม่เกิน 10 นาที", "Average waiting time of 10 minutes or less"),
            ),
            ("criterion", ("คำนวณภาษีถูกต้องร้อยละ 100", "Tax calculated correctly every time")),
            (
                "criterion",
                ("ความพึงพอใจของผู้รับบริการไม่ต่ำกว่าร้อยละ 90", "Satisfaction of at least 90 per cent"),
            ),
        ],
        "steps": [
            manual_step(("ตรวจเอกสารที่จุดรับบัตรคิว", "Check documents at the queue desk"), GREETER, 5),
            manual_step(
                ("ตรวจแบบและคำนวณภาษี", "Check the return and calculate the tax"),
                COUNTER_OFFICER,
                15,
                description=(
                    "อธิบายยอดภาษีเป็นภาษาที่เข้าใจง่าย และแนะนำการยื่นทางอินเทอร์เน็ตในปีถัดไป",
                    "Explain the amount in plain words and suggest filing online next year.",
                ),
            ),
            manual_step(
                ("รับชำระภาษีและออกใบเสร็จ", "Take payment and issue the receipt"),
                ("เจ้าหน้าที่การเงิน", "Cashier"),
                10,
            ),
        ],
        "touch_points": [
            GREETING,
            touch(
                ("อธิบายผลการคำนวณภาษี", "Explaining the tax calculation"),
                "M",
                (
                    "ให้ข้อมูลถูกต้องในครั้งเดียว ใช้ตัวอย่างตัวเลขของผู้เสียภาษีเอง",
                    "Get it right the first time, using the taxpayer's own figures as the example.",
                ),
            ),
            touch(
                ("ส่งผู้รับบริการกลับ", "Seeing the visitor off"),
                "I",
                (
                    "ขอบคุณ แจ้งช่องทางติดต่อ 1161 และเชิญประเมินความพึงพอใจ",
                    "Say thank you, mention the 1161 line and invite a satisfaction rating.",
                ),
            ),
        ],
        "forms": [
            (
                "form",
                {
                    "document": Ref("document", "counter-checklist"),
                    "title": ("แบบตรวจเอกสารหน้าเคาน์เตอร์", "Counter document checklist"),
                },
            )
        ],
        "legal_references": [law(REVENUE_CODE, ("มาตรา 56", "section 56")), law(FACILITATION_ACT)],
        "faqs": [
            question(
                (
                    "ผู้เสียภาษีลืมหนังสือรับรอง 50 ทวิ ทำอย่างไร",
                    "What if the taxpayer forgot the 50 bis certificate?",
                ),
                (
                    "ตรวจข้อมูลจากระบบ My Tax Account ร่วมกับผู้เสียภาษีได้ หากข้อมูลครบถ้วนให้รับแบบได้ทันที",
                    "Check My Tax Account together with the taxpayer; if the data is complete, accept the return at once.",
                ),
            ),
        ],
        "lessons": [
            lesson(
                ("ตรวจเอกสารตั้งแต่จุดรับบัตรคิว", "Check documents at the queue desk"),
                (
                    "สาขาพิษณุโลกลดเวลารอคอยเฉลี่ยจาก 25 นาทีเหลือ 9 นาที เมื่อตรวจเอกสารก่อนเข้าคิว",
                    "Phitsanulok branch cut the average wait from 25 to 9 minutes by checking documents before the queue.",
                ),
            ),
        ],
        "handbooks": ["pit-filing-at-office", "e-filing-for-elderly"],
        "owner": "editor",
        "review_in_days": -20,
    },
    {
        "title": ("มาตรฐานการคืนภาษีเงินได้บุคคลธรรมดา", "Standard for personal income tax refunds"),
        "slug": "pit-refund-standard",
        "intro": (
            "คืนภาษีให้ผู้มีสิทธิถูกต้องและรวดเร็ว ภายใน 23 วันทำการนับแต่วันที่ได้รับเอกสารครบ",
            "Refund eligible taxpayers correctly and quickly, within 23 working days of receiving complete documents.",
        ),
        "scope": (
            "ใช้กับคำขอคืนภาษีเงินได้บุคคลธรรมดาที่ยื่นทางสำนักงานและทางอินเทอร์เน็ต",
            "Applies to personal income tax refund claims filed at offices and online.",
        ),
        "service_group": ServiceGroup.REFUNDS,
        "agency": Agency.AREA_OFFICE,
        "audience": Audience.INDIVIDUALS,
        "quality_criteria": [
            (
                "criterion",
                (
                    "คืนภาษีภายในเวลาที่กำหนดไม่น้อยกว่าร้อยละ 95",
                    "At least 95 per cent of refunds paid on time",
                ),
            ),
        ],
        "steps": [
            manual_step(
                ("รับคำขอและตรวจความครบถ้วน", "Receive the claim and check it is complete"),
                COUNTER_OFFICER,
                10,
            ),
            manual_step(
                ("ตรวจสอบข้อมูลและเอกสาร", "Check data and documents"),
                ("เจ้าหน้าที่ตรวจสอบภาษี", "Tax auditor"),
                15,
                WORKING_DAYS,
            ),
            manual_step(
                ("เสนออนุมัติคืนภาษี", "Submit the refund for approval"),
                ("สรรพากรพื้นที่", "Area revenue officer"),
                5,
                WORKING_DAYS,
            ),
            manual_step(
                ("โอนเงินคืนเข้าพร้อมเพย์", "Pay into PromptPay"),
                ("เจ้าหน้าที่การเงิน", "Cashier"),
                3,
                WORKING_DAYS,
            ),
        ],
        "touch_points": [
            GREETING,
            touch(
                ("แจ้งขอเอกสารเพิ่มเติม", "Asking for more documents"),
                "L",
                (
                    "โทรศัพท์แจ้งด้วยน้ำเสียงเป็นกันเอง บอกรายการเอกสารให้ครบในครั้งเดียว และส่งรายการทาง SMS",
                    "Phone in a friendly tone, list every missing document at once and send the list by SMS.",
                ),
            ),
        ],
        "legal_references": [
            law(REVENUE_CODE, ("มาตรา 27 ตรี และมาตรา 63", "sections 27 ter and 63"))
        ],
        "faqs": [
            question(
                ("ผู้เสียภาษียังไม่ผูกพร้อมเพย์ ทำอย่างไร", "What if the taxpayer has no PromptPay account?"),
                (
                    "แนะนำให้ผูกพร้อมเพย์กับเลขประจำตัวประชาชนที่ธนาคาร แล้วแจ้งกลับทาง 1161",
                    "Ask them to link PromptPay to their national ID number at their bank, then tell 1161.",
                ),
            ),
        ],
        "lessons": [
            lesson(
                ("ขอเอกสารครั้งเดียวให้ครบ", "Ask for documents once"),
                (
                    "การขอเอกสารทีละรายการทำให้ระยะเวลาคืนภาษีเพิ่มขึ้นเฉลี่ย 6 วันทำการ",
                    "Asking for documents one at a time added 6 working days to refunds on average.",
                ),
            ),
        ],
        "handbooks": ["pit-refund"],
        "owner": "moderator",
        "review_in_days": 14,
    },
    {
        "title": ("มาตรฐานการจดทะเบียนภาษีมูลค่าเพิ่ม", "Standard for VAT registration"),
        "slug": "vat-registration-standard",
        "intro": (
            "จดทะเบียนภาษีมูลค่าเพิ่มให้ผู้ประกอบการได้ถูกต้อง และออกใบ ภ.พ.20 ภายใน 8 วันทำการ",
            "Register businesses for VAT correctly and issue the P.P. 20 certificate within 8 working days.",
        ),
        "scope": (
            "ใช้กับคำขอ ภ.พ.01 ที่ยื่นที่สำนักงานสรรพากรพื้นที่สาขา",
            "Applies to P.P. 01 applications made at area branch offices.",
        ),
        "service_group": ServiceGroup.VAT,
        "agency": Agency.BRANCH_OFFICE,
        "audience": Audience.BUSINESSES,
        "quality_criteria": [
            ("criterion", ("ข้อมูลในใบ ภ.พ.20 ถูกต้องร้อยละ 100", "P.P. 20 details correct every time"))
        ],
        "steps": [
            manual_step(
                ("รับคำขอ ภ.พ.01 และตรวจเอกสาร", "Receive form P.P. 01 and check the documents"),
                COUNTER_OFFICER,
                30,
            ),
            manual_step(
                ("ตรวจสอบสถานประกอบการ", "Inspect the premises"),
                ("เจ้าหน้าที่ตรวจสอบภาษี", "Tax auditor"),
                7,
                WORKING_DAYS,
            ),
            manual_step(
                ("ออกใบ ภ.พ.20", "Issue the P.P. 20 certificate"), COUNTER_OFFICER, 1, WORKING_DAYS
            ),
        ],
        "touch_points": [GREETING],
        "legal_references": [law(REVENUE_CODE, ("มาตรา 85", "section 85"))],
        "handbooks": ["vat-registration"],
        "owner": "editor",
        "review_in_days": 200,
    },
]
