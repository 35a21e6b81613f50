"""Demo citizen handbooks of Revenue Region 7, in Thai and English."""

from manuals.choices import Agency, Audience, ServiceGroup
from manuals.demo.bilingual import Bullets, Paragraph, Ref
from manuals.demo.blocks import WORKING_DAYS, channel, contact, doc, fee, law, step

INDEX = {
    "title": ("คู่มือสำหรับประชาชน", "Citizen handbooks"),
    "slug": "handbooks",
    "show_in_menus": True,
    "intro": Paragraph(
        (
            "ขั้นตอน เอกสาร ระยะเวลา และช่องทางติดต่อของงานบริการของสำนักงานสรรพากรภาค 7 "
            "ตามพระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558",
            "Steps, documents, times and contacts for the services of Revenue Region 7, as "
            "required by the Licensing Facilitation Act B.E. 2558 (2015).",
        )
    ),
    "search_description": (
        "ขั้นตอนและเอกสารที่ต้องใช้สำหรับงานบริการด้านภาษี",
        "Steps and documents for tax services.",
    ),
}

BRANCH = (
    "สำนักงานสรรพากรพื้นที่สาขาทุกแห่งในสังกัดสรรพากรภาค 7",
    "Every area branch office of Revenue Region 7",
)
COUNTER = ("งานบริการผู้เสียภาษี สำนักงานสรรพากรพื้นที่สาขา", "Taxpayer service counter, area branch office")
CASHIER = ("งานการเงิน สำนักงานสรรพากรพื้นที่สาขา", "Cashier, area branch office")
AREA_AUDIT = ("ฝ่ายตรวจสอบภาษี สำนักงานสรรพากรพื้นที่", "Tax audit unit, area revenue office")
HOURS = (
    "วันจันทร์ถึงวันศุกร์ เวลา 08.30 – 16.30 น. (ไม่พักเที่ยง) เว้นวันหยุดราชการ",
    "Monday to Friday, 08:30 – 16:30 (open at lunchtime), except public holidays",
)
TAXPAYER = ("ผู้เสียภาษี", "Taxpayer")
REVENUE_CODE = ("ประมวลรัษฎากร", "Revenue Code")
FACILITATION_ACT = (
    "พระราชบัญญัติการอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558",
    "Licensing Facilitation Act B.E. 2558 (2015)",
)
ID_CARD = doc(
    ("บัตรประจำตัวประชาชน", "Thai national ID card"),
    ("กรมการปกครอง", "Department of Provincial Administration"),
)
OFFICE_CHANNEL = channel(
    BRANCH,
    HOURS,
    note=(
        "รับคิวที่จุดประชาสัมพันธ์ เจ้าหน้าที่จะตรวจเอกสารเบื้องต้นให้",
        "Take a queue ticket at the information desk; an officer checks your documents first.",
    ),
)
COMPLAINTS = [
    contact(
        ("ศูนย์สารนิเทศสรรพากร (RD Call Center)", "Revenue Department call centre (RD Call Center)"),
        ("โทร. 1161", "Phone 1161"),
        "https://www.rd.go.th",
    ),
    contact(
        ("สำนักงานสรรพากรภาค 7", "Revenue Region 7 Office"),
        (
            "ถนนบรมไตรโลกนารถ อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000",
            "Boromtrailokanat Road, Mueang Phitsanulok, Phitsanulok 65000",
        ),
    ),
    contact(
        (
            "ศูนย์บริการประชาชน สำนักปลัดสำนักนายกรัฐมนตรี",
            "Public Service Centre, Office of the Permanent Secretary, Prime Minister's Office",
        ),
        (
            "สายด่วน 1111 หรือตู้ ปณ. 1111 เลขที่ 1 ถนนพิษณุโลก เขตดุสิต กรุงเทพฯ 10300",
            "Hotline 1111, or PO Box 1111, 1 Phitsanulok Road, Dusit, Bangkok 10300",
        ),
        "https://www.1111.go.th",
    ),
]

HANDBOOKS = [
    {
        "title": (
            "การยื่นแบบแสดงรายการภาษีเงินได้บุคคลธรรมดา (ภ.ง.ด.90/91) ที่สำนักงาน",
            "Filing a personal income tax return (P.N.D. 90/91) at an office",
        ),
        "slug": "pit-filing-at-office",
        "intro": (
            "ผู้มีเงินได้ในปีภาษีที่ผ่านมายื่นแบบ ภ.ง.ด.90 หรือ ภ.ง.ด.91 ได้ที่สำนักงานสรรพากรพื้นที่สาขาใกล้บ้าน "
            "ภายในวันที่ 31 มีนาคมของทุกปี",
            "Anyone with income in the last tax year can file form P.N.D. 90 or 91 at any area "
            "branch office by 31 March each year.",
        ),
        "service_group": ServiceGroup.PERSONAL_INCOME_TAX,
        "agency": Agency.BRANCH_OFFICE,
        "audience": Audience.INDIVIDUALS,
        "responsible_unit": COUNTER,
        "legal_basis": [
            law(REVENUE_CODE, ("มาตรา 56 และมาตรา 57 ตรี", "sections 56 and 57 ter")),
            law(FACILITATION_ACT),
        ],
        "criteria": Bullets(
            (
                (
                    "ผู้มีเงินได้จากการจ้างแรงงานอย่างเดียวใช้แบบ ภ.ง.ด.91 ผู้มีเงินได้ประเภทอื่นใช้แบบ ภ.ง.ด.90",
                    "People whose only income is a salary use form P.N.D. 91; everyone else uses P.N.D. 90.",
                ),
                (
                    "ยื่นแบบภายในวันที่ 31 มีนาคมของปีถัดจากปีภาษี",
                    "File by 31 March of the year after the tax year.",
                ),
                (
                    "หากไม่สะดวกมาด้วยตนเอง มอบอำนาจให้ผู้อื่นยื่นแทนได้ โดยแนบหนังสือมอบอำนาจ",
                    "If you cannot come yourself, someone else may file for you with a power of attorney.",
                ),
            )
        ),
        "channels": [OFFICE_CHANNEL],
        "steps": [
            step(
                (
                    "รับคิวและตรวจเอกสารเบื้องต้น",
                    "Take a queue ticket and have your documents checked",
                ),
                ("งานประชาสัมพันธ์ สำนักงานสรรพากรพื้นที่สาขา", "Information desk, area branch office"),
                5,
            ),
            step(
                ("ตรวจสอบแบบและคำนวณภาษี", "Check the return and calculate the tax"),
                COUNTER,
                15,
                description=(
                    "เจ้าหน้าที่ตรวจความถูกต้องของเงินได้และค่าลดหย่อน และแจ้งยอดภาษีที่ต้องชำระหรือขอคืน",
                    "The officer checks income and allowances and tells you the tax to pay or reclaim.",
                ),
            ),
            step(
                ("ชำระภาษี (ถ้ามี) และรับใบเสร็จรับเงิน", "Pay any tax due and collect the receipt"),
                CASHIER,
                10,
            ),
        ],
        "documents": [
            ID_CARD,
            doc(
                ("หนังสือรับรองการหักภาษี ณ ที่จ่าย (50 ทวิ)", "Withholding tax certificate (50 bis)"),
                ("นายจ้างหรือผู้จ่ายเงินได้", "Employer or payer"),
                1,
                1,
            ),
            doc(
                (
                    "หลักฐานค่าลดหย่อน เช่น ใบเสร็จเบี้ยประกันชีวิต",
                    "Evidence of allowances, e.g. life insurance receipts",
                ),
                ("บริษัทประกันภัยหรือหน่วยงานที่ออกหลักฐาน", "Insurer or issuing body"),
                0,
                1,
                ("เฉพาะรายการที่ขอหักลดหย่อน", "Only for the allowances you claim"),
            ),
        ],
        "fees": [fee(("ค่าธรรมเนียมการยื่นแบบ", "Filing fee"), 0)],
        "complaint_channels": COMPLAINTS,
        "sample_forms": [
            (
                "form",
                {
                    "document": Ref("document", "pnd91"),
                    "title": ("ตัวอย่างการกรอกแบบ ภ.ง.ด.91", "Sample of a completed P.N.D. 91"),
                },
            )
        ],
    },
    {
        "title": ("การขอคืนภาษีเงินได้บุคคลธรรมดา", "Claiming a personal income tax refund"),
        "slug": "pit-refund",
        "intro": (
            "ผู้ที่ถูกหักภาษี ณ ที่จ่ายไว้เกินกว่าภาษีที่ต้องเสีย ขอคืนได้พร้อมการยื่นแบบ "
            "และรับเงินคืนผ่านบัญชีพร้อมเพย์ที่ผูกกับเลขประจำตัวประชาชน",
            "If more tax was withheld than you owe, claim the difference when you file and receive it "
            "through the PromptPay account linked to your national ID number.",
        ),
        "service_group": ServiceGroup.REFUNDS,
        "agency": Agency.AREA_OFFICE,
        "audience": Audience.INDIVIDUALS,
        "responsible_unit": AREA_AUDIT,
        "legal_basis": [law(REVENUE_CODE, ("มาตรา 27 ตรี และมาตรา 63", "sections 27 ter and 63"))],
        "criteria": Bullets(
            (
                (
                    "ขอคืนภาษีภายใน 3 ปีนับแต่วันสุดท้ายของกำหนดเวลายื่นแบบ",
                    "Claim within 3 years of the filing deadline.",
                ),
                (
                    "ต้องลงทะเบียนพร้อมเพย์ด้วยเลขประจำตัวประชาชนไว้กับธนาคาร",
                    "Register PromptPay with your national ID number at your bank.",
                ),
            )
        ),
        "channels": [
            OFFICE_CHANNEL,
            channel(
                ("ระบบยื่นแบบทางอินเทอร์เน็ต (e-Filing)", "Online filing (e-Filing)"),
                ("ตลอด 24 ชั่วโมง", "24 hours a day"),
                "https://efiling.rd.go.th",
            ),
        ],
        "steps": [
            step(
                ("ยื่นแบบและระบุความประสงค์ขอคืนภาษี", "File the return and tick the refund box"),
                COUNTER,
                10,
            ),
            step(
                ("ตรวจสอบข้อมูลและเอกสารประกอบ", "Check the data and supporting documents"),
                AREA_AUDIT,
                15,
                WORKING_DAYS,
            ),
            step(
                ("อนุมัติการคืนภาษี", "Approve the refund"),
                ("สรรพากรพื้นที่", "Area revenue officer"),
                5,
                WORKING_DAYS,
            ),
            step(
                ("โอนเงินคืนเข้าบัญชีพร้อมเพย์", "Pay the refund into the PromptPay account"),
                (
                    "กองบริหารการคลังและรายได้ กรมสรรพากร",
                    "Finance and Revenue Division, Revenue Department",
                ),
                3,
                WORKING_DAYS,
            ),
        ],
        "documents": [
            ID_CARD,
            doc(
                ("หนังสือรับรองการหักภาษี ณ ที่จ่าย (50 ทวิ)", "Withholding tax certificate (50 bis)"),
                ("นายจ้างหรือผู้จ่ายเงินได้", "Employer or payer"),
                1,
                1,
            ),
        ],
        "complaint_channels": COMPLAINTS,
        "sample_forms": [
            (
                "form",
                {
                    "document": Ref("document", "refund-checklist"),
                    "title": ("รายการตรวจสอบเอกสารขอคืนภาษี", "Refund document checklist"),
                },
            )
        ],
    },
    {
        "title": ("การจดทะเบียนภาษีมูลค่าเพิ่ม (ภ.พ.01)", "Registering for value added tax (P.P. 01)"),
        "slug": "vat-registration",
        "intro": (
            "ผู้ประกอบการที่มีรายรับเกิน 1.8 ล้านบาทต่อปีต้องจดทะเบียนภาษีมูลค่าเพิ่มภายใน 30 วัน นับแต่วันที่รายรับเกิน",
            "A business whose turnover exceeds 1.8 million baht a year must register for VAT within "
            "30 days of exceeding it.",
        ),
        "service_group": ServiceGroup.VAT,
        "agency": Agency.BRANCH_OFFICE,
        "audience": Audience.BUSINESSES,
        "responsible_unit": COUNTER,
        "legal_basis": [law(REVENUE_CODE, ("มาตรา 85 และมาตรา 85/1", "sections 85 and 85/1"))],
        "criteria": Bullets(
            (
                (
                    "ยื่นคำขอก่อนเริ่มประกอบกิจการ หรือภายใน 30 วันนับแต่วันที่มีรายรับเกิน 1.8 ล้านบาท",
                    "Apply before you start trading or within 30 days of turnover passing 1.8 million baht.",
                ),
                (
                    "ยื่นที่สำนักงานสรรพากรพื้นที่สาขาที่สถานประกอบการตั้งอยู่ หรือทางอินเทอร์เน็ต",
                    "Apply at the branch office where the business is located, or online.",
                ),
            )
        ),
        "channels": [
            OFFICE_CHANNEL,
            channel(
                ("ระบบจดทะเบียนภาษีมูลค่าเพิ่มทางอินเทอร์เน็ต", "Online VAT registration"),
                ("ตลอด 24 ชั่วโมง", "24 hours a day"),
                "https://vatreg.rd.go.th",
            ),
        ],
        "steps": [
            step(
                ("ยื่นคำขอ ภ.พ.01 พร้อมเอกสาร", "Submit form P.P. 01 with the documents"), COUNTER, 10
            ),
            step(
                ("ตรวจสอบเอกสารและบันทึกข้อมูล", "Check the documents and record the data"), COUNTER, 20
            ),
            step(
                ("ตรวจสอบสถานประกอบการ", "Inspect the business premises"),
                AREA_AUDIT,
                7,
                WORKING_DAYS,
                description=(
                    "เฉพาะกรณีที่ต้องตรวจสอบข้อเท็จจริงเพิ่มเติม",
                    "Only when more facts need checking.",
                ),
            ),
            step(
                ("ออกใบทะเบียนภาษีมูลค่าเพิ่ม (ภ.พ.20)", "Issue the VAT certificate (P.P. 20)"),
                COUNTER,
                1,
                WORKING_DAYS,
            ),
        ],
        "documents": [
            doc(
                ("แบบคำขอจดทะเบียนภาษีมูลค่าเพิ่ม (ภ.พ.01)", "VAT registration application (P.P. 01)"),
                ("กรมสรรพากร", "Revenue Department"),
                3,
                0,
            ),
            ID_CARD,
            doc(
                ("หนังสือรับรองการจดทะเบียนนิติบุคคล", "Company registration certificate"),
                ("กรมพัฒนาธุรกิจการค้า", "Department of Business Development"),
                0,
                1,
                ("ออกให้ไม่เกิน 6 เดือน", "Issued within the last 6 months"),
            ),
            doc(
                ("แผนที่ตั้งสถานประกอบการและภาพถ่าย", "Map and photographs of the premises"),
                TAXPAYER,
                1,
                0,
            ),
        ],
        "complaint_channels": COMPLAINTS,
        "sample_forms": [
            (
                "form",
                {
                    "document": Ref("document", "pp01"),
                    "title": ("ตัวอย่างแบบ ภ.พ.01", "Sample form P.P. 01"),
                },
            )
        ],
    },
    {
        "title": ("การขอมีเลขประจำตัวผู้เสียภาษีอากร", "Applying for a taxpayer identification number"),
        "slug": "taxpayer-id",
        "intro": (
            "ผู้ที่ไม่มีเลขประจำตัวประชาชน เช่น ชาวต่างชาติที่มีเงินได้ในประเทศไทย "
            "ขอมีเลขประจำตัวผู้เสียภาษีอากร 10 หลักได้ที่สำนักงานสรรพากรพื้นที่สาขา",
            "People without a Thai national ID number, such as foreigners with income in Thailand, "
            "can apply for a 10-digit taxpayer identification number at any area branch office.",
        ),
        "service_group": ServiceGroup.REGISTRATION,
        "agency": Agency.BRANCH_OFFICE,
        "audience": Audience.INDIVIDUALS,
        "responsible_unit": COUNTER,
        "legal_basis": [law(REVENUE_CODE, ("มาตรา 3 เอกาทศ", "section 3 undecies"))],
        "criteria": Bullets(
            (
                (
                    "ยื่นคำร้องภายใน 60 วันนับแต่วันที่เริ่มมีเงินได้",
                    "Apply within 60 days of first receiving income.",
                ),
            )
        ),
        "channels": [OFFICE_CHANNEL],
        "steps": [
            step(("ยื่นคำร้อง ล.ป.10.1", "Submit application form L.P. 10.1"), COUNTER, 10),
            step(("ตรวจสอบและบันทึกข้อมูล", "Check and record the data"), COUNTER, 15),
            step(
                ("ออกบัตรประจำตัวผู้เสียภาษีอากร", "Issue the taxpayer identification card"),
                COUNTER,
                1,
                WORKING_DAYS,
            ),
        ],
        "documents": [
            doc(("หนังสือเดินทาง", "Passport"), ("ประเทศที่ออกหนังสือเดินทาง", "Issuing country"), 1, 1),
            doc(
                ("หลักฐานการมีเงินได้ เช่น สัญญาจ้าง", "Evidence of income, e.g. an employment contract"),
                ("นายจ้าง", "Employer"),
                0,
                1,
            ),
        ],
        "complaint_channels": COMPLAINTS,
    },
    {
        "title": (
            "การยื่นแบบผ่านอินเทอร์เน็ต (e-Filing) สำหรับผู้สูงอายุ",
            "Filing online (e-Filing) for elderly taxpayers",
        ),
        "slug": "e-filing-for-elderly",
        "intro": (
            "ผู้สูงอายุยื่นแบบ ภ.ง.ด.90/91 ทางอินเทอร์เน็ตได้เองที่บ้าน "
            "หรือให้เจ้าหน้าที่ที่มุมบริการ e-Filing ของสำนักงานช่วยแนะนำทีละขั้นตอน",
            "Elderly taxpayers can file P.N.D. 90/91 online from home, or an officer at the office's "
            "e-Filing corner can guide them step by step.",
        ),
        "service_group": ServiceGroup.E_SERVICES,
        "agency": Agency.REVENUE_DEPARTMENT,
        "audience": Audience.ELDERLY_AND_DISABLED,
        "responsible_unit": (
            "มุมบริการ e-Filing สำนักงานสรรพากรพื้นที่สาขา",
            "e-Filing corner, area branch office",
        ),
        "legal_basis": [law(REVENUE_CODE, ("มาตรา 3 อัฏฐ", "section 3 octo"))],
        "criteria": Bullets(
            (
                (
                    "มีเลขประจำตัวประชาชนและหมายเลขโทรศัพท์มือถือสำหรับรับรหัส OTP",
                    "You need your national ID number and a mobile phone to receive a one-time code.",
                ),
                (
                    "ผู้มีอายุ 65 ปีขึ้นไปได้รับยกเว้นภาษีสำหรับเงินได้ไม่เกิน 190,000 บาท",
                    "People aged 65 or over are exempt on the first 190,000 baht of income.",
                ),
            )
        ),
        "channels": [
            channel(
                ("เว็บไซต์ e-Filing", "e-Filing website"),
                ("ตลอด 24 ชั่วโมง", "24 hours a day"),
                "https://efiling.rd.go.th",
            ),
            channel(
                (
                    "มุมบริการ e-Filing ที่สำนักงานสรรพากรพื้นที่สาขา",
                    "e-Filing corner at area branch offices",
                ),
                HOURS,
            ),
        ],
        "steps": [
            step(
                ("เตรียมหลักฐานเงินได้และค่าลดหย่อน", "Gather evidence of income and allowances"),
                TAXPAYER,
                15,
            ),
            step(
                (
                    "เข้าสู่ระบบด้วยเลขประจำตัวประชาชนและรหัส OTP",
                    "Sign in with your national ID number and a one-time code",
                ),
                TAXPAYER,
                10,
            ),
            step(
                ("กรอกและตรวจสอบข้อมูลในแบบ", "Fill in and check the return"),
                TAXPAYER,
                20,
                description=(
                    "ระบบคำนวณภาษีให้อัตโนมัติ หากไม่แน่ใจ โทร. 1161 ได้ทุกวัน",
                    "The system calculates the tax for you; if unsure, call 1161 any day.",
                ),
            ),
            step(("ยื่นแบบและบันทึกหลักฐานการยื่น", "Submit and keep the filing receipt"), TAXPAYER, 5),
        ],
        "documents": [
            ID_CARD,
            doc(
                ("หนังสือรับรองเงินบำนาญหรือเงินได้อื่น", "Pension or other income certificates"),
                ("หน่วยงานผู้จ่ายเงินได้", "Paying body"),
                1,
                0,
            ),
        ],
        "complaint_channels": COMPLAINTS,
        "sample_forms": [
            (
                "form",
                {
                    "document": Ref("document", "efiling-guide"),
                    "title": ("คู่มือการใช้งาน e-Filing ฉบับภาพ", "Illustrated e-Filing guide"),
                },
            )
        ],
    },
]
