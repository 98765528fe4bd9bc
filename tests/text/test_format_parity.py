"""One document, every reader, one extraction.

Each sample is rebuilt as an office would send it (.docx with layout tables
and real footnotes, .pdf printed from that .docx by LibreOffice, TCVN3 and
VNI .txt) and its extraction is compared with the .md extraction:
document fields, (kind, value, value_max, unit) of figures and targets,
(lead, deadline) of tasks, reference numbers and project names.

Tolerance (documented): TCVN3 has no code for capital letters with a tone
mark ("Ủ", "Ở") outside all-capital lines, so those letters come back in
lower case; names and leads are therefore compared case-insensitively.
"""

from __future__ import annotations

import functools
from collections import Counter
from pathlib import Path

import pytest

from ktxh.extract.pipeline import extract
from ktxh.text.model import BlockKind, Doc
from ktxh.text.readers import read
from tests.text import parity_factory as pf

SAMPLES = sorted(p for p in (Path(__file__).resolve().parents[2] / "samples").glob("*.md")
                 if p.name != "README.md")
META_FIELDS = ("number", "symbol", "type", "place", "date", "title", "signer", "period",
               "issuer", "authority", "signer_position", "recipients", "distribution")
FORMATS = ("docx", "pdf", "tcvn3", "vni")


def _fold(value):
    if isinstance(value, str):
        return " ".join(value.lower().split())
    if isinstance(value, tuple):
        return tuple(_fold(v) for v in value)
    return value


def summary(ex) -> dict[str, Counter]:
    """What must be equal across formats, as multisets."""
    d = ex.document
    return {
        "document": Counter((f, _fold(getattr(d, f))) for f in META_FIELDS),
        "figures": Counter((f.kind, f.value, f.value_max, f.unit) for f in ex.figures),
        "targets": Counter((t.kind, t.value, t.value_max, t.unit) for t in ex.targets),
        "tasks": Counter((_fold(t.lead), t.deadline) for t in ex.tasks),
        "references": Counter(r.number for r in ex.references),
        "projects": Counter(_fold(p.name) for p in ex.projects),
    }


def differences(expected: dict[str, Counter], got: dict[str, Counter]) -> list[str]:
    out = []
    for key, want in expected.items():
        have = got[key]
        for item in sorted(map(str, (want - have).elements())):
            out.append(f"{key}: missing {item}")
        for item in sorted(map(str, (have - want).elements())):
            out.append(f"{key}: extra   {item}")
    return out


@functools.cache
def _built(fmt: str) -> dict[str, bytes]:
    """Every sample in ``fmt``: stem → file bytes (PDFs in one LibreOffice run)."""
    mds = {p.stem: p.read_text(encoding="utf-8") for p in SAMPLES}
    if fmt == "docx":
        return {k: pf.make_docx(v) for k, v in mds.items()}
    if fmt == "pdf":
        return pf.make_pdfs(_built("docx"))
    return {k: pf.make_legacy(v)[fmt] for k, v in mds.items()}


def read_as(stem: str, fmt: str, tmp_path: Path) -> Doc:
    ext = {"docx": ".docx", "pdf": ".pdf"}.get(fmt, ".txt")
    path = tmp_path / f"{stem}{ext}"
    path.write_bytes(_built(fmt)[stem])
    return read(path)


def _need(fmt: str) -> None:
    if fmt == "pdf" and pf.libreoffice() is None:
        pytest.skip("libreoffice is not installed")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_same_extraction(sample: Path, fmt: str, tmp_path: Path) -> None:
    _need(fmt)
    expected = summary(extract(read(sample)))
    got = summary(extract(read_as(sample.stem, fmt, tmp_path)))
    diff = differences(expected, got)
    assert not diff, f"{sample.name} as {fmt}:\n  " + "\n  ".join(diff)


# A small document of our own: a footnote mark right after a number, a data
# table, enough text for two pages (page numbers at the top of each page).
_FILLER = (
    "Các địa phương tiếp tục triển khai đồng bộ các giải pháp phát triển sản xuất, "
    "bảo đảm an sinh xã hội và giữ vững quốc phòng, an ninh trên địa bàn."
)
SMALL = "\n\n".join([
    "ỦY BAN NHÂN DÂN  \n**TỈNH LẠNG SƠN**",
    "Số: 17/BC-UBND",
    "Lạng Sơn, ngày 05 tháng 6 năm 2025",
    "**BÁO CÁO**",
    "**Tình hình thực hiện đầu tư công 5 tháng đầu năm 2025**",
    "**I. KẾT QUẢ THỰC HIỆN**",
    "Tổng vốn đầu tư công đã giải ngân đạt 2.587<sup>1</sup> tỷ đồng, bằng 41,3% kế hoạch.",
    "| Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |\n|---|---|---|---|\n"
    "| Vốn ngân sách tỉnh | tỷ đồng | 1.200 | 516,4 |\n| Vốn Trung ương | tỷ đồng | 980 | 402,7 |",
    *[_FILLER] * 40,
    "**Nơi nhận:**",
    "- Thường trực Tỉnh ủy;\n- Lưu: VT, KT.",
    "**TM. ỦY BAN NHÂN DÂN  \nCHỦ TỊCH**",
    "**Hoàng Minh Tuấn**",
    "<sup>1</sup> Gồm vốn ngân sách tỉnh và vốn ngân sách Trung ương.",
])


@functools.cache
def _small(fmt: str) -> bytes:
    docx = pf.make_docx(SMALL)
    return docx if fmt == "docx" else pf.make_pdf(docx)


@pytest.mark.parametrize("fmt", ("docx", "pdf"))
def test_footnote_mark_after_number(fmt: str, tmp_path: Path) -> None:
    _need(fmt)
    path = tmp_path / f"small.{fmt}"
    path.write_bytes(_small(fmt))
    doc = read(path)
    assert "2.587 tỷ đồng" in doc.text, doc.text[:400]
    values = {f.value for f in extract(doc).figures}
    assert 2587 in values and 25871 not in values
    if fmt == "docx":
        # LibreOffice prints these test footnotes in body type with a plain
        # "1": the PDF gives no sign that the page-foot line is a footnote.
        assert [f.marker for f in doc.footnotes] == ["1"]
        ref = doc.footnotes[0].ref
        assert ref is not None and doc.text[ref - 5 : ref] == "2.587"


@pytest.mark.parametrize("fmt", ("docx", "pdf"))
def test_page_numbers_are_no_figures(fmt: str, tmp_path: Path) -> None:
    _need(fmt)
    path = tmp_path / f"small.{fmt}"
    path.write_bytes(_small(fmt))
    doc = read(path)
    texts = [doc.text[b.span.start : b.span.end].strip() for b in doc.blocks]
    assert not [t for t in texts if t.isdigit()]
    if fmt == "pdf":
        import pdfplumber

        assert len(pdfplumber.open(path).pages) >= 2  # there were page numbers to drop
    assert not [f for f in extract(doc).figures if f.unit == "" and f.value in (1, 2, 3)]


def read_md(text: str, tmp_path: Path) -> Doc:
    path = tmp_path / "small.md"
    path.write_text(text, encoding="utf-8")
    return read(path)


@pytest.mark.parametrize("fmt", ("md", "docx", "pdf"))
def test_table_rows_keep_cells(fmt: str, tmp_path: Path) -> None:
    _need(fmt)
    if fmt == "md":
        doc = read_md(SMALL, tmp_path)
    else:
        path = tmp_path / f"small.{fmt}"
        path.write_bytes(_small(fmt))
        doc = read(path)
    rows = [[doc.text[c.start : c.end] for c in b.cells]
            for b in doc.blocks if b.kind == BlockKind.TABLE_ROW]
    assert rows == [
        ["Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện"],
        ["Vốn ngân sách tỉnh", "tỷ đồng", "1.200", "516,4"],
        ["Vốn Trung ương", "tỷ đồng", "980", "402,7"],
    ]


# The same report as markdown and as a PDF with ruled tables (reportlab):
# the tables' figures and projects must come out alike.
TABLE_DOC = [
    "BÁO CÁO",
    "Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm 2025",
    "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
    "Kết quả thực hiện một số chỉ tiêu chủ yếu như sau:",
    [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2025", "Ước thực hiện 6 tháng"],
     ["1", "Tổng sản phẩm trên địa bàn (GRDP)", "tỷ đồng", "45.320,5", "21.987,2"],
     ["2", "Thu ngân sách nhà nước trên địa bàn", "tỷ đồng", "6.150", "3.402,8"],
     ["3", "Tỷ lệ hộ nghèo", "%", "2,5", "2,15"],
     ["4", "Diện tích gieo trồng lúa", "ha", "12.345", "11.870"]],
    "II. CÁC DỰ ÁN TRỌNG ĐIỂM",
    [["TT", "Tên dự án", "Chủ đầu tư", "Tổng mức đầu tư (tỷ đồng)"],
     ["1", "Đường kết nối khu công nghiệp phía Bắc với quốc lộ 1A", "Sở Giao thông vận tải",
      "1.250"],
     ["2", "Bệnh viện đa khoa tỉnh giai đoạn 2", "Sở Y tế", "845,6"]],
    "Tổng vốn đầu tư công đã giải ngân đạt 2.587 tỷ đồng, bằng 41,3% kế hoạch.",
]


def _table_md(blocks: list) -> str:
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
            continue
        lines = ["| " + " | ".join(r) + " |" for r in b]
        lines.insert(1, "|" + "---|" * len(b[0]))
        out.append("\n".join(lines))
    return "\n\n".join(out)


def test_pdf_tables_give_the_markdown_figures(tmp_path: Path) -> None:
    from tests.text.pdf_factory import make_flow_pdf

    path = tmp_path / "bang.pdf"
    path.write_bytes(make_flow_pdf([b if isinstance(b, str) else {"rows": b}
                                    for b in TABLE_DOC]))
    doc = read(path)
    want = summary(extract(read_md(_table_md(TABLE_DOC), tmp_path)))
    got = summary(extract(doc))
    assert len(want["figures"]) >= 8 and want["projects"]  # the tables give figures
    diff = differences({k: want[k] for k in ("figures", "targets", "tasks", "projects")}, got)
    assert not diff, "\n".join(diff)
