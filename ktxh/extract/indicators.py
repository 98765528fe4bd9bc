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

from ktxh.extract.timeframes import find_period_hits
from ktxh.text.normalize import fold

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
# "Tính đến | ngày 15/8/2025 | giải ngân": "Tính" goes with "đến"; several
# lead in together: "đến cuối | tháng 10", "tính đến hết | quý III"
_DANGLING = re.compile(
    r"(?:\s*(?<![\w])(?:(?:tính |cho )?(?:đến|tới)|trong|cả|hết|cuối|từ|của|vào|tại|so với|so|,))*"
    r"\s*$"
)
_LETTER = re.compile(r"[^\W\d_]")
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
_OPENING_FIRST = frozenset(w.split(" ", 1)[0] for w in OPENING_VERBS)
_OPENING_LONGEST = max(len(w) for w in OPENING_VERBS)


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


def is_opening_verb(phrase: str) -> bool:
    """Whether ``phrase`` is one of :data:`OPENING_VERBS` (its first word tried first)."""
    return (len(phrase) <= _OPENING_LONGEST
            and phrase.split(" ", 1)[0].lower() in _OPENING_FIRST and fold(phrase) in OPENING_VERBS)
