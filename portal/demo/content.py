"""The portal's demo site: Thai source pages and their English translations.

Pages are plain data so the loader can build them through Wagtail's tree API
and translate them through wagtail-localize, as an editor would. ``ENGLISH``
maps each Thai source string to its translation.
"""


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def quote(text, attribution=""):
    return {"type": "quote", "value": {"text": text, "attribution": attribution}}


def callout(title, text, style="info"):
    return {"type": "callout", "value": {"style": style, "title": title, "text": f"<p>{text}</p>"}}


def table(rows, caption=""):
    return {
        "type": "table",
        "value": {
            "data": rows,
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": caption,
        },
    }


HOME = {
    "title": "ศูนย์ความรู้ SMILE สรรพากรภาค 7",
    "slug": "smile-home",
    "intro": "<p>แหล่งรวมความรู้เพื่อการให้บริการที่เป็นเลิศของสำนักงานสรรพากรภาค 7 "
    "ทั้ง 8 จังหวัด 77 สาขา สำหรับเจ้าหน้าที่และประชาชนผู้เสียภาษี</p>",
    "body": [
        heading("บริการด้วยรอยยิ้ม SMILE"),
        paragraph(
            "ในแต่ละปี สำนักงานสรรพากรภาค 7 ให้บริการประชาชนราว 428,000 ราย "
            "ความรู้ของเจ้าหน้าที่หน้าเคาน์เตอร์ทุกคนจึงเป็นทรัพยากรที่มีค่าที่สุดขององค์กร "
            "พอร์ทัลนี้รวบรวมคู่มือมาตรฐานการให้บริการ คู่มือสำหรับประชาชน ชุมชนนักปฏิบัติ "
            "และหลักสูตรฝึกอบรม SMILE ไว้ในที่เดียว"
        ),
        callout(
            "รางวัลบริการสาธารณะแห่งสหประชาชาติ",
            "โครงการ SMILE ได้รับรางวัลบริการสาธารณะแห่งสหประชาชาติ (UN Public Service Award) "
            "ประจำปี พ.ศ. 2554 ด้านการจัดการความรู้",
        ),
    ],
}

# Each section: its fields, whether it is staff-only, and its standard pages.
SECTIONS = [
    {
        "title": "เกี่ยวกับโครงการ SMILE",
        "slug": "about-smile",
        "intro": "<p>ที่มา แนวคิด และเส้นทางของโครงการบริการที่เป็นเลิศ</p>",
        "search_description": "ที่มา แนวคิด และเส้นทางของโครงการบริการที่เป็นเลิศ",
        "pages": [
            {
                "title": "เรื่องราวของ SMILE",
                "slug": "smile-story",
                "intro": "สำนักงานสรรพากรภาค 7 เปลี่ยนความรู้ที่ฝังอยู่ในตัวเจ้าหน้าที่"
                "ให้เป็นมาตรฐานการบริการที่ทุกสาขาใช้ร่วมกัน",
                "body": [
                    heading("พื้นที่ให้บริการ"),
                    paragraph(
                        "สำนักงานสรรพากรภาค 7 ดูแลพื้นที่ภาคเหนือตอนล่าง 8 จังหวัด ได้แก่ พิษณุโลก "
                        "กำแพงเพชร ตาก นครสวรรค์ พิจิตร เพชรบูรณ์ สุโขทัย และอุตรดิตถ์ "
                        "มีสำนักงานสรรพากรพื้นที่และพื้นที่สาขารวม 77 แห่ง "
                        "ให้บริการประชาชนประมาณ 428,000 รายต่อปี"
                    ),
                    heading("จากความรู้ในตัวคนสู่ความรู้ขององค์กร"),
                    paragraph(
                        "เจ้าหน้าที่ที่มีประสบการณ์รู้วิธีอธิบายแบบ ภ.ง.ด.90 ให้ผู้สูงอายุเข้าใจ "
                        "รู้วิธีลดคิวในช่วงยื่นแบบ และรู้วิธีรับมือกับผู้เสียภาษีที่ไม่พอใจ "
                        "ความรู้เหล่านี้ถูกถอดออกมาผ่านชุมชนนักปฏิบัติ "
                        "แล้วเขียนเป็นคู่มือมาตรฐานการให้บริการและคู่มือสำหรับประชาชน"
                    ),
                    quote(
                        "ความรู้ที่ไม่ถูกแบ่งปัน จะหายไปพร้อมกับคนที่เกษียณ",
                        "คณะทำงานจัดการความรู้ สรรพากรภาค 7",
                    ),
                ],
            },
            {
                "title": "ถอดรหัส SMILE",
                "slug": "smile-code",
                "intro": "ห้าพฤติกรรมบริการที่เจ้าหน้าที่ทุกคนยึดถือ",
                "body": [
                    table(
                        [
                            ["ตัวอักษร", "ความหมาย", "พฤติกรรมที่คาดหวัง"],
                            [
                                "S",
                                "Smile – มีจิตบริการ",
                                "ยิ้มแย้ม ทักทายผู้มารับบริการก่อน และเต็มใจช่วยเหลือ",
                            ],
                            [
                                "M",
                                "Marvelous – ทำงานอย่างมืออาชีพ",
                                "รู้จริงในงาน ให้ข้อมูลถูกต้อง ครบถ้วน ในครั้งเดียว",
                            ],
                            [
                                "I",
                                "Impress – ให้บริการอย่างประทับใจ",
                                "ใส่ใจรายละเอียด ติดตามผล และทำเกินความคาดหวัง",
                            ],
                            [
                                "L",
                                "Lively – มีชีวิตชีวา เป็นกันเอง",
                                "สื่อสารด้วยภาษาที่เข้าใจง่าย บรรยากาศเป็นกันเอง",
                            ],
                            [
                                "E",
                                "Excellence – มีความเป็นเลิศในการบริการ",
                                "ปรับปรุงงานอย่างต่อเนื่องจากข้อเสนอแนะของประชาชน",
                            ],
                        ],
                        caption="รหัส SMILE",
                    ),
                    heading("ความพร้อม 3 ด้าน"),
                    paragraph(
                        "SMILE ตั้งอยู่บนความพร้อม 3 ด้าน ได้แก่ ใจพร้อม คือมีจิตบริการ "
                        "ทีมพร้อม คือช่วยเหลือกันในสำนักงาน "
                        "และตัวพร้อม คือมีความรู้และบุคลิกภาพพร้อมให้บริการ"
                    ),
                ],
            },
            {
                "title": "แผนที่นำทาง พ.ศ. 2552-2555",
                "slug": "roadmap",
                "intro": "ขั้นตอนการพัฒนาโครงการ SMILE ในระยะเวลาสี่ปี",
                "body": [
                    table(
                        [
                            ["ปี พ.ศ.", "เป้าหมาย", "ผลลัพธ์ที่สำคัญ"],
                            [
                                "2552",
                                "สร้างความตระหนักและค่านิยมร่วม",
                                "ประกาศรหัส SMILE และจัดประกวดคำขวัญ",
                            ],
                            [
                                "2553",
                                "พัฒนาคนและเครือข่าย",
                                "จัดอบรมเชิงปฏิบัติการ 12 รุ่น และตั้งชุมชนนักปฏิบัติ",
                            ],
                            [
                                "2554",
                                "สร้างมาตรฐานการบริการ",
                                "เผยแพร่คู่มือมาตรฐานการให้บริการอิเล็กทรอนิกส์ และได้รับรางวัลจากสหประชาชาติ",
                            ],
                            [
                                "2555",
                                "ขยายผลอย่างยั่งยืน",
                                "ทุกสาขาใช้มาตรฐานเดียวกันและวัดความพึงพอใจต่อเนื่อง",
                            ],
                        ],
                        caption="แผนที่นำทางโครงการ SMILE",
                    ),
                ],
            },
        ],
    },
    {
        "title": "บริการประชาชน",
        "slug": "citizen-services",
        "intro": "<p>ช่องทางติดต่อและข้อมูลที่ประชาชนต้องรู้ก่อนมาใช้บริการ</p>",
        "search_description": "ช่องทางติดต่อและข้อมูลที่ประชาชนต้องรู้ก่อนมาใช้บริการ",
        "pages": [
            {
                "title": "ก่อนมาติดต่อสำนักงาน",
                "slug": "before-you-visit",
                "intro": "เตรียมเอกสารให้พร้อม ใช้เวลาที่สำนักงานน้อยลง",
                "body": [
                    paragraph(
                        "สำนักงานเปิดให้บริการวันจันทร์ถึงวันศุกร์ เวลา 08.30 ถึง 16.30 น. "
                        "เว้นวันหยุดราชการ ในช่วงยื่นแบบแสดงรายการภาษีเงินได้บุคคลธรรมดา "
                        "(มกราคมถึงมีนาคม) ควรมาแต่เช้าหรือยื่นแบบทางอินเทอร์เน็ต"
                    ),
                    callout(
                        "รับบัตรคิวล่วงหน้า",
                        "เมื่อมาถึงสำนักงาน กรุณารับบัตรคิวที่จุดประชาสัมพันธ์ เจ้าหน้าที่จะช่วยตรวจเอกสารเบื้องต้นให้",
                        style="tip",
                    ),
                ],
            },
            {
                "title": "ร้องเรียนและข้อเสนอแนะ",
                "slug": "complaints",
                "intro": "เราอยากรู้ว่าบริการของเราเป็นอย่างไร",
                "body": [
                    paragraph(
                        "หากไม่พอใจการให้บริการ ท่านสามารถร้องเรียนได้ที่กล่องรับข้อร้องเรียนในสำนักงาน "
                        "ทางโทรศัพท์ 1161 หรือผ่านเว็บไซต์กรมสรรพากร "
                        "ทุกเรื่องจะได้รับการตอบกลับภายใน 15 วันทำการ"
                    ),
                ],
            },
        ],
    },
    {
        "title": "อินทราเน็ต",
        "slug": "intranet",
        "staff_only": True,
        "intro": "<p>พื้นที่สำหรับเจ้าหน้าที่สรรพากรภาค 7 เท่านั้น</p>",
        "search_description": "พื้นที่สำหรับเจ้าหน้าที่สรรพากรภาค 7 เท่านั้น",
        "pages": [
            {
                "title": "ข่าวภายใน: ตารางอบรม SMILE รุ่นใหม่",
                "slug": "staff-news",
                "intro": "การอบรมเชิงปฏิบัติการ SMILE รุ่นต่อไปเปิดรับสมัครแล้ว",
                "body": [
                    paragraph(
                        "ฝ่ายบริหารทรัพยากรบุคคลเปิดรับสมัครเจ้าหน้าที่หน้าเคาน์เตอร์"
                        "เข้าร่วมการอบรมเชิงปฏิบัติการ SMILE ที่สำนักงานสรรพากรภาค 7 จังหวัดพิษณุโลก "
                        "แจ้งชื่อผ่านหัวหน้าหน่วยงานภายในสิ้นเดือนนี้"
                    ),
                ],
            },
            {
                "title": "แนวปฏิบัติหน้าเคาน์เตอร์ช่วงยื่นแบบ",
                "slug": "counter-playbook",
                "intro": "สิ่งที่ทีมหน้าเคาน์เตอร์ตกลงร่วมกันเพื่อลดเวลารอคอย",
                "body": [
                    paragraph(
                        "เปิดช่องบริการพิเศษสำหรับผู้สูงอายุและผู้พิการ ตรวจเอกสารตั้งแต่จุดรับบัตรคิว "
                        "และแนะนำการยื่นแบบทางอินเทอร์เน็ตให้ผู้ที่มีเอกสารครบ "
                        "เวลารอคอยเฉลี่ยลดลงจาก 25 นาทีเหลือ 9 นาที"
                    ),
                    callout(
                        "ข้อมูลภายใน",
                        "ห้ามเผยแพร่เอกสารนี้ต่อบุคคลภายนอก",
                        style="warning",
                    ),
                ],
            },
        ],
    },
]

ORGANISATION = {
    "name_th": "สำนักงานสรรพากรภาค 7",
    "name_en": "Revenue Region 7 Office",
    "address_th": "ถนนบรมไตรโลกนารถ ตำบลในเมือง อำเภอเมืองพิษณุโลก\nจังหวัดพิษณุโลก 65000",
    "address_en": "Boromtrailokanat Road, Nai Mueang, Mueang Phitsanulok\nPhitsanulok 65000",
    "phone": "1161",
    "email": "smile-km@region7.example",
    "facebook_url": "https://www.facebook.com/",
    "line_url": "https://line.me/",
}

ENGLISH = {
    "ศูนย์ความรู้ SMILE สรรพากรภาค 7": "SMILE Knowledge Centre, Revenue Region 7",
    "แหล่งรวมความรู้เพื่อการให้บริการที่เป็นเลิศของสำนักงานสรรพากรภาค 7 ทั้ง 8 จังหวัด 77 สาขา "
    "สำหรับเจ้าหน้าที่และประชาชนผู้เสียภาษี": "A knowledge hub for service excellence at Revenue "
    "Region 7, its 8 provinces and 77 branches, for staff and taxpayers alike.",
    "บริการด้วยรอยยิ้ม SMILE": "Service with a SMILE",
    "ในแต่ละปี สำนักงานสรรพากรภาค 7 ให้บริการประชาชนราว 428,000 ราย "
    "ความรู้ของเจ้าหน้าที่หน้าเคาน์เตอร์ทุกคนจึงเป็นทรัพยากรที่มีค่าที่สุดขององค์กร "
    "พอร์ทัลนี้รวบรวมคู่มือมาตรฐานการให้บริการ คู่มือสำหรับประชาชน ชุมชนนักปฏิบัติ "
    "และหลักสูตรฝึกอบรม SMILE ไว้ในที่เดียว": "Each year Revenue Region 7 serves about 428,000 "
    "citizens, so what every front-counter officer knows is the organisation's most valuable "
    "resource. This portal brings together service-standard manuals, citizen handbooks, "
    "communities of practice and the SMILE training courses in one place.",
    "รางวัลบริการสาธารณะแห่งสหประชาชาติ": "United Nations Public Service Award",
    "โครงการ SMILE ได้รับรางวัลบริการสาธารณะแห่งสหประชาชาติ (UN Public Service Award) "
    "ประจำปี พ.ศ. 2554 ด้านการจัดการความรู้": "The SMILE project won the 2011 United Nations "
    "Public Service Award for knowledge management.",
    "เกี่ยวกับโครงการ SMILE": "About the SMILE project",
    "ที่มา แนวคิด และเส้นทางของโครงการบริการที่เป็นเลิศ": "The origins, ideas and path of the "
    "service-excellence project.",
    "เรื่องราวของ SMILE": "The SMILE story",
    "สำนักงานสรรพากรภาค 7 เปลี่ยนความรู้ที่ฝังอยู่ในตัวเจ้าหน้าที่"
    "ให้เป็นมาตรฐานการบริการที่ทุกสาขาใช้ร่วมกัน": "Revenue Region 7 turned the knowledge held "
    "by its officers into a service standard shared by every branch.",
    "พื้นที่ให้บริการ": "Where we serve",
    "สำนักงานสรรพากรภาค 7 ดูแลพื้นที่ภาคเหนือตอนล่าง 8 จังหวัด ได้แก่ พิษณุโลก "
    "กำแพงเพชร ตาก นครสวรรค์ พิจิตร เพชรบูรณ์ สุโขทัย และอุตรดิตถ์ "
    "มีสำนักงานสรรพากรพื้นที่และพื้นที่สาขารวม 77 แห่ง "
    "ให้บริการประชาชนประมาณ 428,000 รายต่อปี": "Revenue Region 7 covers eight provinces of "
    "lower northern Thailand: Phitsanulok, Kamphaeng Phet, Tak, Nakhon Sawan, Phichit, "
    "Phetchabun, Sukhothai and Uttaradit. Its 77 area and branch offices serve about 428,000 "
    "citizens a year.",
    "จากความรู้ในตัวคนสู่ความรู้ขององค์กร": "From personal know-how to organisational knowledge",
    "เจ้าหน้าที่ที่มีประสบการณ์รู้วิธีอธิบายแบบ ภ.ง.ด.90 ให้ผู้สูงอายุเข้าใจ "
    "รู้วิธีลดคิวในช่วงยื่นแบบ และรู้วิธีรับมือกับผู้เสียภาษีที่ไม่พอใจ "
    "ความรู้เหล่านี้ถูกถอดออกมาผ่านชุมชนนักปฏิบัติ "
    "แล้วเขียนเป็นคู่มือมาตรฐานการให้บริการและคู่มือสำหรับประชาชน": "Experienced officers know "
    "how to explain the P.N.D. 90 form to elderly taxpayers, how to shorten queues in the filing "
    "season and how to calm an unhappy taxpayer. This knowledge was drawn out through "
    "communities of practice and written into service-standard manuals and citizen handbooks.",
    "ความรู้ที่ไม่ถูกแบ่งปัน จะหายไปพร้อมกับคนที่เกษียณ": "Knowledge that is not shared retires "
    "with the people who hold it.",
    "คณะทำงานจัดการความรู้ สรรพากรภาค 7": "Knowledge management working group, Revenue Region 7",
    "ถอดรหัส SMILE": "The SMILE code",
    "ห้าพฤติกรรมบริการที่เจ้าหน้าที่ทุกคนยึดถือ": "Five service behaviours every officer lives by.",
    "ตัวอักษร": "Letter",
    "ความหมาย": "Meaning",
    "พฤติกรรมที่คาดหวัง": "Expected behaviour",
    "Smile – มีจิตบริการ": "Smile – a service mind",
    "ยิ้มแย้ม ทักทายผู้มารับบริการก่อน และเต็มใจช่วยเหลือ": "Smile, greet visitors first and be glad to help.",
    "Marvelous – ทำงานอย่างมืออาชีพ": "Marvelous – work as a professional",
    "รู้จริงในงาน ให้ข้อมูลถูกต้อง ครบถ้วน ในครั้งเดียว": "Know the work; give correct, complete "
    "information the first time.",
    "Impress – ให้บริการอย่างประทับใจ": "Impress – serve memorably",
    "ใส่ใจรายละเอียด ติดตามผล และทำเกินความคาดหวัง": "Mind the details, follow up and go beyond "
    "what is expected.",
    "Lively – มีชีวิตชีวา เป็นกันเอง": "Lively – lively and approachable",
    "สื่อสารด้วยภาษาที่เข้าใจง่าย บรรยากาศเป็นกันเอง": "Speak plainly and keep a friendly atmosphere.",
    "Excellence – มีความเป็นเลิศในการบริการ": "Excellence – excellence in service",
    "ปรับปรุงงานอย่างต่อเนื่องจากข้อเสนอแนะของประชาชน": "Keep improving from citizens' feedback.",
    "รหัส SMILE": "The SMILE code",
    "ความพร้อม 3 ด้าน": "Three kinds of readiness",
    "SMILE ตั้งอยู่บนความพร้อม 3 ด้าน ได้แก่ ใจพร้อม คือมีจิตบริการ "
    "ทีมพร้อม คือช่วยเหลือกันในสำนักงาน "
    "และตัวพร้อม คือมีความรู้และบุคลิกภาพพร้อมให้บริการ": "SMILE rests on three kinds of "
    "readiness: mind ready, a service mind; team ready, colleagues who help each other; and "
    "personal ready, the knowledge and bearing to serve.",
    "แผนที่นำทาง พ.ศ. 2552-2555": "Roadmap 2009-2012 (B.E. 2552-2555)",
    "ขั้นตอนการพัฒนาโครงการ SMILE ในระยะเวลาสี่ปี": "How the SMILE project developed over four years.",
    "ปี พ.ศ.": "Year (B.E.)",
    "เป้าหมาย": "Goal",
    "ผลลัพธ์ที่สำคัญ": "Key results",
    "สร้างความตระหนักและค่านิยมร่วม": "Build awareness and shared values",
    "ประกาศรหัส SMILE และจัดประกวดคำขวัญ": "Launched the SMILE code and a slogan contest",
    "พัฒนาคนและเครือข่าย": "Develop people and networks",
    "จัดอบรมเชิงปฏิบัติการ 12 รุ่น และตั้งชุมชนนักปฏิบัติ": "Ran 12 workshops and set up communities of practice",
    "สร้างมาตรฐานการบริการ": "Set service standards",
    "เผยแพร่คู่มือมาตรฐานการให้บริการอิเล็กทรอนิกส์ และได้รับรางวัลจากสหประชาชาติ": "Published "
    "electronic service-standard manuals and won the UN award",
    "ขยายผลอย่างยั่งยืน": "Sustain and spread",
    "ทุกสาขาใช้มาตรฐานเดียวกันและวัดความพึงพอใจต่อเนื่อง": "Every branch uses one standard and "
    "measures satisfaction continuously",
    "แผนที่นำทางโครงการ SMILE": "SMILE project roadmap",
    "บริการประชาชน": "Citizen services",
    "ช่องทางติดต่อและข้อมูลที่ประชาชนต้องรู้ก่อนมาใช้บริการ": "How to reach us and what to know "
    "before you visit.",
    "ก่อนมาติดต่อสำนักงาน": "Before you visit an office",
    "เตรียมเอกสารให้พร้อม ใช้เวลาที่สำนักงานน้อยลง": "Bring the right documents and spend less "
    "time at the office.",
    "สำนักงานเปิดให้บริการวันจันทร์ถึงวันศุกร์ เวลา 08.30 ถึง 16.30 น. "
    "เว้นวันหยุดราชการ ในช่วงยื่นแบบแสดงรายการภาษีเงินได้บุคคลธรรมดา "
    "(มกราคมถึงมีนาคม) ควรมาแต่เช้าหรือยื่นแบบทางอินเทอร์เน็ต": "Offices are open Monday to "
    "Friday, 08:30 to 16:30, except public holidays. In the personal income tax filing season "
    "(January to March), come early or file online.",
    "รับบัตรคิวล่วงหน้า": "Take a queue ticket",
    "เมื่อมาถึงสำนักงาน กรุณารับบัตรคิวที่จุดประชาสัมพันธ์ "
    "เจ้าหน้าที่จะช่วยตรวจเอกสารเบื้องต้นให้": "When you arrive, take a queue ticket at the "
    "information desk; an officer will check your documents first.",
    "ร้องเรียนและข้อเสนอแนะ": "Complaints and suggestions",
    "เราอยากรู้ว่าบริการของเราเป็นอย่างไร": "We want to know how our service went.",
    "หากไม่พอใจการให้บริการ ท่านสามารถร้องเรียนได้ที่กล่องรับข้อร้องเรียนในสำนักงาน "
    "ทางโทรศัพท์ 1161 หรือผ่านเว็บไซต์กรมสรรพากร "
    "ทุกเรื่องจะได้รับการตอบกลับภายใน 15 วันทำการ": "If you are unhappy with our service, you "
    "can complain through the box in any office, by phone on 1161 or on the Revenue Department "
    "website. Every complaint is answered within 15 working days.",
    "อินทราเน็ต": "Intranet",
    "พื้นที่สำหรับเจ้าหน้าที่สรรพากรภาค 7 เท่านั้น": "For Revenue Region 7 staff only.",
    "ข่าวภายใน: ตารางอบรม SMILE รุ่นใหม่": "Staff news: new SMILE training schedule",
    "การอบรมเชิงปฏิบัติการ SMILE รุ่นต่อไปเปิดรับสมัครแล้ว": "Registration is open for the next "
    "SMILE workshops.",
    "ฝ่ายบริหารทรัพยากรบุคคลเปิดรับสมัครเจ้าหน้าที่หน้าเคาน์เตอร์"
    "เข้าร่วมการอบรมเชิงปฏิบัติการ SMILE ที่สำนักงานสรรพากรภาค 7 จังหวัดพิษณุโลก "
    "แจ้งชื่อผ่านหัวหน้าหน่วยงานภายในสิ้นเดือนนี้": "Human resources invites front-counter "
    "officers to the SMILE workshops at the Revenue Region 7 office in Phitsanulok. Register "
    "through your unit head by the end of this month.",
    "แนวปฏิบัติหน้าเคาน์เตอร์ช่วงยื่นแบบ": "Front-counter playbook for the filing season",
    "สิ่งที่ทีมหน้าเคาน์เตอร์ตกลงร่วมกันเพื่อลดเวลารอคอย": "What counter teams agreed on to cut waiting times.",
    "เปิดช่องบริการพิเศษสำหรับผู้สูงอายุและผู้พิการ ตรวจเอกสารตั้งแต่จุดรับบัตรคิว "
    "และแนะนำการยื่นแบบทางอินเทอร์เน็ตให้ผู้ที่มีเอกสารครบ "
    "เวลารอคอยเฉลี่ยลดลงจาก 25 นาทีเหลือ 9 นาที": "Open a priority counter for elderly and "
    "disabled taxpayers, check documents at the queue-ticket desk and show taxpayers whose papers "
    "are complete how to file online. Average waiting time fell from 25 minutes to 9.",
    "ข้อมูลภายใน": "Internal information",
    "ห้ามเผยแพร่เอกสารนี้ต่อบุคคลภายนอก": "Do not share this document outside the department.",
}
