"""M – Marvelous: working professionally."""

from training.demo.text import WHAT_TO_DO, callout, heading, paragraph, question, quiz, scenario, t

MODULE = {
    "title": t("M – Marvelous ทำงานอย่างมืออาชีพ", "M – Marvelous: working professionally"),
    "slug": "m-marvelous",
    "intro": t(
        "มืออาชีพรู้จริง ตอบถูก และทำงานตามมาตรฐานเดียวกันทุกสาขา",
        "Professionals know their subject, answer correctly and work to one standard in every branch.",
    ),
    "lessons": [
        {
            "title": t("รู้จริงก่อนตอบ", "Know before you answer"),
            "slug": "know-before-you-answer",
            "intro": t(
                "คำตอบที่ผิดหนึ่งครั้งทำให้ผู้เสียภาษีต้องเดินทางมาอีกครั้ง",
                "One wrong answer means the taxpayer has to make another trip.",
            ),
            "body": [
                heading("ใช้คู่มือมาตรฐานการให้บริการ", "Use the service-standard manuals"),
                paragraph(
                    "ก่อนตอบคำถามที่ไม่แน่ใจ ให้เปิดคู่มือมาตรฐานการให้บริการบนพอร์ทัลนี้ ซึ่งระบุเอกสาร ขั้นตอน "
                    "และระยะเวลาของงานบริการแต่ละงาน คู่มือเหล่านี้มาจากประสบการณ์ของเจ้าหน้าที่ทุกสาขา",
                    "Before answering a question you are unsure about, open the service-standard "
                    "manual on this portal. It lists the documents, steps and time for each "
                    "service, drawn from the experience of staff in every branch.",
                ),
                callout(
                    ("จำไว้", "Remember"),
                    (
                        "ถ้าไม่แน่ใจ ให้บอกว่าขอตรวจสอบสักครู่ ดีกว่าตอบผิดอย่างมั่นใจ",
                        "If you are not sure, say you will check for a moment. That is better "
                        "than a confident wrong answer.",
                    ),
                    style="warning",
                ),
            ],
        },
        {
            "title": t("ตรวจเอกสารครั้งเดียวให้ครบ", "Check the documents once, completely"),
            "slug": "check-documents-once",
            "intro": t(
                "บอกเอกสารที่ขาดทั้งหมดในครั้งเดียว ไม่ใช่ทีละรายการ",
                "Name every missing document at once, not one at a time.",
            ),
            "body": [
                heading("ตรวจตามรายการ", "Check against the list"),
                paragraph(
                    "ใช้รายการเอกสารจากคู่มือตรวจทีละรายการต่อหน้าผู้มาติดต่อ หากขาดเอกสาร ให้เขียนรายการที่ขาด"
                    "ทั้งหมดลงในใบแจ้ง พร้อมช่องทางยื่นเพิ่มเติมทางออนไลน์ถ้ามี",
                    "Go through the manual's document list item by item with the visitor. If "
                    "something is missing, write every missing item on one note, with the "
                    "online channel for sending it later if there is one.",
                ),
                scenario(
                    (
                        "ผู้ประกอบการมายื่นขอจดทะเบียนภาษีมูลค่าเพิ่ม แต่ไม่มีสำเนาสัญญาเช่าสถานประกอบการ "
                        "และแผนที่ตั้ง",
                        "A business owner comes to register for VAT but has no copy of the "
                        "premises lease and no location map.",
                    ),
                    WHAT_TO_DO,
                    [
                        (
                            "แจ้งเอกสารที่ขาดทั้งสองรายการเป็นลายลักษณ์อักษร พร้อมบอกช่องทางยื่นเพิ่ม",
                            "List both missing documents in writing and explain how to send them",
                            "ถูกต้อง ผู้ประกอบการกลับมาครั้งเดียวก็ครบ",
                            "Right. The owner needs to come back only once.",
                            True,
                        ),
                        (
                            "แจ้งว่าขาดสัญญาเช่า ให้กลับไปเอามาก่อน",
                            "Say the lease is missing and send them home for it",
                            "เมื่อกลับมาจะพบว่าขาดแผนที่อีก ต้องเดินทางสามครั้ง",
                            "When they return they will find the map missing too: three trips.",
                            False,
                        ),
                        (
                            "รับเรื่องไว้ก่อนโดยไม่แจ้งอะไร",
                            "Accept the file without saying anything",
                            "คำขอจะล่าช้าและผู้ประกอบการไม่รู้ว่าต้องทำอะไรต่อ",
                            "The application stalls and the owner does not know what to do next.",
                            False,
                        ),
                    ],
                ),
            ],
        },
    ],
    "quiz": quiz(
        "m-quiz",
        ("แบบทดสอบ M – Marvelous", "Quiz: M – Marvelous"),
        [
            question(
                "เมื่อไม่แน่ใจคำตอบ ควรทำอย่างไร",
                "What should you do when you are not sure of the answer?",
                [
                    (
                        "ตอบตามที่จำได้",
                        "Answer from memory",
                        False,
                        "คำตอบที่ผิดทำให้ต้องเดินทางซ้ำ",
                        "A wrong answer causes another trip.",
                    ),
                    (
                        "ขอเวลาตรวจสอบคู่มือหรือสอบถามหัวหน้า",
                        "Ask for a moment to check the manual or a supervisor",
                        True,
                        "ความถูกต้องสำคัญกว่าความเร็ว",
                        "Being right matters more than being fast.",
                    ),
                    (
                        "ให้ผู้มาติดต่อโทรถาม 1161 เอง",
                        "Tell the visitor to call 1161 themselves",
                        False,
                        "ผู้มาติดต่ออยู่ตรงหน้าแล้ว ควรได้คำตอบที่เคาน์เตอร์",
                        "The visitor is already here and should get the answer at the counter.",
                    ),
                ],
            ),
            question(
                "หากเอกสารขาดหลายรายการ ควรแจ้งอย่างไร",
                "If several documents are missing, how should you tell the visitor?",
                [
                    (
                        "แจ้งทีละรายการเมื่อพบ",
                        "One at a time as you find them",
                        False,
                        "ผู้มาติดต่ออาจต้องกลับมาหลายครั้ง",
                        "The visitor may have to come back several times.",
                    ),
                    (
                        "แจ้งทั้งหมดครั้งเดียวเป็นลายลักษณ์อักษร",
                        "All at once, in writing",
                        True,
                        "ผู้มาติดต่อเตรียมครบในการมาครั้งต่อไป",
                        "They can bring everything next time.",
                    ),
                    (
                        "ไม่ต้องแจ้ง ให้ไปอ่านเว็บไซต์",
                        "Say nothing and point them to the website",
                        False,
                        "ผู้มาติดต่อไม่รู้ว่าขาดอะไร",
                        "They still do not know what is missing.",
                    ),
                ],
            ),
            question(
                "คู่มือมาตรฐานการให้บริการช่วยอะไร (เลือกทุกข้อที่ถูก)",
                "How do the service-standard manuals help? (Choose every correct answer.)",
                [
                    (
                        "ทุกสาขาให้บริการแบบเดียวกัน",
                        "Every branch serves the same way",
                        True,
                        "มาตรฐานเดียวกันทำให้ผู้เสียภาษีได้รับคำตอบเดียวกัน",
                        "One standard gives taxpayers the same answer everywhere.",
                    ),
                    (
                        "บอกเอกสารและระยะเวลาของแต่ละงาน",
                        "They list documents and time for each service",
                        True,
                        "ช่วยตรวจเอกสารครบในครั้งเดียว",
                        "That helps you check documents completely the first time.",
                    ),
                    (
                        "ใช้แทนการฟังผู้มาติดต่อ",
                        "They replace listening to the visitor",
                        False,
                        "คู่มือช่วยตอบ แต่ต้องฟังก่อนจึงรู้ว่าจะเปิดคู่มือเรื่องใด",
                        "Manuals help you answer, but you must listen to know which one to open.",
                    ),
                ],
                kind="multiple",
            ),
            question(
                "ข้อใดแสดงความเป็นมืออาชีพ",
                "Which of these shows professionalism?",
                [
                    (
                        "แต่งกายเรียบร้อยและติดบัตรประจำตัว",
                        "Dressing neatly and wearing your name badge",
                        True,
                        "ผู้มาติดต่อรู้ว่ากำลังคุยกับใครและมั่นใจในบริการ",
                        "Visitors know who they are talking to and trust the service.",
                    ),
                    (
                        "คุยโทรศัพท์ส่วนตัวระหว่างให้บริการ",
                        "Taking personal calls while serving",
                        False,
                        "ทำให้ผู้มาติดต่อรู้สึกไม่ได้รับความสำคัญ",
                        "It makes visitors feel unimportant.",
                    ),
                    (
                        "ใช้ศัพท์เทคนิคภาษีให้มากที่สุด",
                        "Using as much tax jargon as possible",
                        False,
                        "ควรอธิบายด้วยภาษาที่เข้าใจง่าย",
                        "Explain in plain words instead.",
                    ),
                ],
            ),
            question(
                "ผู้ประกอบการขาดสัญญาเช่าและแผนที่ในการจดทะเบียนภาษีมูลค่าเพิ่ม ควรทำอย่างไร",
                "A business owner registering for VAT lacks the lease and the map. What should you do?",
                [
                    (
                        "แจ้งทั้งสองรายการพร้อมช่องทางยื่นเพิ่ม",
                        "Name both, with the channel for sending them",
                        True,
                        "ผู้ประกอบการทำครั้งเดียวเสร็จ",
                        "The owner can finish in one go.",
                    ),
                    (
                        "ปฏิเสธคำขอโดยไม่อธิบาย",
                        "Refuse without explaining",
                        False,
                        "ผู้ประกอบการไม่รู้ว่าต้องแก้ไขอะไร",
                        "The owner does not know what to fix.",
                    ),
                    (
                        "ขอแค่แผนที่ สัญญาเช่าไม่จำเป็น",
                        "Ask only for the map; the lease is not needed",
                        False,
                        "สัญญาเช่าเป็นเอกสารที่คู่มือกำหนด",
                        "The manual requires the lease.",
                    ),
                ],
            ),
        ],
    ),
}
