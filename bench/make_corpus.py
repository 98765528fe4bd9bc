"""Generate a synthetic corpus of provincial documents for the benchmarks.

    python bench/make_corpus.py N OUT [--seed S] [--size KB]

Writes N markdown files (quarterly/annual reports, plans, conclusion
notices) of about ``--size`` KB each under OUT. Every document is built from
the templates below with a seeded RNG, so the same arguments give the same
bytes; the text exercises every extractor: metadata, citations, figures
(levels, changes, progress "x/y", estimates), targets, tasks with agencies
and deadlines, projects with forms and figures, footnotes.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

PROVINCES = ("Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Yên Bái",
             "Thái Nguyên", "Lạng Sơn", "Bắc Giang", "Phú Thọ", "Điện Biên", "Sơn La",
             "Hòa Bình", "Quảng Trị", "Kon Tum", "Đắk Nông", "Bình Phước", "Hậu Giang")
DISTRICTS = ("Bảo Lâm", "Hà Quảng", "Trùng Khánh", "Na Rì", "Chợ Mới", "Văn Lãng",
             "Lộc Bình", "Đình Lập", "Yên Sơn", "Sơn Dương", "Mường Khương", "Bát Xát",
             "Trấn Yên", "Văn Chấn", "Đại Từ", "Phú Lương", "Tân Sơn", "Thanh Sơn")
AGENCIES = ("Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Xây dựng", "Sở Giao thông vận tải",
            "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Công Thương", "Sở Y tế", "Sở Giáo dục và Đào tạo",
            "Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ", "Cục Thống kê tỉnh",
            "Kho bạc Nhà nước tỉnh", "Công an tỉnh", "Ban Quản lý các khu công nghiệp")
SIGNERS = ("Nguyễn Văn An", "Trần Thị Bích", "Lê Minh Cường", "Hoàng Văn Dũng",
           "Phạm Thị Hạnh", "Vũ Đức Khánh", "Đỗ Thị Lan", "Bùi Quang Minh")
# (indicator, unit, low, high, decimals)
LEVELS = (
    ("tổng sản phẩm trên địa bàn (GRDP)", "tỷ đồng", 8000, 60000, 0),
    ("GRDP bình quân đầu người", "triệu đồng", 30, 90, 1),
    ("thu ngân sách nhà nước trên địa bàn", "tỷ đồng", 900, 12000, 0),
    ("tổng chi ngân sách địa phương", "tỷ đồng", 2000, 18000, 0),
    ("tổng vốn đầu tư toàn xã hội", "tỷ đồng", 5000, 40000, 0),
    ("tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "tỷ đồng", 1500, 30000, 0),
    ("kim ngạch xuất khẩu", "triệu USD", 50, 3000, 1),
    ("tổng lượng khách du lịch", "nghìn lượt", 200, 4000, 0),
    ("doanh thu từ du lịch", "tỷ đồng", 100, 5000, 0),
    ("sản lượng lương thực có hạt", "nghìn tấn", 80, 900, 1),
    ("diện tích gieo trồng vụ Đông Xuân", "ha", 5000, 60000, 0),
    ("diện tích rừng trồng mới", "ha", 500, 12000, 0),
    ("tổng đàn gia súc", "nghìn con", 50, 900, 1),
    ("sản lượng điện sản xuất", "triệu kWh", 80, 2500, 0),
    ("số doanh nghiệp thành lập mới", "doanh nghiệp", 40, 900, 0),
    ("số lao động được giải quyết việc làm", "lao động", 800, 25000, 0),
    ("số xã đạt chuẩn nông thôn mới", "xã", 10, 120, 0),
    ("số trường đạt chuẩn quốc gia", "trường", 40, 500, 0),
)
RATES = (
    ("tốc độ tăng trưởng kinh tế (GRDP)", 3, 10),
    ("tỷ lệ hộ nghèo", 2, 25),
    ("tỷ lệ che phủ rừng", 40, 70),
    ("tỷ lệ dân số tham gia bảo hiểm y tế", 85, 99),
    ("tỷ lệ lao động qua đào tạo", 45, 75),
    ("tỷ lệ xã đạt chuẩn nông thôn mới", 20, 80),
    ("tỷ lệ chất thải rắn đô thị được thu gom, xử lý", 80, 98),
    ("tỷ lệ dân số nông thôn được sử dụng nước sạch", 80, 99),
)
PROJECT_KINDS = ("Dự án đường nối trung tâm huyện {d} với Quốc lộ {n}",
                 "Dự án cải tạo, nâng cấp Quốc lộ {n} đoạn qua huyện {d}",
                 "Dự án Hồ chứa nước {d} giai đoạn {g}",
                 "Dự án Bệnh viện đa khoa huyện {d} quy mô {b} giường",
                 "Dự án Khu công nghiệp {d} giai đoạn {g}",
                 "Dự án kè chống sạt lở bờ sông khu vực thị trấn {d}",
                 "Dự án khu tái định cư thị trấn {d}")
FORMS = ("", "", " theo hình thức PPP", " theo hình thức BT", " sử dụng vốn ODA của WB",
         " sử dụng vốn vay ADB")
ACTIONS = ("rà soát, hoàn thiện hồ sơ thu hồi đất", "tham mưu điều chuyển kế hoạch vốn đầu tư công",
           "đôn đốc nhà thầu đẩy nhanh tiến độ thi công", "hoàn thành chi trả tiền bồi thường",
           "xây dựng phương án bảo đảm thông quan hàng hóa", "tổng hợp số liệu ước thực hiện",
           "kiểm tra, xử lý vi phạm về đất đai", "xây dựng kế hoạch chuyển đổi số",
           "hướng dẫn các địa phương triển khai chương trình mục tiêu quốc gia",
           "đề xuất giải pháp tháo gỡ khó khăn cho doanh nghiệp")
CITED = (("Nghị quyết", "NQ-HĐND", "Hội đồng nhân dân tỉnh"),
         ("Quyết định", "QĐ-UBND", "UBND tỉnh"),
         ("Kế hoạch", "KH-UBND", "UBND tỉnh"), ("Nghị quyết", "NQ-CP", "Chính phủ"),
         ("Thông báo", "TB-VPUBND", "Văn phòng UBND tỉnh"), ("Chỉ thị", "CT-UBND", "UBND tỉnh"),
         ("Báo cáo", "BC-UBND", "UBND tỉnh"))
# narrative clauses without figures: real documents are mostly prose
SUBJECTS = ("Công tác cải cách hành chính", "Công tác quản lý nhà nước về đất đai",
            "Hoạt động thương mại biên giới", "Công tác phòng, chống thiên tai",
            "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
            "Công tác chuyển đổi số", "Hoạt động khoa học và công nghệ",
            "Công tác bảo đảm an sinh xã hội", "Công tác giải phóng mặt bằng",
            "Công tác thu hút đầu tư", "Hoạt động văn hóa, thể thao")
PREDICATES = ("tiếp tục được quan tâm chỉ đạo, đạt nhiều kết quả tích cực",
              "có chuyển biến rõ nét so với cùng kỳ",
              "được triển khai đồng bộ, đúng kế hoạch đề ra",
              "còn một số khó khăn, vướng mắc cần tập trung tháo gỡ",
              "chưa đáp ứng yêu cầu, tiến độ thực hiện còn chậm",
              "được các cấp, các ngành triển khai quyết liệt")
CAUSES = ("do nguồn lực còn hạn chế", "do giá nguyên vật liệu tăng cao",
          "do thời tiết diễn biến phức tạp", "do công tác phối hợp giữa các ngành chưa chặt chẽ",
          "do một số chủ đầu tư chưa quyết liệt", "do thủ tục đầu tư còn phức tạp")
RECIPIENTS = ("Văn phòng Chính phủ", "Bộ Kế hoạch và Đầu tư", "Bộ Tài chính",
              "Thường trực Tỉnh ủy, HĐND tỉnh", "Chủ tịch, các PCT UBND tỉnh",
              "Các sở, ban, ngành", "UBND các huyện, thành phố")


def cap(text: str) -> str:
    """Upper-case the first letter only ("quý I" → "Quý I", not "Quý i")."""
    return text[:1].upper() + text[1:]


def vn(value: float, decimals: int = 0) -> str:
    """Vietnamese number notation: '.' groups thousands, ',' marks decimals."""
    s = f"{value:,.{decimals}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


class Writer:
    """One document's text, grown paragraph by paragraph."""

    def __init__(self, rng: random.Random, year: int, province: str) -> None:
        self.rng, self.year, self.province = rng, year, province
        self.parts: list[str] = []
        self.notes: list[str] = []

    def size(self) -> int:
        return sum(len(p.encode()) for p in self.parts)

    def add(self, text: str) -> None:
        self.parts.append(text)

    def date(self, year: int | None = None) -> tuple[int, int, int]:
        return self.rng.randint(1, 28), self.rng.randint(1, 12), year or self.year

    def citation(self) -> str:
        kind, symbol, issuer = self.rng.choice(CITED)
        d, m, y = self.date(self.year - self.rng.randint(0, 2))
        number = self.rng.randint(1, 420)
        return f"{kind} số {number}/{symbol} ngày {d:02d}/{m:02d}/{y} của {issuer}"

    def level(self, period: str) -> str:
        name, unit, lo, hi, dec = self.rng.choice(LEVELS)
        value = self.rng.uniform(lo, hi)
        verb = self.rng.choice(("ước đạt", "đạt", "ước thực hiện"))
        tail = self.rng.choice((
            f", tăng {vn(self.rng.uniform(0.5, 18), 1)}% so với cùng kỳ",
            f", bằng {vn(self.rng.uniform(15, 110), 1)}% kế hoạch",
            f", giảm {vn(self.rng.uniform(0.2, 6), 1)}% so với cùng kỳ năm trước",
            f", bằng {vn(self.rng.uniform(20, 120), 1)}% dự toán, tăng "
            f"{vn(self.rng.uniform(1, 15), 1)}% so với cùng kỳ",
        ))
        return f"{cap(period)}, {name} {verb} {vn(value, dec)} {unit}{tail}"

    def rate(self, period: str) -> str:
        name, lo, hi = self.rng.choice(RATES)
        return f"{name} {period} đạt {vn(self.rng.uniform(lo, hi), 2)}%"

    def narrative(self) -> str:
        """A paragraph of assessment prose, two to four sentences."""
        out = []
        for _ in range(self.rng.randint(2, 4)):
            sentence = f"{self.rng.choice(SUBJECTS)} {self.rng.choice(PREDICATES)}"
            if self.rng.random() < 0.5:
                sentence += f"; tuy nhiên, một số nhiệm vụ còn chậm {self.rng.choice(CAUSES)}"
            out.append(sentence + ".")
        return " ".join(out)

    def footnote(self, text: str) -> str:
        self.notes.append(text)
        return f"<sup>{len(self.notes)}</sup>"

    def project(self) -> str:
        n = self.rng.randint(1, 300)
        name = self.rng.choice(PROJECT_KINDS).format(
            d=self.rng.choice(DISTRICTS), n=f"{n}{self.rng.choice(('', 'A', 'B'))}",
            g=self.rng.randint(1, 3), b=self.rng.choice((100, 200, 300, 500)))
        total = self.rng.uniform(80, 6000)
        done = total * self.rng.uniform(0.05, 0.95)
        area = self.rng.uniform(5, 400)
        cleared = area * self.rng.uniform(0.1, 1)
        return (f"{name}{self.rng.choice(FORMS)}: lũy kế đã bàn giao {vn(cleared, 1)}/"
                f"{vn(area, 1)} ha mặt bằng, đạt {vn(100 * cleared / area, 1)}%; giải ngân "
                f"{vn(done, 0)}/{vn(total, 0)} tỷ đồng, đạt {vn(100 * done / total, 1)}% "
                f"kế hoạch vốn.")

    def task(self, i: int) -> str:
        lead, *support = self.rng.sample(AGENCIES, 3)
        action = self.rng.choice(ACTIONS)
        d, m, y = self.date(self.year)
        deadline = self.rng.choice((
            f"trước ngày {d}/{m}/{y}", f"trong tháng {m:02d}/{y}",
            f"trong quý {self.rng.choice(('I', 'II', 'III', 'IV'))}/{y}",
            f"hoàn thành trong năm {y}", "thực hiện thường xuyên"))
        if self.rng.random() < 0.2:
            district = self.rng.choice(DISTRICTS)
            return f"{i}. Đề nghị UBND huyện {district} {action} trên địa bàn, {deadline}."
        return (f"{i}. Giao {lead} chủ trì, phối hợp với {support[0]}, {support[1]} {action}, "
                f"báo cáo UBND tỉnh {deadline}.")


def header(w: Writer, kind: str, symbol: str, title: str) -> None:
    d, m, y = w.date()
    w.add(f"ỦY BAN NHÂN DÂN  \n**TỈNH {w.province.upper()}**")
    w.add(f"Số: {w.rng.randint(1, 450)}/{symbol}")
    w.add(f"{w.province}, ngày {d:02d} tháng {m:02d} năm {y}")
    w.add(f"**{kind}**")
    w.add(f"**{title}**")
    w.add(f"Thực hiện {w.citation()}, {w.citation()}; tiếp theo {w.citation()}, "
          f"UBND tỉnh {w.province} {kind.lower()} như sau:")


def body(w: Writer, target_bytes: int, plan: bool) -> None:
    """Sections of figures, projects and targets until the size is reached."""
    sections = ("kinh tế", "nông, lâm nghiệp", "công nghiệp - xây dựng", "thương mại, dịch vụ",
                "tài chính, ngân hàng", "đầu tư công", "văn hóa - xã hội", "môi trường")
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
    k = 0
    while w.size() < target_bytes * 0.8:
        w.add(f"**{roman[k % len(roman)]}. LĨNH VỰC {sections[k % len(sections)].upper()}**")
        for _ in range(w.rng.randint(3, 6)):
            period = w.rng.choice((f"quý {w.rng.choice(('I', 'II', 'III'))} năm {w.year}",
                                   f"6 tháng đầu năm {w.year}", f"năm {w.year - 1}"))
            w.add(w.narrative())
            sentences = [w.level(period) for _ in range(w.rng.randint(1, 3))]
            sentences.append(cap(w.rate(period)))
            para = "; ".join(sentences) + "."
            if w.rng.random() < 0.3:
                para += w.footnote(f"Trong đó: {w.level('cùng kỳ').lower()}.")
            w.add(para)
        if w.rng.random() < 0.6:
            w.add(w.project())
        if plan:
            goals = [f"{name} đạt {vn(w.rng.uniform(lo, hi), 1)}%"
                     for name, lo, hi in w.rng.sample(RATES, 3)]
            w.add(f"Phấn đấu đến năm {w.year + w.rng.randint(0, 4)}: " + "; ".join(goals) + ".")
        k += 1


def tasks(w: Writer, heading: str) -> None:
    w.add(f"**{heading}**")
    for i in range(1, w.rng.randint(8, 16)):
        w.add(w.task(i))


def closing(w: Writer, title: str) -> None:
    w.add("**Nơi nhận:**\n\n" + "\n".join(f"- {r};" for r in w.rng.sample(RECIPIENTS, 5))
          + "\n- Lưu: VT, KT.")
    w.add(f"**{title}**")
    w.add(f"**{w.rng.choice(SIGNERS)}**")
    w.parts.extend(f"<sup>{i}</sup> {note}" for i, note in enumerate(w.notes, 1))


def document(index: int, seed: int, size_kb: int) -> str:
    rng = random.Random(seed * 1_000_003 + index)
    w = Writer(rng, rng.randint(2019, 2025), rng.choice(PROVINCES))
    kind = rng.choice(("report", "report", "plan", "notice"))
    target = size_kb * 1024
    if kind == "report":
        quarter = rng.choice(("I", "II", "III"))
        header(w, "BÁO CÁO", "BC-UBND", f"Tình hình kinh tế - xã hội quý {quarter} năm {w.year}")
        body(w, target, plan=False)
        tasks(w, f"NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI NĂM {w.year}")
        closing(w, "TM. ỦY BAN NHÂN DÂN  \nKT. CHỦ TỊCH  \nPHÓ CHỦ TỊCH")
    elif kind == "plan":
        header(w, "KẾ HOẠCH", "KH-UBND", f"Phát triển kinh tế - xã hội năm {w.year}")
        body(w, target, plan=True)
        tasks(w, "NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU")
        closing(w, "TM. ỦY BAN NHÂN DÂN  \nCHỦ TỊCH")
    else:
        header(w, "THÔNG BÁO", "TB-VPUBND",
               f"Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban tháng {rng.randint(1, 12)}"
               f" năm {w.year}")
        body(w, target * 0.5, plan=False)
        while w.size() < target * 0.9:
            tasks(w, "NHIỆM VỤ TRONG THỜI GIAN TỚI")
        closing(w, "KT. CHÁNH VĂN PHÒNG  \nPHÓ CHÁNH VĂN PHÒNG")
    return "\n\n".join(w.parts) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--size", type=int, default=30, help="approximate KB per document")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(args.n):
        data = document(i, args.seed, args.size).encode()
        (args.out / f"doc-{i:06d}.md").write_bytes(data)
        total += len(data)
    print(f"{args.n} documents, {total / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
