"""Compare Thai word segmenters for speed and for the words search depends on.

Run from the repository root: ``python benchmarks/segmenters.py [--mb 2]``.
Candidates that are not installed are reported and skipped.
"""

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SUBJECTS = [
    "ผู้เสียภาษี",
    "ประชาชน",
    "ผู้ประกันตน",
    "ผู้ประกอบการ",
    "นิติบุคคล",
    "ผู้มีเงินได้",
    "ลูกจ้าง",
    "นายจ้าง",
    "ผู้สูงอายุ",
    "เจ้าหน้าที่",
]
ACTIONS = [
    "ยื่นแบบ",
    "ชำระ",
    "ขอคืน",
    "ตรวจสอบสถานะ",
    "ร้องเรียนเรื่อง",
    "สอบถามเกี่ยวกับ",
    "ลงทะเบียนขอรับ",
    "แจ้งเปลี่ยนแปลง",
    "ยกเลิก",
    "ขอผ่อนชำระ",
]
OBJECTS = [
    "ภาษีเงินได้บุคคลธรรมดา",
    "ภาษีมูลค่าเพิ่ม",
    "ภาษีธุรกิจเฉพาะ",
    "อากรแสตมป์",
    "หนังสือรับรองการหักภาษี ณ ที่จ่าย",
    "บัตรคิว",
    "เงินสมทบประกันสังคม",
    "ค่าลดหย่อน",
    "ใบกำกับภาษี",
    "แบบ ภ.ง.ด.90",
    "แบบ ภ.ง.ด.91",
    "แบบ ภ.พ.30",
    "ภาษีที่ดินและสิ่งปลูกสร้าง",
    "เงินคืนภาษี",
    "สิทธิประโยชน์กรณีชราภาพ",
]
CHANNELS = [
    "ผ่านระบบ e-Filing",
    "ที่สำนักงานสรรพากรพื้นที่",
    "ที่สำนักงานประกันสังคม",
    "ทางไปรษณีย์",
    "ผ่านแอปพลิเคชัน SSO Connect",
    "ที่ศูนย์บริการประชาชน",
    "ผ่านเว็บไซต์ของกรมสรรพากร",
    "ด้วยพร้อมเพย์หรือคิวอาร์โค้ด",
]
TIMES = [
    "ภายในวันที่ ๓๑ มีนาคม ๒๕๖๗",
    "ภายในวันที่ 8 เมษายน 2567",
    "ได้ตลอด 24 ชั่วโมง",
    "ในวันและเวลาราชการ",
    "ภายใน ๑๕ วันนับแต่วันที่ได้รับหนังสือแจ้ง",
    "ก่อนสิ้นปีภาษี",
]
TAILS = [
    "เพื่อความสะดวกรวดเร็ว",
    "โดยไม่ต้องเดินทางมาที่สำนักงาน",
    "หากมีข้อสงสัยโปรดติดต่อศูนย์สารนิเทศสรรพากร 1161",
    "ตามนโยบายไทยแลนด์ ๔.๐",
    "ทั้งนี้เจ้าหน้าที่จะพิจารณาคำร้องภายในสามสิบวัน",
    "กรุณาเตรียมบัตรประจำตัวประชาชนและสำเนาทะเบียนบ้าน",
    "ผู้ที่ไม่ยื่นแบบภายในกำหนดต้องเสียเงินเพิ่มและค่าปรับ",
    "สำหรับโครงการ SMILE ผู้ประกอบการวิสาหกิจขนาดกลางและขนาดย่อม",
]

#: Hand-written sentences with the words a search for them must find.
QUALITY_CASES = [
    ("ผู้เสียภาษีสามารถยื่นแบบผ่านระบบออนไลน์ได้", ["ผู้เสียภาษี", "ยื่น", "ระบบ"]),
    ("ประชาชนร้องเรียนเรื่องความล่าช้าในการคืนภาษี", ["ร้องเรียน", "ภาษี"]),
    ("กรุณารับบัตรคิวก่อนติดต่อเจ้าหน้าที่", ["บัตรคิว", "เจ้าหน้าที่"]),
    ("ผู้ประกันตนตรวจสอบสิทธิประกันสังคมได้ด้วยตนเอง", ["ประกันสังคม", "สิทธิ"]),
    ("ยื่นภาษีมูลค่าเพิ่มภายในวันที่สิบห้าของเดือนถัดไป", ["ภาษีมูลค่าเพิ่ม"]),
    ("ขอหนังสือรับรองการหักภาษีณที่จ่ายจากนายจ้าง", ["หนังสือรับรอง", "นายจ้าง"]),
    ("ยื่นแบบ ภ.ง.ด.90 ผ่านระบบ e-Filing ได้ตลอดวัน", ["ภ.ง.ด.", "e-Filing"]),
    ("ติดต่อสำนักงานประกันสังคมเพื่อแจ้งลาออก", ["ประกันสังคม", "ลาออก"]),
    ("ภาษีอากรเป็นรายได้หลักของรัฐบาล", ["ภาษีอากร", "รายได้", "รัฐบาล"]),
    ("ผู้มีเงินได้ต้องเสียภาษีเงินได้บุคคลธรรมดา", ["เงินได้", "บุคคลธรรมดา"]),
    ("นิติบุคคลยื่นภาษีเงินได้นิติบุคคลปีละสองครั้ง", ["นิติบุคคล", "ปีละ"]),
    ("เจ้าหน้าที่จะพิจารณาข้อร้องเรียนภายในสามสิบวัน", ["พิจารณา", "ร้องเรียน"]),
    ("กองทุนสำรองเลี้ยงชีพช่วยลดหย่อนภาษีได้", ["กองทุน", "ลดหย่อน", "ภาษี"]),
    ("ผู้สูงอายุรับเบี้ยยังชีพผ่านพร้อมเพย์", ["ผู้สูงอายุ", "เบี้ยยังชีพ"]),
    ("ชำระอากรแสตมป์สำหรับสัญญาเช่าอาคาร", ["อากรแสตมป์", "สัญญา"]),
    ("ใบกำกับภาษีต้องมีเลขประจำตัวผู้เสียภาษี", ["ใบกำกับภาษี", "ผู้เสียภาษี"]),
    ("ผู้ประกอบการจดทะเบียนภาษีมูลค่าเพิ่มเมื่อมีรายได้เกินกำหนด", ["จดทะเบียน"]),
    ("โครงการ SMILE ช่วยเหลือวิสาหกิจขนาดกลางและขนาดย่อม", ["SMILE", "วิสาหกิจ"]),
    ("ลูกจ้างได้รับเงินทดแทนกรณีว่างงาน", ["ลูกจ้าง", "เงินทดแทน", "ว่างงาน"]),
    ("ตรวจสอบสถานะการขอคืนภาษีทางเว็บไซต์", ["สถานะ", "คืน", "เว็บไซต์"]),
    ("ค่าธรรมเนียมการออกใบอนุญาตเพิ่มขึ้นในปีนี้", ["ค่าธรรมเนียม", "ใบอนุญาต"]),
    ("ผู้ที่ยื่นแบบล่าช้าต้องเสียเงินเพิ่มและค่าปรับ", ["ล่าช้า", "ค่าปรับ"]),
    ("เตรียมบัตรประจำตัวประชาชนและสำเนาทะเบียนบ้าน", ["ทะเบียนบ้าน", "สำเนา"]),
    ("สิทธิประโยชน์กรณีทุพพลภาพของผู้ประกันตน", ["ทุพพลภาพ", "ผู้ประกันตน"]),
    ("ศูนย์บริการประชาชนเปิดให้บริการทุกวันทำการ", ["บริการ", "ประชาชน"]),
    ("นายจ้างนำส่งเงินสมทบภายในวันที่สิบห้า", ["นายจ้าง", "เงินสมทบ"]),
    ("การยื่นภาษีออนไลน์สะดวกกว่าการเดินทางไปสำนักงาน", ["ออนไลน์", "สำนักงาน"]),
    ("ภาษีที่ดินและสิ่งปลูกสร้างชำระที่องค์การบริหารส่วนตำบล", ["ที่ดิน"]),
    ("สแกนคิวอาร์โค้ดเพื่อจองคิวล่วงหน้า", ["ล่วงหน้า", "คิว"]),
    ("กรมสรรพากรขยายเวลายื่นแบบถึงสิ้นเดือนเมษายน", ["สรรพากร", "ขยายเวลา"]),
]


def thai_documents(count, seed=0, sentences=(2, 6)):
    """Yield ``count`` synthetic Thai service texts built from the lists above."""
    rng = random.Random(seed)
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(*sentences)):
            parts.append(
                rng.choice(SUBJECTS)
                + "สามารถ"
                + rng.choice(ACTIONS)
                + rng.choice(OBJECTS)
                + rng.choice(CHANNELS)
                + rng.choice(TIMES)
                + " "
                + rng.choice(TAILS)
            )
        yield " ".join(parts)


def thai_corpus(megabytes, seed=0):
    """Return at least ``megabytes`` MB (UTF-8) of synthetic Thai text."""
    target = int(megabytes * 1_000_000)
    chunks, size = [], 0
    for document in thai_documents(10**9, seed=seed):
        chunks.append(document)
        size += len(document.encode()) + 1
        if size >= target:
            break
    return "\n".join(chunks)


def _pythainlp(engine):
    from pythainlp.tokenize import word_tokenize

    def tokenize(text):
        return word_tokenize(text, engine=engine, keep_whitespace=False)

    tokenize("ทดสอบ")
    return tokenize


def _nlpo3_plain():
    from importlib.resources import files

    import nlpo3

    path = files("pythainlp.corpus").joinpath("words_th.txt")
    nlpo3.load_dict(str(path), "benchmark.plain")
    return lambda text: nlpo3.segment(text, "benchmark.plain", safe=True)


def _nlpo3_domain():
    import nlpo3

    from search.text import segmentation

    segmentation._dictionary()
    return lambda text: nlpo3.segment(text, segmentation._DICT_NAME, safe=True)


def _icu():
    import icu

    iterator = icu.BreakIterator.createWordInstance(icu.Locale("th"))

    def tokenize(text):
        iterator.setText(text)
        tokens, start = [], iterator.first()
        for end in iterator:
            if text[start:end].strip():
                tokens.append(text[start:end])
            start = end
        return tokens

    return tokenize


def _search_tokens():
    from search.text import segment

    return lambda text: segment(text).split()


CANDIDATES = {
    "pythainlp newmm (pure Python)": lambda: _pythainlp("newmm"),
    "nlpo3 newmm (Rust), PyThaiNLP words": _nlpo3_plain,
    "nlpo3 newmm + domain words": _nlpo3_domain,
    "ICU BreakIterator (pyicu-wheels)": _icu,
    "search.text.segment (nlpo3 + domain + compound parts)": _search_tokens,
}


def quality(tokenize):
    """Return (found, expected): expected words emitted as whole tokens.

    A dotted abbreviation also counts when emitted without its dots (ภงด).
    """
    found = expected = 0
    for sentence, words in QUALITY_CASES:
        tokens = set(tokenize(sentence))
        expected += len(words)
        found += sum(word in tokens or word.replace(".", "") in tokens for word in words)
    return found, expected


def throughput(tokenize, text):
    """Return MB/s for segmenting ``text`` line by line."""
    lines = text.split("\n")
    started = time.perf_counter()
    for line in lines:
        tokenize(line)
    elapsed = time.perf_counter() - started
    return len(text.encode()) / 1_000_000 / elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=2.0, help="corpus size in MB")
    args = parser.parse_args()
    text = thai_corpus(args.mb)
    print(f"corpus: {len(text.encode()) / 1e6:.2f} MB, {len(QUALITY_CASES)} cases")
    print(f"{'segmenter':56} {'MB/s':>7} {'words found':>12}")
    for name, factory in CANDIDATES.items():
        try:
            tokenize = factory()
        except ImportError as error:
            print(f"{name:56} not installed ({error.name})")
            continue
        found, expected = quality(tokenize)
        speed = throughput(tokenize, text)
        score = f"{found}/{expected}"
        print(f"{name:56} {speed:7.2f} {score:>7} {found / expected:4.0%}")


if __name__ == "__main__":
    main()
