"""A short course: front-counter excellence."""

from training.demo.text import (
    WHAT_TO_DO,
    callout,
    heading,
    paragraph,
    question,
    quiz,
    scenario,
    t,
)

COURSE = {
    "title": t("บริการหน้าเคาน์เตอร์อย่างเป็นเลิศ", "Front-counter excellence"),
    "slug": "front-counter-excellence",
    "intro": t(
        "หลักสูตรสั้นสำหรับเจ้าหน้าที่ที่ประจำเคาน์เตอร์บริการ: เตรียมความพร้อมและจัดการช่วงคนมาก",
        "A short course for counter staff: getting ready and handling the busy hours.",
    ),
    "public_description": True,
    "body": [
        paragraph(
            "หนึ่งหน่วย สองบทเรียน และแบบทดสอบ ใช้เวลาประมาณ 30 นาที",
            "One module, two lessons and a quiz: about 30 minutes.",
        )
    ],
    "modules": [
        {
            "title": t("พร้อมก่อนเปิดเคาน์เตอร์", "Ready before the counter opens"),
            "slug": "counter-ready",
            "intro": t(
                "ตัวพร้อมและเคาน์เตอร์พร้อมก่อนผู้มาติดต่อคนแรก",
                "You and your counter ready before the first visitor.",
            ),
            "lessons": [
                {
                    "title": t("ตรวจความพร้อมห้านาที", "The five-minute readiness check"),
                    "slug": "readiness-check",
                    "intro": t(
                        "แบบฟอร์ม ปากกา ตรายาง ระบบคิว และรอยยิ้ม",
                        "Forms, pens, stamps, the queue system and a smile.",
                    ),
                    "body": [
                        heading("รายการตรวจ", "The checklist"),
                        paragraph(
                            "ก่อนเปิดเคาน์เตอร์ ตรวจว่ามีแบบฟอร์มที่ใช้บ่อยครบ ระบบคิวและคอมพิวเตอร์ทำงาน "
                            "ป้ายชื่อติดเรียบร้อย และโต๊ะสะอาดไม่มีเอกสารของผู้เสียภาษีรายอื่นวางอยู่",
                            "Before opening, check that the common forms are stocked, the queue "
                            "system and computer work, your name badge is on and the desk is "
                            "clear of other taxpayers' papers.",
                        ),
                        callout(
                            ("ความเป็นส่วนตัว", "Privacy"),
                            (
                                "เอกสารของผู้เสียภาษีรายอื่นต้องไม่อยู่ในสายตาของผู้มาติดต่อ",
                                "Other taxpayers' documents must never be in a visitor's sight.",
                            ),
                            style="warning",
                        ),
                    ],
                },
                {
                    "title": t("จัดการช่วงคนมาก", "Handling the busy hours"),
                    "slug": "busy-hours",
                    "intro": t(
                        "คิวยาวไม่จำเป็นต้องหมายถึงผู้มาติดต่อที่ไม่พอใจ",
                        "A long queue need not mean unhappy visitors.",
                    ),
                    "body": [
                        paragraph(
                            "เดินสำรวจคิวเป็นระยะ ตรวจเอกสารเบื้องต้นให้ผู้ที่รอ และแยกงานที่ใช้เวลาสั้น เช่น "
                            "รับแบบที่กรอกครบแล้ว ไปที่ช่องด่วน",
                            "Walk along the queue now and then, pre-check documents for those "
                            "waiting, and send quick jobs, such as completed forms, to the "
                            "express counter.",
                        ),
                        scenario(
                            (
                                "มีผู้มาติดต่อรอ 20 คน หลายคนเพียงมายื่นแบบที่กรอกเสร็จแล้ว",
                                "Twenty visitors are waiting; many only want to hand in a "
                                "completed form.",
                            ),
                            WHAT_TO_DO,
                            [
                                (
                                    "เปิดช่องด่วนสำหรับรับแบบที่กรอกครบ",
                                    "Open an express counter for completed forms",
                                    "ถูกต้อง คิวสั้นลงทันทีสำหรับทุกคน",
                                    "Right. The queue shortens at once for everyone.",
                                    True,
                                ),
                                (
                                    "ให้ทุกคนรอตามลำดับเดิม",
                                    "Keep everyone in the same queue",
                                    "งานที่ใช้เวลาหนึ่งนาทีต้องรอเป็นชั่วโมง",
                                    "One-minute jobs wait an hour.",
                                    False,
                                ),
                            ],
                        ),
                    ],
                },
            ],
            "quiz": quiz(
                "counter-quiz",
                ("แบบทดสอบบริการหน้าเคาน์เตอร์", "Quiz: front-counter excellence"),
                [
                    question(
                        "ก่อนเปิดเคาน์เตอร์ต้องตรวจอะไร (เลือกทุกข้อที่ถูก)",
                        "What do you check before opening? (Choose every correct answer.)",
                        [
                            (
                                "แบบฟอร์มที่ใช้บ่อย",
                                "The common forms",
                                True,
                                "ผู้มาติดต่อไม่ต้องรอหาแบบฟอร์ม",
                                "Nobody waits while you look for forms.",
                            ),
                            (
                                "ไม่มีเอกสารของผู้อื่นบนโต๊ะ",
                                "No one else's papers on the desk",
                                True,
                                "ปกป้องข้อมูลของผู้เสียภาษี",
                                "It protects taxpayers' information.",
                            ),
                            (
                                "ข่าวบันเทิงประจำวัน",
                                "The day's entertainment news",
                                False,
                                "ไม่เกี่ยวกับความพร้อมในการบริการ",
                                "It has nothing to do with being ready.",
                            ),
                        ],
                        kind="multiple",
                    ),
                    question(
                        "ช่วงคนมาก วิธีใดช่วยลดเวลารอได้ดีที่สุด",
                        "In the busy hours, what cuts waiting time most?",
                        [
                            (
                                "เปิดช่องด่วนสำหรับงานสั้น",
                                "An express counter for quick jobs",
                                True,
                                "งานสั้นไม่ต้องรอคิวยาว",
                                "Quick jobs skip the long queue.",
                            ),
                            (
                                "ปิดรับคิวก่อนเวลา",
                                "Closing the queue early",
                                False,
                                "ผู้มาติดต่อต้องกลับมาใหม่",
                                "Visitors must come back another day.",
                            ),
                            (
                                "เร่งผู้มาติดต่อให้พูดเร็ว",
                                "Hurrying visitors to talk faster",
                                False,
                                "ทำให้ข้อมูลตกหล่นและไม่สุภาพ",
                                "Details get missed and it is impolite.",
                            ),
                        ],
                    ),
                    question(
                        "การเดินสำรวจคิวมีประโยชน์อย่างไร",
                        "Why walk along the queue?",
                        [
                            (
                                "ตรวจเอกสารเบื้องต้นก่อนถึงเคาน์เตอร์",
                                "To pre-check documents before the counter",
                                True,
                                "ผู้ที่เอกสารไม่ครบรู้ตัวเร็ว",
                                "Those missing papers find out early.",
                            ),
                            (
                                "เพื่อนับจำนวนคนเท่านั้น",
                                "Only to count people",
                                False,
                                "ระบบคิวนับให้อยู่แล้ว",
                                "The queue system already counts.",
                            ),
                            (
                                "เพื่อเลือกให้บริการคนรู้จักก่อน",
                                "To serve people you know first",
                                False,
                                "ขัดกับความเป็นธรรม",
                                "That is unfair.",
                            ),
                        ],
                    ),
                    question(
                        "เอกสารของผู้เสียภาษีรายอื่นควรอยู่ที่ใด",
                        "Where should other taxpayers' documents be?",
                        [
                            (
                                "เก็บในที่ที่ผู้มาติดต่อมองไม่เห็น",
                                "Out of the visitor's sight",
                                True,
                                "รักษาความลับของผู้เสียภาษี",
                                "It keeps taxpayers' affairs confidential.",
                            ),
                            (
                                "วางบนโต๊ะเพื่อหยิบง่าย",
                                "On the desk, within easy reach",
                                False,
                                "ผู้อื่นอาจเห็นข้อมูลส่วนบุคคล",
                                "Others could see personal data.",
                            ),
                            (
                                "ให้ผู้มาติดต่อช่วยถือ",
                                "With the visitor, to hold",
                                False,
                                "ไม่ควรให้บุคคลอื่นเข้าถึงเอกสาร",
                                "No one else should handle them.",
                            ),
                        ],
                    ),
                    question(
                        "ข้อใดเป็นส่วนหนึ่งของตัวพร้อม",
                        "Which is part of being personally ready?",
                        [
                            (
                                "ติดป้ายชื่อและแต่งกายเรียบร้อย",
                                "Name badge on and neatly dressed",
                                True,
                                "ผู้มาติดต่อรู้ว่ากำลังคุยกับใคร",
                                "Visitors know who they are talking to.",
                            ),
                            (
                                "มาถึงหลังเวลาเปิดบริการ",
                                "Arriving after opening time",
                                False,
                                "ผู้มาติดต่อต้องรอ",
                                "Visitors are kept waiting.",
                            ),
                            (
                                "ไม่ตรวจระบบคิวก่อนเปิด",
                                "Not checking the queue system",
                                False,
                                "ปัญหาจะเกิดตอนคนมาก",
                                "Problems surface when it is busy.",
                            ),
                        ],
                    ),
                ],
            ),
        }
    ],
}
