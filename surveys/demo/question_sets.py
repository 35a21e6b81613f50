"""The demo question sets and services, in Thai and English."""


def q(kind, key, dimension, th, en, required=True, smile="", gecc="", **extra):
    value = {
        "key": key,
        "text_th": th,
        "text_en": en,
        "required": required,
        "dimension": dimension,
        "smile": smile,
        "gecc": gecc,
        **extra,
    }
    if kind == "likert":
        value.setdefault("allow_na", True)
    return {"type": kind, "value": value}


def options(*pairs):
    return [{"value": value, "label_th": th, "label_en": en} for value, th, en in pairs]


SERVICES = [
    ("vat-registration", "จดทะเบียนภาษีมูลค่าเพิ่ม", "VAT registration"),
    ("pit-filing", "ยื่นแบบภาษีเงินได้บุคคลธรรมดา", "Personal income tax filing"),
    ("refund", "ขอคืนภาษี", "Tax refunds"),
    ("stamp-duty", "อากรแสตมป์", "Stamp duty"),
    ("certificates", "ขอหนังสือรับรองและคัดสำเนา", "Certificates and copies"),
]

STANDARD = {
    "name_th": "แบบสำรวจความพึงพอใจต่อการให้บริการ (มาตรฐาน)",
    "name_en": "Service satisfaction survey (standard)",
    "questions": [
        q(
            "likert",
            "process_steps",
            "process",
            "ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน",
            "The steps were simple",
            gecc="GECC-R1",
        ),
        q(
            "likert",
            "process_wait",
            "process",
            "ระยะเวลารอรับบริการเหมาะสม",
            "The waiting time was reasonable",
            gecc="GECC-R1",
        ),
        q(
            "likert",
            "process_fair",
            "process",
            "ให้บริการตามลำดับก่อนหลังอย่างเป็นธรรม",
            "People were served fairly, in turn",
        ),
        q(
            "likert",
            "staff_smile",
            "staff",
            "เจ้าหน้าที่ยิ้มแย้มแจ่มใส ทักทายด้วยความเป็นมิตร",
            "Staff smiled and greeted you warmly",
            smile="S",
        ),
        q(
            "likert",
            "staff_marvelous",
            "staff",
            "เจ้าหน้าที่แต่งกายสุภาพ บุคลิกดี น่าเชื่อถือ",
            "Staff looked neat and trustworthy",
            smile="M",
        ),
        q(
            "likert",
            "staff_impress",
            "staff",
            "เจ้าหน้าที่ให้บริการด้วยความเต็มใจ ประทับใจ",
            "Staff served willingly and left a good impression",
            smile="I",
        ),
        q(
            "likert",
            "staff_lively",
            "staff",
            "เจ้าหน้าที่กระตือรือร้น ให้บริการรวดเร็ว",
            "Staff were lively and quick",
            smile="L",
        ),
        q(
            "likert",
            "staff_excellence",
            "staff",
            "เจ้าหน้าที่มีความรู้ ให้คำแนะนำได้ถูกต้องชัดเจน",
            "Staff knew the answers and explained them clearly",
            smile="E",
        ),
        q(
            "likert",
            "facilities_seats",
            "facilities",
            "สถานที่สะอาด มีที่นั่งรอเพียงพอ",
            "The office was clean with enough seats",
        ),
        q(
            "likert",
            "facilities_signs",
            "facilities",
            "ป้ายบอกทางและจุดบริการชัดเจน",
            "Signs and counters were easy to find",
        ),
        q(
            "likert",
            "facilities_parking",
            "facilities",
            "มีที่จอดรถเพียงพอ",
            "There was enough parking",
        ),
        q(
            "likert",
            "result_done",
            "result",
            "ได้รับบริการตรงตามความต้องการ",
            "You got what you came for",
            gecc="GECC-R2",
        ),
        q(
            "likert",
            "result_info",
            "result",
            "ได้รับข้อมูลที่เป็นประโยชน์",
            "The information you got was useful",
        ),
        q(
            "likert",
            "overall",
            "overall",
            "ความพึงพอใจโดยรวมต่อการให้บริการ",
            "Overall, how satisfied are you?",
            allow_na=False,
            gecc="GECC-R3",
        ),
        q(
            "text",
            "suggestion",
            "other",
            "ข้อเสนอแนะเพื่อการปรับปรุงบริการ",
            "What should we improve?",
            required=False,
        ),
    ],
}

REASONS = options(
    ("waited", "รอนาน", "Waited long"),
    ("staff", "เจ้าหน้าที่", "Staff"),
    ("documents", "เอกสาร", "Documents"),
    ("system", "ระบบ", "System"),
    ("other", "อื่น ๆ", "Other"),
)

KIOSK = {
    "name_th": "แบบสำรวจด่วนที่จุดบริการ (คีออสก์)",
    "name_en": "Quick counter survey (kiosk)",
    "questions": [
        q(
            "faces",
            "face",
            "overall",
            "วันนี้ท่านพึงพอใจกับบริการของเราเพียงใด",
            "How was our service today?",
        ),
        q(
            "multiple",
            "reasons",
            "other",
            "เพราะอะไร (เลือกได้หลายข้อ)",
            "Why? (choose any)",
            required=False,
            choices=REASONS,
        ),
    ],
}

NEEDS = {
    "name_th": "การศึกษาความต้องการและความคาดหวังของผู้รับบริการ",
    "name_en": "Needs and expectations study",
    "questions": [
        q(
            "multiple",
            "channels",
            "process",
            "ท่านสะดวกติดต่อกรมสรรพากรช่องทางใด",
            "How do you prefer to reach us?",
            choices=options(
                ("counter", "ที่สำนักงาน", "At an office"),
                ("efiling", "ยื่นแบบออนไลน์", "Online filing"),
                ("phone", "โทรศัพท์ 1161", "The 1161 call centre"),
                ("line", "ไลน์", "LINE"),
            ),
        ),
        q(
            "multiple",
            "online_wanted",
            "result",
            "บริการใดที่ท่านอยากให้ทำได้ทางออนไลน์",
            "Which services should be online?",
            required=False,
            choices=options(
                ("certificates", "ขอหนังสือรับรอง", "Certificates"),
                ("refund", "ติดตามการคืนภาษี", "Refund tracking"),
                ("registration", "จดทะเบียน", "Registration"),
                ("appointments", "นัดหมายล่วงหน้า", "Appointments"),
            ),
        ),
        q(
            "single",
            "acceptable_wait",
            "process",
            "ท่านรอได้นานที่สุดกี่นาที",
            "How long can you wait at most?",
            choices=options(
                ("m10", "ไม่เกิน 10 นาที", "Up to 10 minutes"),
                ("m20", "ไม่เกิน 20 นาที", "Up to 20 minutes"),
                ("m30", "ไม่เกิน 30 นาที", "Up to 30 minutes"),
                ("m60", "ไม่เกิน 1 ชั่วโมง", "Up to an hour"),
            ),
        ),
        q("importance", "ip_speed", "process", "ความรวดเร็วของบริการ", "Speed of service"),
        q(
            "importance",
            "ip_courtesy",
            "staff",
            "ความสุภาพของเจ้าหน้าที่",
            "Courtesy of staff",
            smile="S",
        ),
        q("importance", "ip_clarity", "result", "ความชัดเจนของคำแนะนำ", "Clarity of advice"),
        q("importance", "ip_parking", "facilities", "ที่จอดรถ", "Parking"),
        q(
            "scale",
            "recommend",
            "overall",
            "ท่านจะแนะนำบริการนี้ให้ผู้อื่นมากน้อยเพียงใด (0–10)",
            "How likely are you to recommend us (0–10)?",
        ),
    ],
}

COMPLAINTS = {
    "name_th": "แบบสำรวจความพึงพอใจต่อการจัดการเรื่องร้องเรียน",
    "name_en": "Complaint handling survey",
    "questions": [
        q(
            "yes_no",
            "resolved",
            "result",
            "เรื่องของท่านได้รับการแก้ไขหรือไม่",
            "Was your complaint resolved?",
        ),
        q(
            "likert",
            "complaint_speed",
            "process",
            "ความรวดเร็วในการตอบกลับ",
            "How quickly we replied",
        ),
        q(
            "likert",
            "complaint_staff",
            "staff",
            "ความเอาใจใส่ของเจ้าหน้าที่",
            "How attentive the staff were",
            smile="I",
        ),
        q(
            "likert",
            "complaint_result",
            "result",
            "ความชัดเจนของคำชี้แจงผลการดำเนินการ",
            "How clearly we explained the outcome",
        ),
        q(
            "likert",
            "overall",
            "overall",
            "ความพึงพอใจโดยรวมต่อการจัดการเรื่องร้องเรียน",
            "Overall satisfaction with how we handled it",
            allow_na=False,
        ),
        q("text", "suggestion", "other", "ข้อเสนอแนะ", "Suggestions", required=False),
    ],
}

SUGGESTIONS = [
    "รอคิวนานมากช่วงเที่ยง อยากให้เพิ่มเจ้าหน้าที่",
    "เจ้าหน้าที่สุภาพ ยิ้มแย้ม ให้คำแนะนำดีมาก",
    "ที่จอดรถไม่พอ ต้องจอดไกล",
    "อยากให้ขอหนังสือรับรองทางออนไลน์ได้",
    "เอกสารที่ต้องเตรียมไม่ชัดเจน ต้องกลับไปเอามาใหม่",
    "ระบบคิวล่มบ่อย",
    "ห้องน้ำควรสะอาดกว่านี้",
    "บริการรวดเร็ว ประทับใจ",
    "Staff were very helpful, thank you",
    "ป้ายบอกทางหาเคาน์เตอร์ยาก",
]
