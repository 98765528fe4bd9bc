"""The shipped sample documents stay valid fixtures."""

import re
from pathlib import Path

import pytest

from ktxh.text.readers import read

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
DOCS = sorted(SAMPLES.glob("*.md"))
DOCS = [p for p in DOCS if p.name != "README.md"]


def _num(s: str) -> float:
    return float(s.replace(".", "").replace(",", "."))


def test_five_samples():
    assert len(DOCS) == 5


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_sample_reads(path):
    doc = read(path)
    assert len(doc.text) > 2000
    assert "<sup>" not in doc.text and "**" not in doc.text


def test_deliberate_ratio_error_is_present():
    text = (SAMPLES / "bao-cao-quy-1-2024.md").read_text(encoding="utf-8")
    m = re.search(r"đạt ([\d.,]+)/([\d.,]+) tỷ đồng, đạt ([\d,]+)% kế hoạch vốn giao", text)
    done, plan, pct = (_num(x) for x in m.groups())
    assert abs(done / plan * 100 - pct) > 0.5


def test_deliberate_parts_exceed_total_is_present():
    text = (SAMPLES / "bao-cao-quy-1-2024.md").read_text(encoding="utf-8")
    m = re.search(r"ước đạt ([\d.]+) triệu USD.*?xuất khẩu ([\d.]+) triệu USD, "
                  r"nhập khẩu ([\d.]+) triệu USD", text)
    total, a, b = (_num(x) for x in m.groups())
    assert a + b > total


def test_consistent_ratios_elsewhere():
    """Every other "a/b ..., đạt c%" in the samples agrees within rounding."""
    bad = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"([\d.]+,?\d*)/([\d.]+,?\d*) (?:ha|km|tỷ đồng)[^.;]*?đạt ([\d,]+)%",
                             text):
            done, plan, pct = (_num(x) for x in m.groups())
            if abs(done / plan * 100 - pct) > 0.06:
                bad.append((path.name, m.group(0)))
    assert bad == [(
        "bao-cao-quy-1-2024.md",
        "745,2/4.120 tỷ đồng, đạt 19,1%",
    )]
