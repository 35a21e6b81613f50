"""S – Smile: a service mind."""

from training.demo.text import WHAT_TO_DO, callout, heading, paragraph, question, quiz, scenario, t

MODULE = {
    "title": t("S – Smile มีจิตบริการ", "S – Smile: a service mind"),
    "slug": "s-smile",
    "intro": t(
        "จิตบริการเริ่มจากการมองผู้มาติดต่อเป็นแขกของสำนักงาน ไม่ใช่งานที่ต้องรีบปิด",
        "A service mind starts by seeing each visitor as a guest of the office, not a case to close.",
    ),
    "lessons": [
        {
            "title": t("รอยยิ้มแรกที่เคาน์เตอร์", "The first smile at the counter"),
            "slug": "first-smile",
            "intro": t(
                "สิบวินาทีแรกกำหนดความรู้สึกของผู้เสียภาษีต่อทั้งสำนักงาน",
                "The first ten seconds shape how a taxpayer feels about the whole office.",
            ),
            "body": [
                heading("ทักทายก่อนเสมอ", "Always greet first"),
                paragraph(
                    "เมื่อผู้มาติดต่อเดินถึงเคาน์เตอร์ ให้เงยหน้า สบตา ยิ้ม และกล่าวสวัสดีก่อน แม้กำลังทำงานค้างอยู่ "
                    "ให้บอกว่า สักครู่นะคะ/ครับ แล้วบันทึกงานเดิมให้เสร็จภายในไม่กี่วินาที",
                    "When a visitor reaches the counter, look up, make eye contact, smile and say "
                    "hello first. If you are in the middle of something, say 'one moment, please' "
                    "and finish within a few seconds.",
                ),
                paragraph(
                    "ผู้มาติดต่อจำนวนมากกังวลเรื่องภาษีมาตั้งแต่ก่อนออกจากบ้าน รอยยิ้มที่จริงใจช่วยลดความกังวล "
                    "และทำให้การสนทนาต่อจากนั้นง่ายขึ้นทั้งสองฝ่าย",
                    "Many visitors have worried about their taxes since before they left home. A "
                    "sincere smile eases that worry and makes the rest of the conversation easier "
                    "for both sides.",
                ),
                callout(
                    ("เคล็ดลับ", "Tip"),
                    (
                        "เรียกชื่อผู้มาติดต่อเมื่อทราบชื่อแล้ว เช่น คุณสมศรีคะ เอกสารครบแล้วค่ะ",
                        "Use the visitor's name once you know it, for example: 'Khun Somsri, your "
                        "documents are complete.'",
                    ),
                ),
            ],
        },
        {
            "title": t("ฟังให้จบก่อนตอบ", "Listen to the end before you answer"),
            "slug": "listen-first",
            "intro": t(
                "จิตบริการคือการเข้าใจสิ่งที่ผู้มาติดต่อต้องการจริง ๆ",
                "A service mind means understanding what the visitor really needs.",
            ),
            "body": [
                heading("ฟังอย่างตั้งใจ", "Listen actively"),
                paragraph(
                    "ปล่อยให้ผู้มาติดต่อเล่าเรื่องให้จบโดยไม่ขัดจังหวะ จากนั้นทวนสั้น ๆ ว่าเข้าใจถูกต้องหรือไม่ "
                    "เช่น คุณต้องการขอคืนภาษีเงินได้บุคคลธรรมดาปี 2567 ใช่ไหมคะ",
                    "Let the visitor finish without interrupting, then briefly check that you "
                    "understood: 'You would like a personal income tax refund for 2024, is that "
                    "right?'",
                ),
                scenario(
                    (
                        "ผู้สูงอายุท่านหนึ่งถือซองเอกสารมาหลายซอง เล่าเรื่องลูกหลานและที่ดินที่ขายไปยาวนาน "
                        "ขณะที่มีคิวรออยู่อีกห้าคน",
                        "An elderly visitor with several envelopes of papers tells a long story "
                        "about their grandchildren and land they sold, while five people wait in "
                        "the queue.",
                    ),
                    WHAT_TO_DO,
                    [
                        (
                            "บอกให้สรุปสั้น ๆ เพราะคิวยาว",
                            "Ask them to keep it short because the queue is long",
                            "ผู้มาติดต่อจะรู้สึกถูกเร่งและอาจเล่าซ้ำตั้งแต่ต้น ใช้เวลามากกว่าเดิม",
                            "They will feel rushed and may start again from the beginning, "
                            "which takes even longer.",
                            False,
                        ),
                        (
                            "ฟังอย่างสุภาพ แล้วถามคำถามปลายปิดเพื่อหาเรื่องภาษีที่ต้องการ",
                            "Listen politely, then ask closed questions to find the tax matter",
                            "ถูกต้อง คำถามเช่น ขายที่ดินเมื่อปีไหน มีสัญญาซื้อขายไหม ช่วยให้ได้ข้อมูลเร็วและสุภาพ",
                            "Right. Questions such as 'Which year did you sell the land? Do "
                            "you have the sale contract?' get the facts quickly and politely.",
                            True,
                        ),
                        (
                            "ส่งต่อให้เจ้าหน้าที่คนอื่นทันที",
                            "Pass them to another officer straight away",
                            "การส่งต่อโดยยังไม่รู้เรื่อง ทำให้ผู้มาติดต่อต้องเล่าใหม่อีกครั้ง",
                            "Passing them on before you know the matter makes them tell the "
                            "story all over again.",
                            False,
                        ),
                    ],
                ),
            ],
        },
    ],
    "quiz": quiz(
        "s-quiz",
        ("แบบทดสอบ S – Smile", "Quiz: S – Smile"),
        [
            question(
                "เมื่อผู้มาติดต่อถึงเคาน์เตอร์ขณะที่คุณกำลังพิมพ์งาน ควรทำอย่างไร",
                "A visitor reaches the counter while you are typing. What should you do?",
                [
                    (
                        "พิมพ์ต่อจนเสร็จแล้วค่อยเงยหน้า",
                        "Finish typing, then look up",
                        False,
                        "ผู้มาติดต่อจะรู้สึกว่าไม่มีใครสนใจ",
                        "The visitor feels ignored.",
                    ),
                    (
                        "เงยหน้า ยิ้ม ทักทาย และขอเวลาสักครู่",
                        "Look up, smile, greet them and ask for a moment",
                        True,
                        "ผู้มาติดต่อรู้ว่าได้รับการต้อนรับแล้ว",
                        "The visitor knows they have been welcomed.",
                    ),
                    (
                        "ชี้ไปที่เครื่องกดบัตรคิวโดยไม่พูด",
                        "Point at the queue-ticket machine without speaking",
                        False,
                        "การไม่พูดดูเย็นชา แม้จะชี้ทางถูกก็ตาม",
                        "Saying nothing feels cold, even if the direction is right.",
                    ),
                ],
            ),
            question(
                "ข้อใดเป็นการฟังอย่างตั้งใจ (เลือกทุกข้อที่ถูก)",
                "Which of these are active listening? (Choose every correct answer.)",
                [
                    (
                        "ทวนสิ่งที่ได้ยินเพื่อยืนยันความเข้าใจ",
                        "Repeating back what you heard to check understanding",
                        True,
                        "การทวนช่วยป้องกันความเข้าใจผิด",
                        "Checking back prevents misunderstandings.",
                    ),
                    (
                        "สบตาและพยักหน้าเป็นระยะ",
                        "Making eye contact and nodding now and then",
                        True,
                        "ภาษากายบอกว่าคุณกำลังฟังอยู่",
                        "Body language shows that you are listening.",
                    ),
                    (
                        "ตอบทันทีที่เดาได้ว่าผู้มาติดต่อจะถามอะไร",
                        "Answering as soon as you can guess the question",
                        False,
                        "การเดาและขัดจังหวะทำให้ตอบผิดเรื่องได้บ่อย",
                        "Guessing and interrupting often answers the wrong question.",
                    ),
                ],
                kind="multiple",
            ),
            question(
                "เหตุใดรอยยิ้มแรกจึงสำคัญ",
                "Why does the first smile matter?",
                [
                    (
                        "เพราะเป็นข้อบังคับของกรม",
                        "Because the Department requires it",
                        False,
                        "รอยยิ้มที่ทำเพราะถูกบังคับมักไม่จริงใจ",
                        "A smile given only because it is required rarely feels sincere.",
                    ),
                    (
                        "เพราะช่วยลดความกังวลของผู้มาติดต่อ",
                        "Because it eases the visitor's worry",
                        True,
                        "ผู้มาติดต่อหลายคนกังวลเรื่องภาษี รอยยิ้มช่วยให้ผ่อนคลาย",
                        "Many visitors worry about taxes; a smile helps them relax.",
                    ),
                    (
                        "เพราะทำให้งานเสร็จเร็วขึ้นเสมอ",
                        "Because it always makes the work faster",
                        False,
                        "รอยยิ้มช่วยให้สื่อสารง่ายขึ้น แต่ไม่ได้ทำให้เร็วขึ้นเสมอไป",
                        "A smile makes communication easier, but not always faster.",
                    ),
                ],
            ),
            question(
                "ผู้มาติดต่อเล่าเรื่องยาวขณะที่คิวยาว วิธีใดเหมาะสมที่สุด",
                "A visitor tells a long story while the queue is long. What works best?",
                [
                    (
                        "ขัดจังหวะและขอให้กลับมาวันอื่น",
                        "Interrupt and ask them to come back another day",
                        False,
                        "ผู้มาติดต่อเสียเวลาเดินทางและไม่ได้รับบริการ",
                        "The visitor wasted a journey and was not served.",
                    ),
                    (
                        "ฟังอย่างสุภาพแล้วใช้คำถามปลายปิดหาประเด็น",
                        "Listen politely, then use closed questions to find the point",
                        True,
                        "ได้ข้อมูลที่ต้องการเร็วโดยไม่เสียน้ำใจ",
                        "You get the facts quickly without hurting feelings.",
                    ),
                    (
                        "ให้ผู้มาติดต่อเขียนเรื่องลงกระดาษเอง",
                        "Ask them to write the story down themselves",
                        False,
                        "ผู้สูงอายุบางคนเขียนไม่สะดวก และไม่ได้ช่วยให้เร็วขึ้น",
                        "Some older visitors find writing hard, and it is not faster.",
                    ),
                ],
            ),
            question(
                "เมื่อทราบชื่อผู้มาติดต่อแล้ว ควรทำอย่างไร",
                "Once you know the visitor's name, what should you do?",
                [
                    (
                        "เรียกชื่ออย่างสุภาพ เช่น คุณสมศรี",
                        "Use their name politely, such as Khun Somsri",
                        True,
                        "การเรียกชื่อทำให้รู้สึกได้รับความใส่ใจเป็นรายบุคคล",
                        "Using the name makes people feel personally looked after.",
                    ),
                    (
                        "เรียกตามหมายเลขคิวเท่านั้น",
                        "Call them only by their queue number",
                        False,
                        "หมายเลขคิวใช้เรียกเข้าช่อง แต่ระหว่างสนทนาควรใช้ชื่อ",
                        "Queue numbers call people to the counter; in conversation use names.",
                    ),
                    (
                        "ไม่ต้องเรียกชื่อเพื่อรักษาความเป็นส่วนตัว",
                        "Never use names, to protect privacy",
                        False,
                        "เรียกชื่อเบา ๆ ที่เคาน์เตอร์ได้ แต่ไม่ควรประกาศข้อมูลภาษีให้ผู้อื่นได้ยิน",
                        "A name said quietly at the counter is fine; just never announce tax details.",
                    ),
                ],
            ),
        ],
    ),
}
