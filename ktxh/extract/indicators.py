"""Indicator phrases: what a number measures, in the document's own words.

The indicator of a number is the subject of its segment with the period
phrases, the opening fillers ("Trong đó:", "Hiện nay", "toàn tỉnh", "đã")
and the verbs before the number ("ước đạt", "tăng bình quân", "chiếm
khoảng") taken off: "Tổng diện tích gieo trồng ước đạt 23.134 ha" →
"Tổng diện tích gieo trồng". When the segment says nothing before the
number ("Đã có 199 xã ra quân đầu xuân"), the count noun and the words after
it are the indicator ("xã ra quân đầu xuân").
"""

from __future__ import annotations

import re

from ktxh.extract.numbers import Quantity
from ktxh.extract.timeframes import find_period_hits
from ktxh.extract.units import COUNTS, MEASURES, SCALES, match_unit
from ktxh.text.normalize import fold

COUNT_SET, MEASURE_SET = frozenset(COUNTS), frozenset(MEASURES)

# --- language data -----------------------------------------------------------

_LEADING = re.compile(
    r"^(?:[\s(\-–+•*:,.]+|\d+[.)]\s|[a-zđ]\)\s"
    # "Đến nay đã hoàn thành ...", "Trong khi còn ...": not "nay đã hoàn thành"
    r"|(?:(?:tính |cho )?(?:đến|tới) (?:nay|thời điểm (?:báo cáo|hiện tại|này))"
    r"|từ đầu năm(?: đến nay)?|trong khi|khi"
    r"|trong đó|cụ thể|bao gồm|gồm|kết quả|và|với|hiện nay|hiện|toàn tỉnh|cả tỉnh"
    r"|toàn xã|toàn huyện|toàn phường|toàn thị xã|toàn thành phố|trong năm(?! \d)"
    r"|trên địa bàn tỉnh|trên địa bàn|đã|đang|sẽ|mới|riêng|còn|tuy nhiên|đồng thời|nhìn chung"
    r"|ngoài ra"
    # "…, song trên địa bàn huyện X còn 12 ha": the conjunction before a place or "còn"
    r"|(?:song|nhưng)(?=\s(?:trên địa bàn|tại|ở|riêng|còn|vẫn|mới|hiện)\s)"
    r"|trong|đến|hết|cuối|từ|tính đến|lũy kế|luỹ kế|tổng cộng|dự ước|ước|dự kiến|về việc|về"
    r"|phấn đấu|phân đầu|để có|để|nhằm|có)"
    r"(?![\w]))\s*"
)
# a district, town or commune the subject opens with: the figure's place, not its
# indicator ("Riêng huyện Ba Bể trồng được 820 ha rừng")
# ("[riêng] đoạn qua thị xã Nghi Sơn mới bàn giao 41,2/66,5 ha", "tại xã X còn …": the place; not
# inside a name, "Quốc lộ 24 đoạn qua huyện Kon Plông")
_LEADING_PLACE = re.compile(
    r"(?:(?:đoạn (?:đi |tuyến )?qua|tại|ở)\s+)?"
    r"(?:huyện|thành phố|tp\.|thị xã|thị trấn|xã|phường)\s+(?=\w)")
_PLACE_STARTS = ("huyện", "thành phố", "tp.", "thị", "xã", "phường", "đoạn", "tại", "ở")
_PUNCTUATION = (" ", "\t", "\n", ",", ";", ":", "-", "–", "(")
_WORD = re.compile(r"\s*([^\s,;:()]+)")
# Words a subject does not end with: "... ước đạt", "... tăng", "... chiếm".
_TRAILING_WORDS = (
    "dự ước đạt", "dự kiến đạt", "ước tính đạt", "ước thực hiện", "mới đạt", "mới có", "mới chỉ",
    "còn chậm", "còn thấp", "đạt thấp", "chậm", "còn", "duy trì", "chỉ", "xuống", "vẫn",
    "đạt tỷ lệ", "đạt tối thiểu", "tối thiểu", "ít nhất", "xuống còn", "xảy ra",
    "không dưới", "không thấp hơn", "không quá", "không vượt quá",  # "tăng bình quân | không dưới"
    "ước đạt", "ước tính", "ước có", "dự ước", "dự kiến", "ước", "đạt được", "đạt", "là", "có",
    "được", "khoảng", "trên", "gần", "hơn", "dưới", "từ", "xấp xỉ", "tăng", "giảm", "bình quân",
    "hằng năm", "hàng năm", "mỗi năm", "chiếm", "bằng", "với", "cho", "tới", "lên", "nâng", "thêm",
    "đều", "mạnh", "ở mức", "mức", "gấp", "trong", "của", "và", "tại", "xếp thứ", "xếp hạng",
    "đứng thứ", "hiện có", "hiện nay", "hiện đang", "hiện ở mức", "hiện còn",
    ":", "(", "-", "–", ",",
)
_TRAILING = re.compile(
    r"\s*(?<![\w])(?:" + "|".join(re.escape(w) for w in _TRAILING_WORDS) + r")\s*$"
)
_TRAILING_LONGEST = max(len(w) for w in _TRAILING_WORDS)
# "... tăng trưởng" after what grows; not "tốc độ tăng trưởng", "mức tăng trưởng"
_TRAILING_GROWTH = re.compile(r"(?<!tốc độ)(?<!mức)(?<!chỉ số)(?<!đà)\s+tăng trưởng\s*$")
# nouns whose last word is also a filler: "giải phóng mặt bằng" (not "... bằng",
# equal to), "bằng cấp, chứng chỉ" (not "... chỉ", only)
_NOUNS_ENDING_IN_FILLER = ("mặt bằng", "chứng chỉ", "địa chỉ", "trở lên",
                           "cây hằng năm", "cây hàng năm")  # annual crops
_STOP_AFTER_UNIT = re.compile(
    # "xã đạt dưới 10 tiêu chí", "sản phẩm đạt từ 3 sao trở lên", "trên 10.000 dân" go on
    r"[,;:()\n]|\.(?!\d)|\s(?<!dưới\s)(?<!trên\s)(?<!hơn\s)(?<!từ\s)\d"
    r"|\sbằng(?<!mặt bằng)(?![\w])"  # "ha mặt bằng": a noun
    r"|\s(?:với|tăng|giảm|chiếm|trong đó|so với|trong(?! nước)|từ(?! \d sao)|tại|của|xuống"
    r"|lên(?<!trở lên)(?! đường)|cho|để|nhằm|trên tổng số"  # "12 xã | trên tổng số 15 xã"
    # "612/1.035 hộ | theo kế hoạch", but "lao động đi làm việc ở nước ngoài theo hợp đồng"
    r"|theo(?= (?:kế hoạch|chỉ tiêu|dự toán|mục tiêu|quy định|nghị quyết|quyết định)\b))"
    r"(?![\w])"
    r"|\scó(?=\s(?:tổng|vốn)(?![\w]))"  # "17 dự án | có tổng vốn đăng ký 4.350 tỷ đồng"
    # "ha lúa và hoa màu": one thing; "ha lúa và 200 ha ngô": two
    r"|\svà(?=\s(?:[^\s\d,;]+\s){0,2}\d)"
    r"|\snăm(?<!hằng năm)(?<!hàng năm)(?![\w])"  # "ha | năm 2020", "ha cây hằng năm"
)
# "12 xã | trên tổng số 15 | xã đạt chuẩn …": the total of a count in prose
_OF_TOTAL = re.compile(r" trên tổng số \d[\d.,]*\s")
# "84,6 ha/112,5 ha | đất lúa": the total of a progress written after its unit
_OVER_TOTAL = re.compile(r"/\s?\d[\d.,]*")
# "bàn giao 61,5 ha mặt bằng | cho nhà đầu tư": the object ends before its purpose
_OBJECT_STOP = re.compile(r"\s(?:cho|để|nhằm|theo|đạt|được|thuộc|trên)(?![\w])")
_DATE_PHRASE = re.compile(
    r"ngày\s\d{1,2}\s?(?:/\s?\d{1,2}(?:\s?/\s?\d{4})?|tháng\s\d{1,2}(?:\snăm\s\d{4})?)"
)
MAX_WORDS = 24
# a bracket inside the subject; of more than a few words it is an aside ("(sau hợp nhất
# tỉnh A và tỉnh B theo Nghị quyết số ...)"), not part of the name ("(giá so sánh 2010)")
_LONG_BRACKET = re.compile(r"\([^()]*\)")
_BRACKET_WORDS = 5
# a scope inside the subject, a verb after it: "Vụ Xuân toàn tỉnh | gieo cấy"
_INNER_SCOPE = re.compile(r"\s(?:toàn tỉnh|cả tỉnh|toàn huyện|trên địa bàn tỉnh)\s")
# a bare scope opening the subject, a verb after it: "Tỉnh | đón", "Huyện | trồng mới"
_SCOPE_FIRST = re.compile(r"(?:tỉnh|huyện|thành phố|thị xã)(?: ta)?\s")
# an agent before its verb: "Các cơ sở khám, chữa bệnh đã | khám cho 1.482.600 lượt người"
_AGENT_DONE = re.compile(r"\s(?:đã|đang)\s")
# words after a number that may name it: "dự án có tỷ lệ giải ngân dưới 30%", "hộ gia
# đình sử dụng nước sinh hoạt hợp vệ sinh"
_MAX_AFTER = 12
# a subject that is only a linking verb: "làm 2 người bị thương", "gây 3 điểm sạt lở"
_EMPTY_SUBJECTS = frozenset(("làm", "gây", "khiến"))
# "…, bình quân giai đoạn tăng 8,3%/năm", "…, bình quân mỗi năm giảm 4,78 điểm phần
# trăm": the average names no measure; the subject before is carried
_AVERAGE_ONLY = re.compile(
    r"bình quân(?: (?:cả |trong |của )?giai đoạn| mỗi năm| hằng năm| hàng năm| năm)?")
_CHANGE_END = re.compile(r"(?:tăng|giảm)\s*$")
# "do ảnh hưởng của dịch bệnh chỉ | đón 820 nghìn lượt khách", "chỉ | thu hút 12 dự án": an
# adverb before the opening verb; what comes before it (a cause) names nothing counted
ADVERBS = ("chỉ mới", "mới chỉ", "chỉ", "mới", "vẫn", "cũng")
_ADVERB_BEFORE_VERB = re.compile(r"(?:^|\s)(?:" + "|".join(ADVERBS) + r")\s")
# every adverb holds one of these: a subject without any is not searched
ADVERB_WORDS = ("chỉ", "mới", "vẫn", "cũng")
_CAUSE = re.compile(r"(?:do|vì|bởi)\s")
_RAISED_TOTAL = re.compile(r"nâng tổng số(?: lên)?$")
_SCOPES_ONLY = frozenset(("tỉnh", "toàn tỉnh", "huyện", "toàn huyện", "xã", "toàn xã",
                          "thành phố", "toàn thành phố", "cả nước"))
_SHORT_SUBJECT = 8  # a subject of at most this many syllables may qualify a bare count noun
# "Tính đến | ngày 15/8/2025 | giải ngân": "Tính" goes with "đến"; several
# lead in together: "đến cuối | tháng 10", "tính đến hết | quý III"
_DANGLING = re.compile(
    r"(?:\s*(?<![\w])(?:(?:tính |cho )?(?:đến|tới)|trong|cả|hết|cuối|từ|của|vào|tại|so với|so|,))*"
    r"\s*$"
)
_LETTER = re.compile(r"[^\W\d_]")
_LETTER_AFTER = re.compile(r"\s[^\W\d_]")
_ANY_YEAR = 2000  # strips "quý I" even when its year is not known here
# Verbs a clause may open with, the thing done following the number ("Đón 3,5 triệu
# lượt khách", "Trồng mới 3.050 ha rừng", "làm chết 31 người"): see :func:`of_verb`.
OPENING_VERBS = frozenset(fold(w) for w in (
    "đón", "đón tiếp", "thu hút", "phục vụ", "trồng", "trồng mới", "trồng rừng", "khoanh nuôi",
    "gieo trồng", "gieo cấy", "thu hoạch",
    "chăm sóc", "thu", "chi", "giải ngân", "thu nộp", "huy động", "cho vay", "cấp", "cấp mới",
    "cấp phép", "cấp đổi", "đào tạo", "tuyển sinh", "tuyển mới", "hỗ trợ", "xây dựng", "xây mới",
    "làm mới", "nâng cấp", "sửa chữa", "cải tạo", "cứng hóa", "bê tông hóa", "kiên cố hóa",
    "phát hiện", "xử lý", "bắt giữ", "khởi tố", "thu giữ", "tịch thu", "xử phạt", "phạt",
    "tiếp nhận", "giải quyết", "khai thác", "tiêu thụ", "sản xuất", "chế biến", "xuất khẩu",
    "nhập khẩu", "thành lập", "thành lập mới", "đăng ký", "đăng ký mới", "tiêm", "tiêm chủng",
    "khám", "khám bệnh", "khám chữa bệnh", "điều trị", "xảy ra", "làm chết", "làm bị thương",
    "làm hư hỏng", "làm sập", "làm cháy", "kiểm tra", "thanh tra", "bàn giao", "hoàn thành",
    "khởi công", "di dời", "bố trí", "sắp xếp", "thu hồi", "bồi thường", "mở", "mở mới",
    "tổ chức", "vận động", "quyên góp", "trao", "tặng", "xuất bản", "phát hành",
    "đưa", "tạo việc làm cho", "giải quyết việc làm cho", "lắp đặt", "tiếp", "tiếp công dân",
    "bị thương", "chết", "tử vong", "mất tích",
    "chuẩn bị", "dự trữ", "mua sắm", "cấp phát",  # "chuẩn bị 186 tấn đá hộc"
    "vướng", "còn vướng",  # "vướng 5,8 ha đất rừng phòng hộ": the land in the way
    "dành",  # "dành 20 ha đất cho …", "dành 10% vốn … cho …": see :func:`_set_aside`
))
# what befell the people counted: "bị thương 27 người" → "người bị thương"
_EVENT_VERBS = frozenset(fold(w) for w in ("bị thương", "chết", "tử vong", "mất tích"))
_OPENING_FIRST = frozenset(w.split(" ", 1)[0] for w in OPENING_VERBS)
_OPENING_LONGEST = max(len(w) for w in OPENING_VERBS)
# count nouns too general to name what is counted: "121,5 nghìn con" is "đàn trâu"
GENERIC_COUNTS = frozenset(fold(w) for w in (
    "con", "lượt", "lượt khách", "khách", "hành khách", "công", "cây", "người", "chiếc",
    "lao động", "người dân",
))


def _place_end(s: str, f: str) -> int:
    """End of the place name ``s`` opens with ("huyện Ba Bể", "Thành phố Bắc Kạn"), else 0."""
    m = _LEADING_PLACE.match(f)
    if not m:
        return 0
    end = m.end()
    while (word := _WORD.match(s, end)) and word.group(1)[0].isupper():
        end = word.end()
    return end if end > m.end() else 0


def _clean(text: str, folded: str, start: int, end: int, keep_average: bool = False) -> str:
    """``text[start:end]`` without period phrases, dates, fillers and trailing verbs."""
    cuts = [(h.start, h.end) for h in find_period_hits(folded, start, end, year=_ANY_YEAR)]
    if folded.find("ngày", start, end) != -1:  # "Lũy kế giải ngân đến ngày 31/10/2024 đạt"
        cuts = sorted(cuts + [m.span() for m in _DATE_PHRASE.finditer(folded, start, end)])
    if cuts:
        pieces, pos = [], start
        for a, b in cuts:
            if a < pos:
                continue
            pieces.append((pos, a))
            pos = b
        pieces.append((pos, end))
        # "phấn đấu trong | quý II/2017 | trồng mới": drop what led into the period
        cut = [(a, a + len(_DANGLING.sub("", folded[a:b]))) for a, b in pieces[:-1]]
        cut.append(pieces[-1])
        s = " ".join(text[a:b] for a, b in cut)
        f = " ".join(folded[a:b] for a, b in cut)
    else:
        s, f = text[start:end], folded[start:end]
    if "(" in f and (long := _LONG_BRACKET.search(f)):
        # "kế hoạch vốn của tỉnh (sau hợp nhất ... theo Nghị quyết số 202/2025/QH15) là"
        s, f = _drop_long_brackets(s, f, long)
    while True:
        if f.endswith(_PUNCTUATION):  # "... còn chậm, | mới đạt"
            n = len(f.rstrip(" \t\n,;:-–("))
            s, f = s[:n], f[:n]
        m = _LEADING.match(f)
        if m and m.end() > 0:
            s, f = s[m.end() :], f[m.end() :]
            continue
        if f.startswith(_PLACE_STARTS) and (place := _place_end(s, f)):
            s, f = s[place:], f[place:]
            continue
        g = _TRAILING_GROWTH.search(f, max(0, len(f) - 24)) if f.endswith("trưởng") else None
        if g and g.start() > 0:  # "kinh tế số của tỉnh | tăng trưởng bình quân 12,5%/năm"
            s, f = s[: g.start()], f[: g.start()]
            continue
        t = _trailing(f, keep_average)
        if t and t.start() < len(f):
            s, f = s[: t.start()], f[: t.start()]
            continue
        break
    words = s.split()
    if len(words) > MAX_WORDS:
        words = words[-MAX_WORDS:]
    s = " ".join(words).strip(" ,;:-–(")
    return s if _LETTER.search(s) else ""


def _drop_long_brackets(s: str, f: str, first: re.Match[str]) -> tuple[str, str]:
    """``s``/``f`` without their brackets of more than a few words."""
    pieces_s, pieces_f, pos = [], [], 0
    m: re.Match[str] | None = first
    while m is not None:
        if len(m.group().split()) > _BRACKET_WORDS:
            pieces_s.append(s[pos : m.start()])
            pieces_f.append(f[pos : m.start()])
            pos = m.end()
        m = _LONG_BRACKET.search(f, m.end())
    pieces_s.append(s[pos:])
    pieces_f.append(f[pos:])
    return " ".join(" ".join(pieces_s).split()), " ".join(" ".join(pieces_f).split())


def _trailing(f: str, keep_average: bool = False) -> re.Match[str] | None:
    """``_TRAILING.search(f)``, tried only where a match can start: its word
    ends the text but for white space, and the spaces before the word.
    ``keep_average`` keeps a final "bình quân" ("năng suất bình quân")."""
    stripped = f.rstrip()
    if not stripped.endswith(_TRAILING_WORDS):
        return None  # a match is one of the words, then spaces only
    pos = max(0, len(stripped) - _TRAILING_LONGEST)
    while pos > 0 and f[pos - 1].isspace():
        pos -= 1
    m = _TRAILING.search(f, pos)
    if m and f.rstrip().endswith(_NOUNS_ENDING_IN_FILLER):
        return None
    if m and keep_average and m.group().strip() == "bình quân":
        return None
    return m


def subject(text: str, folded: str, start: int, pos: int, keep_average: bool = False) -> str:
    """The subject of the segment ``[start, pos)`` that ends at a number.

    ``keep_average`` (a level, not a rate of growth) keeps "bình quân" at its
    end: "năng suất bình quân ước đạt 50,2 tạ/ha", but "tăng bình quân 5%".
    """
    s = _clean(text, folded, start, pos, keep_average)
    if len(s) <= 4 and s.lower() in _EMPTY_SUBJECTS:
        return ""  # "Xảy ra 27 vụ cháy, làm 2 người bị thương"
    f = fold(s)
    if f.startswith("bình quân") and _AVERAGE_ONLY.fullmatch(f) and _CHANGE_END.search(
            folded, max(start, pos - 8), pos):
        return ""  # (not "bình quân đạt 15,2 tiêu chí/xã": the average is the measure)
    if (m := _last_adverb(f)) and (m.start() == 0 or _CAUSE.match(f)) and is_opening_verb(
            s[m.end() :]):
        return s[m.end() :]
    # the scope words stand inside, in lower case
    if (" tỉnh " in s or " huyện " in s) and (m := _INNER_SCOPE.search(s)) and is_opening_verb(
        s[m.end() :]
    ):
        return s[m.end() :]  # "Vụ Xuân năm 2025 toàn tỉnh gieo cấy" → "gieo cấy"
    if (m := _SCOPE_FIRST.match(f)) and is_opening_verb(s[m.end() :]):
        return s[m.end() :]  # "Tỉnh đón 19,6 triệu lượt khách" → "đón"
    return s


def _last_adverb(f: str) -> re.Match[str] | None:
    """The last adverb of :data:`_ADVERB_BEFORE_VERB` in ``f``, if any."""
    if not any(w in f for w in ADVERB_WORDS):
        return None  # each of its adverbs holds one of these words
    found = list(_ADVERB_BEFORE_VERB.finditer(f))
    return found[-1] if found else None


def agent_verb(s: str) -> str:
    """The verb after its agent, if it opens what is counted: "Các cơ quan hành chính
    đã tiếp" → "tiếp"; else ``s``."""
    if (" đã " in s or " đang " in s) and (m := _AGENT_DONE.search(s)) and is_opening_verb(
        s[m.end() :]
    ):
        return s[m.end() :]
    return s


def names_what_is_counted(q: Quantity) -> bool:
    """Whether the unit is a count noun that names the thing counted ("dự án")."""
    return bool(q.unit and (q.unit.base in COUNT_SET or q.unit.open)
                and q.unit.base not in GENERIC_COUNTS
                and q.unit.base not in MEASURE_SET and not q.unit.per)


def names_unit(phrase: str, q: Quantity, only: bool = False) -> bool:
    """Whether ``phrase`` names the count noun of ``q`` ("Số doanh nghiệp thành
    lập mới là 186 doanh nghiệp"); with ``only``, nothing else ("vụ")."""
    if not phrase or q.unit is None or not q.unit.base:
        return False
    if (only and len(phrase) > len(q.unit_text or "")) or (
        not only and len(phrase) < len(q.unit.base)
    ):
        return False  # folding keeps lengths: too long (or short) to be the unit
    f = fold(phrase)
    if not only:
        return f" {q.unit.base} " in f" {f} "
    if f == q.unit.base:
        return True
    if not q.unit_text or " " not in q.unit_text:
        return False
    # "xã, phường, thị trấn", "triệu lượt khách": the unit as written, scale aside
    return f == " ".join(w for w in fold(q.unit_text).split() if w not in SCALES)


def counted_by(subject: str, q: Quantity) -> str:
    """A bare count noun named by its clause: "Tai nạn giao thông xảy ra 48 vụ" → "vụ
    tai nạn giao thông"; "Các lực lượng chức năng đã kiểm tra 19.764 vụ" → "vụ kiểm
    tra" (the verb the clause ends with); "" when the subject is long and names no verb."""
    if q.unit is None or not subject:
        return ""
    unit = " ".join(w for w in (q.unit_text or "").split() if fold(w) not in SCALES)
    if _RAISED_TOTAL.match(fold(subject)):
        return f"tổng số {unit}"  # "…, nâng tổng số lên 112 trường"
    words = subject.split()
    for n in (3, 2, 1):
        if len(words) > n and is_opening_verb(" ".join(words[-n:])):
            return f"{unit} {' '.join(words[-n:]).lower()}"
    # "Cơ quan điều tra đã khởi tố hình sự 39 vụ": the verb after "đã" a few words before
    for k in range(len(words) - 2, max(0, len(words) - 5), -1):
        if words[k - 1].lower() in ("đã", "đang") and any(
                is_opening_verb(" ".join(words[k : k + n])) for n in (2, 1)):
            return f"{unit} {' '.join(words[k:]).lower()}"
    if len(words) > _SHORT_SUBJECT or fold(subject) in _SCOPES_ONLY:
        return ""  # not "tỉnh đạt 28 giải" → "giải tỉnh"
    return f"{unit} {subject[:1].lower()}{subject[1:]}"


def from_unit(text: str, folded: str, q: Quantity) -> str:
    """"70 doanh nghiệp thành lập mới" → "doanh nghiệp thành lập mới";
    "100% xã có sóng di động" → "xã có sóng di động"."""
    if q.unit is None or q.unit.base is None:
        return ""
    if q.unit.base == "%":
        if not _LETTER_AFTER.match(folded[q.unit.end : q.unit.end + 2]):
            return ""
        # "100% xã, thị trấn có hạ tầng cáp quang": a list of count nouns goes on
        counted = match_unit(folded, q.unit.end)
        go_on = counted.end if counted and counted.base in COUNT_SET else q.unit.end
        m = _STOP_AFTER_UNIT.search(folded, go_on, min(len(folded), q.unit.end + 80))
        end = m.start() if m else min(len(folded), q.unit.end + 80)
        return " ".join(text[q.unit.end : end].split()[:_MAX_AFTER]).strip(" ,;:-–")
    # "226 xã, phường, thị trấn": the list of count nouns is the unit, the stop after it
    go_on = q.unit.end if q.unit.base in COUNT_SET or q.unit.open else q.unit.start
    if go_on == q.unit.end and (total := _OF_TOTAL.match(folded, go_on)) and (
            (its := match_unit(folded, total.end())) and its.base == q.unit.base):
        # "12 xã trên tổng số 15 xã | đạt chuẩn nông thôn mới": what follows the total
        m = _STOP_AFTER_UNIT.search(folded, its.end, min(len(folded), its.end + 80))
        words = text[its.end : m.start() if m else min(len(folded), its.end + 80)].split()
        return " ".join([text[q.unit.start : q.unit.end], *words][:_MAX_AFTER]).strip(" ,;:-–")
    m = _STOP_AFTER_UNIT.search(folded, go_on, min(len(folded), q.unit.start + 80))
    end = m.start() if m else min(len(folded), q.unit.start + 80)
    words = text[q.unit.start : end].split()
    while len(words) > 1 and fold(words[0]) in SCALES:
        words = words[1:]  # "3,5 triệu lượt khách du lịch": what is counted, not the scale
    return " ".join(words[:_MAX_AFTER]).strip(" ,;:-–")


def after_number(text: str, folded: str, q: Quantity, generic_only: bool = False) -> str:
    """What the words after a number name when they say more than its unit: "4
    người chết" → "người chết", "3.860 ha lúa và hoa màu bị ngập úng" → "lúa và hoa
    màu bị ngập úng", "187 điểm sạt lở" → "điểm sạt lở"; else "". ``generic_only``:
    only after a count too general to name the thing (:data:`GENERIC_COUNTS`)."""
    if q.unit is None or q.unit.base in (None, "%") or q.unit.per:
        return ""
    base = q.unit.base
    if base in COUNT_SET or q.unit.open:
        if generic_only and base not in GENERIC_COUNTS:
            return ""
        phrase = from_unit(text, folded, q)
        return "" if not phrase or names_unit(phrase, q, only=True) else phrase
    return "" if generic_only else _object(text, folded, q)


_AUXILIARIES = frozenset(("chưa", "đã", "đang", "sẽ", "được", "bị"))


def _object(text: str, folded: str, q: Quantity) -> str:
    """The words after the unit that name what is measured: "ha | rừng tập trung"."""
    assert q.unit is not None
    start = q.unit.end
    if q.form == "progress" and (over := _OVER_TOTAL.match(folded, start)) and (
            (its := match_unit(folded, over.end())) and its.base == q.unit.base):
        start = its.end  # not "/112,5 ha" as the object
    limit = min(len(folded), start + 60)
    m = _STOP_AFTER_UNIT.search(folded, start, limit)
    end = m.start() if m else limit
    m = _OBJECT_STOP.search(folded, start, end)
    words = text[start : m.start() if m else end].split()[:8]
    while words and fold(words[-1]) in _AUXILIARIES:
        words.pop()  # "ha đất rừng chưa | được chuyển …": no dangling "chưa"
    return " ".join(words).strip(" ,;:-–")


def _set_aside(text: str, folded: str, q: Quantity) -> str:
    """What a share is set aside for: "dành 10% | vốn ngân sách tỉnh cho Chương trình
    mục tiêu quốc gia …" → "vốn ngân sách tỉnh cho Chương trình mục tiêu quốc gia …"."""
    obj = _object(text, folded, q)
    assert q.unit is not None
    at = folded.find(" cho ", q.unit.end, q.unit.end + len(obj) + 8)
    if not obj or at == -1:
        return obj
    limit = min(len(folded), at + 80)
    m = _STOP_AFTER_UNIT.search(folded, at + 5, limit)
    purpose = text[at + 5 : m.start() if m else limit].split()[:12]
    return f"{obj} cho {' '.join(purpose)}" if purpose else obj


def object_after(text: str, folded: str, q: Quantity) -> str:
    """What a measure names after its unit ("186 tấn | đá hộc"), else ""."""
    return _object(text, folded, q) if q.unit is not None else ""


def is_opening_verb(phrase: str) -> bool:
    """Whether ``phrase`` is one of :data:`OPENING_VERBS` (its first word tried first)."""
    return (len(phrase) <= _OPENING_LONGEST
            and phrase.split(" ", 1)[0].lower() in _OPENING_FIRST and fold(phrase) in OPENING_VERBS)


def of_verb(text: str, folded: str, verb: str, q: Quantity, previous: str) -> str:
    """The indicator of a clause that opens with its verb (``verb``, the
    cleaned subject), the thing done following the number; ``verb`` itself if
    it is not such a verb. ``previous`` is the indicator read before it.

    "Đón 3,5 triệu lượt khách du lịch" → "lượt khách du lịch"; "Trồng mới
    3.050 ha rừng tập trung" → "Trồng mới rừng tập trung"; "làm chết 31 người"
    → "người chết"; "Tổng thu ngân sách ...; riêng quý III thu 612,5 tỷ đồng" →
    the "Tổng thu ngân sách" before it.
    """
    v = fold(verb)
    if v == "dành" and q.unit is not None and q.unit.base == "%":
        return _set_aside(text, folded, q) or verb
    if q.unit is None or q.unit.base in (None, "%") or not is_opening_verb(verb):
        return verb
    if q.unit.base in COUNT_SET and q.unit.base not in MEASURE_SET:
        counted = " ".join(w for w in (q.unit_text or "").split() if fold(w) not in SCALES)
        if v.startswith("làm "):  # "làm chết 31 người" → "người chết"
            return f"{counted} {verb[4:]}"
        if v in _EVENT_VERBS:
            return f"{counted} {verb}"
        phrase = from_unit(text, folded, q)
        if phrase and q.unit.base not in GENERIC_COUNTS and names_unit(phrase, q, only=True):
            return f"{phrase} {verb.lower()}"  # "Thành lập mới 412 doanh nghiệp"
        return phrase or verb
    obj = _object(text, folded, q)
    if obj:
        return f"{verb} {obj}"
    if previous and (f" {v} " in (prev := f" {fold(previous)} ") or f" {q.unit.base} " in prev):
        return previous  # "..., thành phố Cẩm Phả đón 820 nghìn lượt": the "lượt khách" before
    return verb
