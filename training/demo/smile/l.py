"""L – Lively: warm and approachable."""

from training.demo.text import WHAT_TO_DO, callout, heading, paragraph, question, quiz, scenario, t

MODULE = {
    "title": t("L – Lively มีชีวิตชีวา เป็นกันเอง", "L – Lively: warm and approachable"),
    "slug": "l-lively",
    "intro": t(
        "สำนักงานที่มีชีวิตชีวาทำให้ผู้มาติดต่อกล้าถามและเจ้าหน้าที่มีความสุขกับงาน",
        "A lively office makes visitors comfortable asking and staff happy in their work.",
    ),
    "lessons": [
        {
            "title": t("พูดภาษาเดียวกับผู้มาติดต่อ", "Speak the visitor's language"),
            "slug": "plain-words",
            "intro": t(
                "เป็นกันเองด้วยถ้อยคำที่เข้าใจง่าย ไม่ใช่ด้วยความไม่สุภาพ",
                "Be approachable through plain words, never through impoliteness.",
            ),
            "body": [
                heading("เปลี่ยนศัพท์ภาษีเป็นภาษาชาวบ้าน", "Turn tax terms into everyday words"),
                paragraph(
                    "แทนที่จะพูดว่า ค่าลดหย่อนตามมาตรา 47 ให้พูดว่า ค่าใช้จ่ายที่นำมาหักเพื่อให้เสียภาษีน้อยลง "
                    "เช่น เบี้ยประกันชีวิตและเงินบริจาค ใช้ตัวอย่างตัวเลขง่าย ๆ ประกอบ",
                    "Instead of 'allowances under section 47', say 'costs you can deduct so "
                    "that you pay less tax, such as life insurance premiums and donations', and "
                    "give a simple example with numbers.",
                ),
                callout(
                    ("ภาษาถิ่น", "Local dialect"),
                    (
                        "ทักทายด้วยภาษาถิ่นเหนือได้เมื่อผู้มาติดต่อเริ่มพูดก่อน ช่วยให้รู้สึกเป็นกันเอง",
                        "A greeting in the northern dialect, when the visitor uses it first, "
                        "helps them feel at home.",
                    ),
                ),
            ],
        },
        {
            "title": t("ทีมที่มีชีวิตชีวา", "A lively team"),
            "slug": "lively-team",
            "intro": t(
                "ใจพร้อม ทีมพร้อม ตัวพร้อม เริ่มต้นจากการประชุมสั้นทุกเช้า",
                "Mind ready, team ready, personal ready: it starts with a short meeting every morning.",
            ),
            "body": [
                heading("ประชุมเช้า 10 นาที", "The ten-minute morning meeting"),
                paragraph(
                    "ก่อนเปิดเคาน์เตอร์ ทีมใช้เวลาสิบนาทีทบทวนเรื่องที่พบเมื่อวาน แบ่งหน้าที่ช่วงคนมาก "
                    "และให้กำลังใจกัน ทีมที่พร้อมทำให้ผู้มาติดต่อรู้สึกถึงบรรยากาศที่เป็นมิตร",
                    "Before the counter opens, the team spends ten minutes on yesterday's "
                    "cases, shares out the busy hours and encourages each other. A ready team "
                    "gives visitors a friendly atmosphere.",
                ),
                scenario(
                    (
                        "ช่วงเที่ยงมีผู้มาติดต่อมาก เพื่อนร่วมงานที่ช่องข้าง ๆ ถูกผู้มาติดต่อต่อว่าเสียงดัง",
                        "At midday the office is busy, and a visitor is loudly scolding your "
                        "colleague at the next counter.",
                    ),
                    WHAT_TO_DO,
                    [
                        (
                            "ทำงานของตัวเองต่อ ไม่ใช่เรื่องของเรา",
                            "Carry on with your own work; it is not your business",
                            "ทีมพร้อมหมายถึงช่วยกันเมื่อเพื่อนต้องการ",
                            "Team ready means helping when a colleague needs it.",
                            False,
                        ),
                        (
                            "แจ้งหัวหน้าหรือเข้าไปช่วยอธิบายอย่างสุภาพเมื่อเหมาะสม",
                            "Alert the supervisor, or step in politely to help explain",
                            "ถูกต้อง การช่วยกันคลี่คลายสถานการณ์คือหัวใจของทีมพร้อม",
                            "Right. Easing the situation together is the heart of being team ready.",
                            True,
                        ),
                        (
                            "บอกผู้มาติดต่อให้เบาเสียงลง",
                            "Tell the visitor to keep their voice down",
                            "มักทำให้สถานการณ์แย่ลง",
                            "That usually makes things worse.",
                            False,
                        ),
                    ],
                ),
            ],
        },
    ],
    "quiz": quiz(
        "l-quiz",
        ("แบบทดสอบ L – Lively", "Quiz: L – Lively"),
        [
            question(
                "การเป็นกันเองกับผู้มาติดต่อหมายถึงอะไร",
                "What does being approachable mean?",
                [
                    (
                        "ใช้ถ้อยคำเข้าใจง่ายและสุภาพ",
                        "Using plain, polite words",
                        True,
                        "เป็นกันเองแต่ยังให้เกียรติ",
                        "Friendly while still respectful.",
                    ),
                    (
                        "พูดเล่นเรื่องส่วนตัวของผู้มาติดต่อ",
                        "Joking about the visitor's private life",
                        False,
                        "เป็นการล่วงล้ำความเป็นส่วนตัว",
                        "That intrudes on their privacy.",
                    ),
                    (
                        "ใช้ศัพท์กฎหมายให้ครบถ้วน",
                        "Using the full legal terms",
                        False,
                        "ศัพท์กฎหมายทำให้เข้าใจยาก",
                        "Legal terms are hard to follow.",
                    ),
                ],
            ),
            question(
                "กระบวนการพร้อมของ SMILE มีอะไรบ้าง (เลือกทุกข้อที่ถูก)",
                "Which are SMILE's ready processes? (Choose every correct answer.)",
                [
                    ("ใจพร้อม", "Mind ready", True, "ใจพร้อมให้บริการ", "A mind ready to serve."),
                    ("ทีมพร้อม", "Team ready", True, "ทีมที่ช่วยเหลือกัน", "A team that helps each other."),
                    (
                        "ตัวพร้อม",
                        "Personal ready",
                        True,
                        "ความพร้อมของตนเอง ทั้งความรู้และการแต่งกาย",
                        "Your own readiness, in knowledge and appearance.",
                    ),
                ],
                kind="multiple",
            ),
            question(
                "ประชุมเช้าก่อนเปิดเคาน์เตอร์ควรใช้เวลาประมาณเท่าไร",
                "About how long should the morning meeting before opening take?",
                [
                    (
                        "สิบนาที",
                        "Ten minutes",
                        True,
                        "สั้นพอที่จะไม่กระทบเวลาเปิดบริการ",
                        "Short enough not to delay opening.",
                    ),
                    (
                        "หนึ่งชั่วโมง",
                        "An hour",
                        False,
                        "นานเกินไปและทำให้เปิดบริการช้า",
                        "Too long; the counter would open late.",
                    ),
                    (
                        "ไม่ต้องประชุม",
                        "No meeting at all",
                        False,
                        "ทีมจะไม่ได้แบ่งหน้าที่ช่วงคนมาก",
                        "The team would not share out the busy hours.",
                    ),
                ],
            ),
            question(
                "อธิบายค่าลดหย่อนให้ผู้มาติดต่อเข้าใจง่ายควรทำอย่างไร",
                "How do you explain allowances simply?",
                [
                    (
                        "ยกตัวอย่างค่าใช้จ่ายจริงและตัวเลขง่าย ๆ",
                        "Give real examples and simple numbers",
                        True,
                        "ตัวอย่างช่วยให้เห็นภาพ",
                        "Examples make it concrete.",
                    ),
                    (
                        "อ่านตัวบทกฎหมายให้ฟัง",
                        "Read the law out loud",
                        False,
                        "ผู้มาติดต่อส่วนใหญ่ไม่คุ้นกับภาษากฎหมาย",
                        "Most visitors are not used to legal language.",
                    ),
                    (
                        "บอกให้ไปหาข้อมูลเอง",
                        "Tell them to look it up",
                        False,
                        "ผู้มาติดต่อมาเพื่อขอคำอธิบาย",
                        "They came for an explanation.",
                    ),
                ],
            ),
            question(
                "เพื่อนร่วมงานถูกผู้มาติดต่อต่อว่าเสียงดัง ควรทำอย่างไร",
                "A visitor is loudly scolding a colleague. What should you do?",
                [
                    (
                        "แจ้งหัวหน้าหรือช่วยอธิบายอย่างสุภาพ",
                        "Alert the supervisor or help explain politely",
                        True,
                        "ทีมพร้อมช่วยกันคลี่คลาย",
                        "A ready team eases it together.",
                    ),
                    (
                        "ไม่สนใจ",
                        "Ignore it",
                        False,
                        "เพื่อนร่วมงานต้องรับมือคนเดียว",
                        "Your colleague is left alone with it.",
                    ),
                    (
                        "ต่อว่าผู้มาติดต่อกลับ",
                        "Scold the visitor back",
                        False,
                        "ทำให้ความขัดแย้งรุนแรงขึ้น",
                        "It escalates the conflict.",
                    ),
                ],
            ),
        ],
    ),
}
