"""E – Excellence: excellent service, and better every year."""

from training.demo.text import WHAT_TO_DO, callout, heading, paragraph, question, quiz, scenario, t

MODULE = {
    "title": t("E – Excellence มีความเป็นเลิศในการบริการ", "E – Excellence: service excellence"),
    "slug": "e-excellence",
    "intro": t(
        "ความเป็นเลิศคือการวัดผล เรียนรู้จากข้อร้องเรียน และแบ่งปันความรู้ให้ทุกสาขา",
        "Excellence means measuring, learning from complaints and sharing knowledge with every branch.",
    ),
    "lessons": [
        {
            "title": t("เรียนรู้จากข้อร้องเรียน", "Learn from complaints"),
            "slug": "learn-from-complaints",
            "intro": t(
                "ข้อร้องเรียนทุกเรื่องคือข้อมูลสำหรับปรับปรุงบริการ",
                "Every complaint is information for improving the service.",
            ),
            "body": [
                heading("รับฟัง บันทึก แก้ไข", "Listen, record, fix"),
                paragraph(
                    "เมื่อได้รับข้อร้องเรียน ให้ขอบคุณผู้ร้องเรียน บันทึกข้อเท็จจริงลงระบบภายในวันเดียวกัน "
                    "และแจ้งผลการแก้ไขกลับภายในระยะเวลาที่คู่มือกำหนด",
                    "When you receive a complaint, thank the person, record the facts in the "
                    "system the same day and report back on the fix within the time the "
                    "manual sets.",
                ),
                scenario(
                    (
                        "ผู้มาติดต่อร้องเรียนว่ารอคิวนานกว่าหนึ่งชั่วโมง และขู่ว่าจะโพสต์ลงสื่อสังคมออนไลน์",
                        "A visitor complains about waiting more than an hour and threatens to "
                        "post about it on social media.",
                    ),
                    WHAT_TO_DO,
                    [
                        (
                            "ขอโทษ รับฟัง และบันทึกข้อร้องเรียนพร้อมแจ้งช่องทางติดตามผล",
                            "Apologise, listen, and record the complaint with a way to follow it up",
                            "ถูกต้อง ผู้ร้องเรียนรู้ว่าเรื่องของตนจะได้รับการแก้ไข",
                            "Right. The person knows their complaint will be acted on.",
                            True,
                        ),
                        (
                            "อธิบายว่าวันนี้คนมากเป็นเรื่องปกติ",
                            "Explain that busy days are normal",
                            "เป็นความจริง แต่ฟังเหมือนแก้ตัวและไม่ได้แก้ปัญหา",
                            "It is true, but it sounds like an excuse and fixes nothing.",
                            False,
                        ),
                        (
                            "ขอร้องไม่ให้โพสต์",
                            "Beg them not to post",
                            "สิ่งที่ควรทำคือแก้ปัญหา ไม่ใช่ห้ามการแสดงความเห็น",
                            "The aim is to fix the problem, not to stop people giving their opinion.",
                            False,
                        ),
                    ],
                ),
            ],
        },
        {
            "title": t("แบ่งปันความรู้ให้ทุกสาขา", "Share knowledge with every branch"),
            "slug": "share-knowledge",
            "intro": t(
                "วิธีที่ดีของสาขาหนึ่งควรเป็นมาตรฐานของทุกสาขา",
                "One branch's good practice should become every branch's standard.",
            ),
            "body": [
                heading("จากความรู้ในตัวคนสู่คู่มือ", "From personal know-how to manuals"),
                paragraph(
                    "เมื่อพบวิธีแก้ปัญหาที่ได้ผล ให้เล่าในชุมชนนักปฏิบัติบนพอร์ทัล เพื่อนจากสาขาอื่นจะช่วยทดลอง "
                    "และเมื่อได้ผลดีซ้ำ ๆ บรรณาธิการจะนำไปปรับปรุงคู่มือมาตรฐาน",
                    "When you find a fix that works, share it in the portal's communities of "
                    "practice. Colleagues in other branches try it, and when it keeps working "
                    "the editors fold it into the standard manuals.",
                ),
                callout(
                    ("ผลลัพธ์", "Results"),
                    (
                        "โครงการ SMILE ได้รับรางวัลบริการสาธารณะแห่งสหประชาชาติ ประจำปี พ.ศ. 2554 จากการจัดการความรู้แบบนี้",
                        "The SMILE project won the United Nations Public Service Award in 2011 "
                        "for this way of managing knowledge.",
                    ),
                    style="info",
                ),
            ],
        },
    ],
    "quiz": quiz(
        "e-quiz",
        ("แบบทดสอบ E – Excellence", "Quiz: E – Excellence"),
        [
            question(
                "เมื่อได้รับข้อร้องเรียน สิ่งแรกที่ควรทำคืออะไร",
                "What should you do first when you receive a complaint?",
                [
                    (
                        "ขอบคุณและรับฟัง",
                        "Thank the person and listen",
                        True,
                        "ผู้ร้องเรียนรู้สึกว่าได้รับความสำคัญ",
                        "The person feels taken seriously.",
                    ),
                    (
                        "อธิบายว่าไม่ใช่ความผิดของเรา",
                        "Explain that it is not our fault",
                        False,
                        "ฟังเหมือนแก้ตัว",
                        "It sounds like an excuse.",
                    ),
                    (
                        "ส่งต่อโดยไม่บันทึก",
                        "Pass it on without recording it",
                        False,
                        "ข้อร้องเรียนอาจสูญหาย",
                        "The complaint may be lost.",
                    ),
                ],
            ),
            question(
                "ควรบันทึกข้อร้องเรียนลงระบบเมื่อไร",
                "When should a complaint be recorded in the system?",
                [
                    (
                        "ภายในวันเดียวกัน",
                        "The same day",
                        True,
                        "ข้อเท็จจริงยังครบและแก้ไขได้เร็ว",
                        "The facts are fresh and it can be fixed quickly.",
                    ),
                    (
                        "สิ้นเดือน",
                        "At the end of the month",
                        False,
                        "ข้อเท็จจริงอาจคลาดเคลื่อน",
                        "Details get lost by then.",
                    ),
                    (
                        "เมื่อมีคนถาม",
                        "When someone asks",
                        False,
                        "อาจไม่มีใครถามจนสายเกินไป",
                        "Nobody may ask until it is too late.",
                    ),
                ],
            ),
            question(
                "ความรู้จากการทำงานควรแบ่งปันอย่างไร (เลือกทุกข้อที่ถูก)",
                "How should know-how from the job be shared? (Choose every correct answer.)",
                [
                    (
                        "เล่าในชุมชนนักปฏิบัติบนพอร์ทัล",
                        "Post it in the portal's communities of practice",
                        True,
                        "เพื่อนทุกสาขาเห็นและนำไปทดลองได้",
                        "Colleagues everywhere can see and try it.",
                    ),
                    (
                        "เสนอให้ปรับปรุงคู่มือมาตรฐาน",
                        "Suggest it for the standard manuals",
                        True,
                        "วิธีที่ได้ผลกลายเป็นมาตรฐานของทุกสาขา",
                        "What works becomes everyone's standard.",
                    ),
                    (
                        "เก็บไว้ใช้เองเพื่อให้ผลงานโดดเด่น",
                        "Keep it to yourself to stand out",
                        False,
                        "ความรู้ที่ไม่แบ่งปันจะหายไปเมื่อย้ายงาน",
                        "Unshared knowledge leaves when you change jobs.",
                    ),
                ],
                kind="multiple",
            ),
            question(
                "โครงการ SMILE ได้รับรางวัลใด",
                "Which award did the SMILE project win?",
                [
                    (
                        "รางวัลบริการสาธารณะแห่งสหประชาชาติ",
                        "The United Nations Public Service Award",
                        True,
                        "ได้รับเมื่อ พ.ศ. 2554 ด้านการจัดการความรู้",
                        "Won in 2011 for knowledge management.",
                    ),
                    (
                        "รางวัลโนเบล",
                        "The Nobel Prize",
                        False,
                        "ไม่ใช่รางวัลด้านการบริการภาครัฐ",
                        "It is not a public-service award.",
                    ),
                    (
                        "ยังไม่เคยได้รับรางวัล",
                        "No award yet",
                        False,
                        "SMILE ได้รับรางวัลระดับสากลแล้ว",
                        "SMILE has won an international award.",
                    ),
                ],
            ),
            question(
                "ผู้มาติดต่อรอคิวนานและขู่จะโพสต์ลงสื่อออนไลน์ ควรทำอย่างไร",
                "A visitor waited long and threatens to post online. What should you do?",
                [
                    (
                        "ขอโทษ รับฟัง และบันทึกเพื่อติดตามผล",
                        "Apologise, listen and record it for follow-up",
                        True,
                        "แก้ที่ต้นเหตุและรักษาความเชื่อมั่น",
                        "It fixes the cause and keeps trust.",
                    ),
                    (
                        "ขอร้องไม่ให้โพสต์",
                        "Ask them not to post",
                        False,
                        "ไม่ได้แก้ปัญหาการรอคิว",
                        "It does nothing about the wait.",
                    ),
                    (
                        "ให้ไปร้องเรียนที่อื่น",
                        "Tell them to complain elsewhere",
                        False,
                        "เจ้าหน้าที่ทุกคนรับข้อร้องเรียนได้",
                        "Every officer can take a complaint.",
                    ),
                ],
            ),
        ],
    ),
}
