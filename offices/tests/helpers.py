"""A small bilingual office directory, built with factories.

:func:`build_directory` puts the directory under the home page with the regional
office, two area offices and three branches, each with its English translation.
"""

from dataclasses import dataclass, field

from offices.factories import OfficeIndexPageFactory, OfficePageFactory
from tests.world import translate


@dataclass
class Pair:
    th: object
    en: object


@dataclass
class Directory:
    index: Pair
    offices: dict = field(default_factory=dict)  # code -> Pair


# code -> (Thai title, English title, parent code or None, kind)
OFFICES = {
    "R7": ("สำนักงานสรรพากรภาค 7", "Regional Revenue Office 7", None, "regional"),
    "PLK": ("สำนักงานสรรพากรพื้นที่พิษณุโลก", "Phitsanulok Area Revenue Office", None, "area"),
    "PLK-01": ("สำนักงานสรรพากรพื้นที่สาขาวังทอง", "Wang Thong Branch", "PLK", "branch"),
    "PLK-02": ("สำนักงานสรรพากรพื้นที่สาขาบางระกำ", "Bang Rakam Branch", "PLK", "branch"),
    "TAK": ("สำนักงานสรรพากรพื้นที่ตาก", "Tak Area Revenue Office", None, "area"),
    "TAK-01": ("สำนักงานสรรพากรพื้นที่สาขาแม่สอด", "Mae Sot Branch", "TAK", "branch"),
}


def build_directory(site):
    index = OfficeIndexPageFactory(parent=site.home, slug="offices")
    directory = Directory(index=Pair(index, translate(index, title="Revenue offices")))
    for code, (thai, english, parent, kind) in OFFICES.items():
        parent_page = directory.offices[parent].th if parent else index
        office = OfficePageFactory(
            parent=parent_page,
            title=thai,
            slug=code.lower(),
            code=code,
            regional=kind == "regional",
            branch=kind == "branch",
        )
        directory.offices[code] = Pair(office, translate(office, title=english))
    return directory
