"""I – Impress: service people remember."""

from training.demo.text import WHAT_TO_DO, callout, heading, paragraph, question, quiz, scenario, t

MODULE = {
    "title": t("I – Impress ให้บริการอย่างประทับใจ", "I – Impress: memorable service"),
    "slug": "i-impress",
    "intro": t(
        "ความประทับใจเกิดจากรายละเอียดเล็ก ๆ ที่ทำเกินความคาดหมาย",
        "People remember the small details that go beyond what they expected.",
    ),
    "lessons": [
        {
            "title": t("ทำมากกว่าที่ขอเล็กน้อย", "Do a little more than asked"),
            "slug": "a-little-more",
            "intro": t(
                "บอกสิ่งที่ผู้มาติดต่อควรรู้ล่วงหน้า ก่อนที่จะกลายเป็นปัญหา",
                "Tell visitors what they should know before it becomes a problem.",
            ),
            "body": [
                heading("คิดล่วงหน้าแทนผู้มาติดต่อ", "Think one step ahead"),
                paragraph(
                    "เมื่อรับแบบแสดงรายการแล้ว ให้บอกกำหนดเวลาคืนภาษีโดยประมาณ วิธีติดตามสถานะผ่านเว็บไซต์ "
                    "และเอกสารที่ควรเก็บไว้ ผู้มาติดต่อจะไม่ต้องโทรกลับมาถามซ้ำ",
                    "After accepting a return, tell the visitor roughly when the refund will "
                    "arrive, how to follow its status on the website and which papers to keep. "
                    "They will not need to call back to ask.",
                ),
                callout(
                    ("ตัวอย่าง", "Example"),
                    (
                        "ผู้สูงอายุที่มาคนเดียว ช่วยกรอกแบบฟอร์มและอ่านทวนให้ฟังก่อนลงลายมือชื่อ",
                        "For an older visitor who came alone, help fill in the form and read it "
                        "back before they sign.",
                    ),
                ),
            ],
        },
        {
            "title": t("ปิดการสนทนาอย่างประทับใจ", "Close the conversation well"),
            "slug": "close-well",
            "intro": t(
                "ความรู้สึกสุดท้ายสำคัญพอ ๆ กับความรู้สึกแรก",
                "The last impression matters as much as the first.",
            ),
            "body": [
                heading("สรุป ขอบคุณ และเชิญให้ถาม", "Summarise, thank, invite questions"),
                paragraph(
                    "ก่อนจบ ให้สรุปสิ่งที่ทำไปแล้วและสิ่งที่ผู้มาติดต่อต้องทำต่อ ถามว่ามีเรื่องอื่นให้ช่วยไหม "
                    "แล้วกล่าวขอบคุณพร้อมรอยยิ้ม",
                    "Before you finish, sum up what has been done and what the visitor still "
                    "needs to do, ask whether there is anything else, then thank them with a "
                    "smile.",
                ),
                scenario(
                    (
                        "ผู้มาติดต่อยื่นแบบเสร็จแล้ว แต่ดูลังเลเหมือนยังมีคำถาม ขณะที่คิวถัดไปกำลังเดินมา",
                        "A visitor has filed their return but hesitates as if they have another "
                        "question, while the next person is walking up.",
                    ),
                    WHAT_TO_DO,
                    [
                        (
                            "ถามว่ามีเรื่องอื่นให้ช่วยไหม แล้วตอบสั้น ๆ",
                            "Ask if there is anything else, and answer briefly",
                            "ถูกต้อง คำถามเดียวช่วยให้ผู้มาติดต่อไม่ต้องกลับมาอีก",
                            "Right. One question can save them another trip.",
                            True,
                        ),
                        (
                            "เรียกคิวถัดไปทันที",
                            "Call the next number at once",
                            "ผู้มาติดต่ออาจกลับไปพร้อมคำถามที่ยังค้าง",
                            "They may leave with their question unanswered.",
                            False,
                        ),
                        (
                            "ยื่นแผ่นพับให้แล้วไม่พูดอะไร",
                            "Hand over a leaflet without a word",
                            "แผ่นพับช่วยได้ แต่ควรถามก่อนว่าต้องการอะไร",
                            "A leaflet can help, but ask first what they need.",
                            False,
                        ),
                    ],
                ),
            ],
        },
    ],
    "quiz": quiz(
        "i-quiz",
        ("แบบทดสอบ I – Impress", "Quiz: I – Impress"),
        [
            question(
                "หลังรับแบบแสดงรายการขอคืนภาษี ควรบอกอะไรเพิ่ม",
                "After accepting a refund return, what else should you tell the visitor?",
                [
                    (
                        "วิธีติดตามสถานะการคืนภาษี",
                        "How to follow the refund's status",
                        True,
                        "ลดการโทรถามซ้ำ",
                        "It saves them calling back.",
                    ),
                    (
                        "ไม่ต้องบอกอะไร",
                        "Nothing",
                        False,
                        "ผู้มาติดต่อจะกังวลว่าจะได้เงินคืนเมื่อไร",
                        "They will worry about when the money comes.",
                    ),
                    (
                        "ให้กลับมาถามใหม่สัปดาห์หน้า",
                        "To come back and ask next week",
                        False,
                        "เป็นการเดินทางที่ไม่จำเป็น",
                        "That is an unnecessary trip.",
                    ),
                ],
            ),
            question(
                "การปิดการสนทนาที่ดีประกอบด้วยอะไร (เลือกทุกข้อที่ถูก)",
                "What belongs in a good close? (Choose every correct answer.)",
                [
                    (
                        "สรุปสิ่งที่ต้องทำต่อ",
                        "Summing up the next steps",
                        True,
                        "ผู้มาติดต่อรู้ว่าต้องทำอะไรต่อ",
                        "The visitor knows what comes next.",
                    ),
                    (
                        "ถามว่ามีเรื่องอื่นให้ช่วยไหม",
                        "Asking whether there is anything else",
                        True,
                        "เปิดโอกาสให้ถามเรื่องที่ค้าง",
                        "It gives room for an unasked question.",
                    ),
                    (
                        "เร่งให้ลุกเพื่อเรียกคิวถัดไป",
                        "Hurrying them away for the next number",
                        False,
                        "ทำให้ความประทับใจที่สร้างมาหายไป",
                        "It undoes the good impression.",
                    ),
                ],
                kind="multiple",
            ),
            question(
                "ผู้สูงอายุมาคนเดียวและกรอกแบบฟอร์มไม่ถนัด ควรทำอย่างไร",
                "An older visitor who came alone struggles with the form. What should you do?",
                [
                    (
                        "ช่วยกรอกและอ่านทวนก่อนลงนาม",
                        "Help fill it in and read it back before they sign",
                        True,
                        "ผู้มาติดต่อมั่นใจว่าข้อมูลถูกต้อง",
                        "They can be sure the details are right.",
                    ),
                    (
                        "ให้กลับไปพาลูกหลานมา",
                        "Send them home to bring a relative",
                        False,
                        "เป็นภาระเกินจำเป็น",
                        "That is an unnecessary burden.",
                    ),
                    (
                        "กรอกให้และลงนามแทน",
                        "Fill it in and sign for them",
                        False,
                        "ผู้มาติดต่อต้องลงลายมือชื่อเอง",
                        "The visitor must sign themselves.",
                    ),
                ],
            ),
            question(
                "ความประทับใจส่วนใหญ่เกิดจากอะไร",
                "Where does most of a good impression come from?",
                [
                    (
                        "รายละเอียดเล็ก ๆ ที่เกินความคาดหมาย",
                        "Small details beyond what was expected",
                        True,
                        "สิ่งเล็ก ๆ ที่ใส่ใจทำให้จดจำได้",
                        "Small, thoughtful things are what people remember.",
                    ),
                    (
                        "ความเร็วอย่างเดียว",
                        "Speed alone",
                        False,
                        "เร็วแต่ไม่ครบ ผู้มาติดต่อต้องกลับมาอีก",
                        "Fast but incomplete means another visit.",
                    ),
                    (
                        "ของที่ระลึก",
                        "Souvenirs",
                        False,
                        "ไม่จำเป็นต่อการบริการที่ดี",
                        "They are not needed for good service.",
                    ),
                ],
            ),
            question(
                "ผู้มาติดต่อดูลังเลหลังทำธุระเสร็จ ควรทำอย่างไร",
                "A visitor hesitates after their business is done. What should you do?",
                [
                    (
                        "ถามว่ามีเรื่องอื่นให้ช่วยไหม",
                        "Ask if there is anything else",
                        True,
                        "คำถามเดียวอาจประหยัดการเดินทางอีกรอบ",
                        "One question may save another trip.",
                    ),
                    (
                        "เรียกคิวถัดไป",
                        "Call the next number",
                        False,
                        "คำถามที่ค้างจะกลายเป็นการเดินทางครั้งใหม่",
                        "An unasked question becomes a new trip.",
                    ),
                    (
                        "บอกให้ไปถามที่ประชาสัมพันธ์",
                        "Send them to the information desk",
                        False,
                        "คุณอาจตอบได้ทันทีที่เคาน์เตอร์",
                        "You can probably answer at the counter.",
                    ),
                ],
            ),
        ],
    ),
}
