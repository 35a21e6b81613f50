"""The demo office directory of Revenue Region 7, in Thai and English.

Real provinces and districts of lower northern Thailand; the addresses follow
the pattern of the real ones (area offices in their provincial towns, branches
at district offices) and the numbers are made up. A text value is a
``(thai, english)`` pair.
"""

from offices.choices import GeccLevel, OfficeType

INDEX = {
    "title": ("สำนักงานสรรพากรในพื้นที่", "Revenue offices"),
    "slug": "offices",
    "intro": (
        "ที่อยู่ หมายเลขโทรศัพท์ และเวลาทำการของสำนักงานสรรพากรภาค 7 สำนักงานสรรพากรพื้นที่ทั้ง 8 จังหวัด และสาขา",
        "Addresses, telephone numbers and opening hours of Regional Revenue Office 7, "
        "the eight area offices and their branches.",
    ),
    "search_description": (
        "ติดต่อสำนักงานสรรพากรในภาคเหนือตอนล่าง",
        "Contact a revenue office in lower northern Thailand.",
    ),
    "show_in_menus": True,
}

OUT_OF_HOURS = (
    "ยื่นแบบและชำระภาษีทางอินเทอร์เน็ตได้ตลอด 24 ชั่วโมงที่ efiling.rd.go.th "
    "หรือโทรศูนย์สารนิเทศสรรพากร 1161 ในวันและเวลาราชการ",
    "File and pay online around the clock at efiling.rd.go.th, or call the Revenue "
    "Department's 1161 call centre in office hours.",
)
AREA_ACCESS = (
    "ทางลาดสำหรับรถเข็น ที่จอดรถสำหรับผู้พิการหน้าอาคาร และห้องน้ำสำหรับผู้พิการที่ชั้น 1",
    "A wheelchair ramp, parking for disabled people at the front and an accessible toilet "
    "on the ground floor.",
)
BRANCH_ACCESS = (
    "ให้บริการที่ชั้นล่างของที่ว่าการอำเภอ ไม่มีขั้นบันได",
    "Served on the ground floor of the district office, with no steps.",
)


def osm(latitude, longitude):
    return (
        f"https://www.openstreetmap.org/?mlat={latitude}&mlon={longitude}"
        f"#map=17/{latitude}/{longitude}"
    )


# The regional office, in Phitsanulok.
REGIONAL = {
    "title": ("สำนักงานสรรพากรภาค 7", "Regional Revenue Office 7"),
    "slug": "region-7",
    "code": "R7",
    "office_type": OfficeType.REGIONAL,
    "address": (
        "ถนนบรมไตรโลกนารถ ตำบลในเมือง อำเภอเมืองพิษณุโลก จังหวัดพิษณุโลก 65000",
        "Borommatrailokkanat Road, Nai Mueang, Mueang Phitsanulok, Phitsanulok 65000",
    ),
    "phone": "0 5525 8181",
    "email": "region7@region7.example",
    "out_of_hours": OUT_OF_HOURS,
    "accessibility": AREA_ACCESS,
    "map_url": osm(16.8252, 100.2623),
    "gecc_level": GeccLevel.EXCELLENT,
}

# code, province (th, en), town subdistrict (th, en), postcode, telephone,
# map position, GECC level, then its branches:
# (district (th, en), slug, postcode, telephone).
AREAS = [
    (
        "PLK", ("พิษณุโลก", "Phitsanulok"), ("ในเมือง", "Nai Mueang"), "65000", "0 5524 2361",
        (16.8211, 100.2659), GeccLevel.ADVANCED,
        [
            (("เมืองพิษณุโลก", "Mueang Phitsanulok"), "mueang-phitsanulok", "65000", "0 5524 5310"),
            (("วังทอง", "Wang Thong"), "wang-thong", "65130", "0 5531 1142"),
            (("บางระกำ", "Bang Rakam"), "bang-rakam", "65140", "0 5537 1065"),
            (("นครไทย", "Nakhon Thai"), "nakhon-thai", "65120", "0 5538 9027"),
        ],
    ),
    (
        "PCB", ("เพชรบูรณ์", "Phetchabun"), ("ในเมือง", "Nai Mueang"), "67000", "0 5672 1534",
        (16.419, 101.1567), GeccLevel.BASIC,
        [
            (("เมืองเพชรบูรณ์", "Mueang Phetchabun"), "mueang-phetchabun", "67000", "0 5671 1217"),
            (("หล่มสัก", "Lom Sak"), "lom-sak", "67110", "0 5670 1403"),
            (("วิเชียรบุรี", "Wichian Buri"), "wichian-buri", "67130", "0 5678 1158"),
            (("หนองไผ่", "Nong Phai"), "nong-phai", "67140", "0 5678 3210"),
        ],
    ),
    (
        "TAK", ("ตาก", "Tak"), ("ระแหง", "Rahaeng"), "63000", "0 5551 1236",
        (16.884, 99.1258), "",
        [
            (("เมืองตาก", "Mueang Tak"), "mueang-tak", "63000", "0 5551 4420"),
            (("แม่สอด", "Mae Sot"), "mae-sot", "63110", "0 5553 1061"),
            (("แม่ระมาด", "Mae Ramat"), "mae-ramat", "63140", "0 5558 1304"),
        ],
    ),
    (
        "STI", ("สุโขทัย", "Sukhothai"), ("ธานี", "Thani"), "64000", "0 5561 1345",
        (17.0078, 99.823), GeccLevel.BASIC,
        [
            (("เมืองสุโขทัย", "Mueang Sukhothai"), "mueang-sukhothai", "64000", "0 5561 2052"),
            (("สวรรคโลก", "Sawankhalok"), "sawankhalok", "64110", "0 5564 1228"),
            (("ศรีสัชนาลัย", "Si Satchanalai"), "si-satchanalai", "64130", "0 5567 1096"),
        ],
    ),
    (
        "UTD", ("อุตรดิตถ์", "Uttaradit"), ("ท่าอิฐ", "Tha It"), "53000", "0 5541 1562",
        (17.62, 100.0993), "",
        [
            (("เมืองอุตรดิตถ์", "Mueang Uttaradit"), "mueang-uttaradit", "53000", "0 5541 2230"),
            (("พิชัย", "Phichai"), "phichai", "53120", "0 5542 1081"),
            (("ลับแล", "Laplae"), "laplae", "53130", "0 5543 1150"),
        ],
    ),
    (
        "PCT", ("พิจิตร", "Phichit"), ("ในเมือง", "Nai Mueang"), "66000", "0 5661 1678",
        (16.4419, 100.3488), "",
        [
            (("เมืองพิจิตร", "Mueang Phichit"), "mueang-phichit", "66000", "0 5661 3305"),
            (("ตะพานหิน", "Taphan Hin"), "taphan-hin", "66110", "0 5662 1190"),
            (("บางมูลนาก", "Bang Mun Nak"), "bang-mun-nak", "66120", "0 5663 1247"),
        ],
    ),
    (
        "NSN", ("นครสวรรค์", "Nakhon Sawan"), ("ปากน้ำโพ", "Pak Nam Pho"), "60000", "0 5622 1890",
        (15.7047, 100.1372), GeccLevel.ADVANCED,
        [
            (("เมืองนครสวรรค์", "Mueang Nakhon Sawan"), "mueang-nakhon-sawan", "60000", "0 5622 6044"),
            (("ตาคลี", "Takhli"), "takhli", "60140", "0 5626 1135"),
            (("ลาดยาว", "Lat Yao"), "lat-yao", "60150", "0 5627 1062"),
            (("ชุมแสง", "Chum Saeng"), "chum-saeng", "60120", "0 5628 2116"),
        ],
    ),
    (
        "KPT", ("กำแพงเพชร", "Kamphaeng Phet"), ("ในเมือง", "Nai Mueang"), "62000", "0 5571 1432",
        (16.4827, 99.5226), "",
        [
            (("เมืองกำแพงเพชร", "Mueang Kamphaeng Phet"), "mueang-kamphaeng-phet", "62000", "0 5571 3209"),
            (("ขาณุวรลักษบุรี", "Khanu Woralaksaburi"), "khanu-woralaksaburi", "62130", "0 5577 9041"),
            (("พรานกระต่าย", "Phran Kratai"), "phran-kratai", "62110", "0 5576 1128"),
        ],
    ),
]  # fmt: skip

# Mae Sot's border-trade branch also opens on Saturday mornings.
SATURDAY_MORNINGS = {"mae-sot"}


def _hours(saturday):
    days = [(day, "08:30:00", "16:30:00") for day in range(5)]
    if saturday:
        days.append((5, "08:30:00", "12:00:00"))
    return [
        {"type": "hours", "value": {"weekday": str(day), "opens": opens, "closes": closes}}
        for day, opens, closes in days
    ]


def _area(code, province, town, postcode, phone, position, gecc):
    thai, english = province
    return {
        "title": (f"สำนักงานสรรพากรพื้นที่{thai}", f"{english} Area Revenue Office"),
        "slug": code.lower(),
        "code": code,
        "office_type": OfficeType.AREA,
        "address": (
            f"ศูนย์ราชการจังหวัด{thai} ตำบล{town[0]} อำเภอเมือง{thai} จังหวัด{thai} {postcode}",
            f"Provincial Government Centre, {town[1]}, Mueang {english}, {english} {postcode}",
        ),
        "phone": phone,
        "email": f"{code.lower()}@region7.example",
        "out_of_hours": OUT_OF_HOURS,
        "public_transport": (
            f"รถสองแถวและรถจักรยานยนต์รับจ้างจากสถานีขนส่งผู้โดยสารจังหวัด{thai} ประมาณ 10 นาที",
            f"Songthaew or motorcycle taxi from the {english} bus terminal, about ten minutes.",
        ),
        "accessibility": AREA_ACCESS,
        "map_url": osm(*position),
        "gecc_level": gecc,
    }


def _branch(area_code, number, province, district, slug, postcode, phone):
    return {
        "title": (
            f"สำนักงานสรรพากรพื้นที่สาขา{district[0]}",
            f"{district[1]} Area Revenue Branch Office",
        ),
        "slug": slug,
        "code": f"{area_code}-{number:02d}",
        "office_type": OfficeType.BRANCH,
        "address": (
            f"ที่ว่าการอำเภอ{district[0]} อำเภอ{district[0]} จังหวัด{province[0]} {postcode}",
            f"{district[1]} District Office, {district[1]}, {province[1]} {postcode}",
        ),
        "phone": phone,
        "out_of_hours": OUT_OF_HOURS,
        "accessibility": BRANCH_ACCESS,
        "opening_hours": _hours(saturday=slug in SATURDAY_MORNINGS),
    }


def offices():
    """(office spec, [branch specs]) for the regional office and each area office."""
    yield REGIONAL, []
    for code, province, town, postcode, phone, position, gecc, branches in AREAS:
        yield (
            _area(code, province, town, postcode, phone, position, gecc),
            [
                _branch(code, number, province, *branch)
                for number, branch in enumerate(branches, start=1)
            ],
        )
