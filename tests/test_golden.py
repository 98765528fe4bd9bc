"""Golden files: the extraction of each golden input is pinned in tests/golden/expected.

A difference fails with a per-kind list of lost, gained and changed items.
After reviewing it, ``pytest tests/test_golden.py --update-golden`` pins the
new output (review the expected-file diff in git; never edit them by hand).
"""

from __future__ import annotations

import pytest

from tests.golden import harness
from tests.support import gold as shared

DOCS = harness.documents()


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.stem)
def test_golden_output(doc, update_golden):
    new = harness.current(doc)
    # an extractor that raised is a bug to fix, never an output to pin
    assert not new.get("problems"), f"{doc.stem}: a step raised: {new['problems']}"
    path = harness.expected_path(doc)
    if update_golden:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(harness.dump(new), encoding="utf-8")
        return
    old = harness.load_expected(doc)
    assert old is not None, f"no {path.name}; run pytest tests/test_golden.py --update-golden"
    lines = harness.compare(old, new)
    assert not lines, f"{doc.stem}: extraction differs from {path.name}:\n  " + "\n  ".join(lines)


def test_there_are_four_new_documents_with_gold():
    from tests.golden import scoring

    assert len([p for p in DOCS if p.parent == harness.INPUTS]) >= 4
    assert len(scoring.pairs()) >= 4


# --- the comparison itself -------------------------------------------------

_FIG = {
    "indicator": "diện tích lúa",
    "value": 10.0,
    "unit": "ha",
    "kind": "level",
    "quote": "lúa 10 ha",
}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ({"figures": [_FIG]}, {"figures": [_FIG]}, []),
        ({"figures": [_FIG]}, {"figures": []}, ["figures LOST"]),
        ({"figures": []}, {"figures": [_FIG]}, ["figures GAINED"]),
        ({"figures": [_FIG]}, {"figures": [{**_FIG, "unit": "nghìn ha"}]}, ["figures CHANGED"]),
        ({"figures": [_FIG, _FIG]}, {"figures": [_FIG]}, ["figures LOST"]),
        ({"document": {"date": "2023-09-30"}}, {"document": {"date": None}}, ["document.date"]),
        (
            {"tasks": [{"lead": "Sở Y tế", "quote": "q"}]},
            {"tasks": [{"lead": "Sở Y tế", "quote": "q", "deadline": "2023-12-31"}]},
            ["tasks CHANGED"],
        ),
    ],
)
def test_compare_reports_each_difference(old, new, expected):
    lines = harness.compare(old, new)
    assert [line.split(":")[0] for line in lines] == expected


# --- scores on the hand-made gold of the new documents ---------------------

# Floors at what the extractor reaches today on tests/golden/gold (F1 per kind,
# and the share of document fields right), so regressions fail. They are not
# targets: raise them when the extractor improves. First unseen run: figures
# 0.885, targets 0.757, tasks 0.769, references 1.0, projects 0.889.
FLOORS = {
    "references": 1.0,
    "figures": 0.99,
    "targets": 0.99,
    "tasks": 0.99,
    "projects": 0.99,
}
DOCUMENT_FLOOR = 0.96


@pytest.mark.skipif(not shared.available(), reason="shared scorer not present")
@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_new_documents_score(kind):
    from tests.golden import scoring

    result = scoring.scores()[kind]
    assert result["f1"] >= FLOORS[kind], f"{kind}: {result}"


@pytest.mark.skipif(not shared.available(), reason="shared scorer not present")
def test_new_documents_metadata():
    from tests.golden import scoring

    fields = {k: v for k, v in scoring.scores().items() if k.startswith("document.")}
    right = sum(v["accuracy"] * v["n"] for v in fields.values())
    total = sum(v["n"] for v in fields.values())
    assert right / total >= DOCUMENT_FLOOR, fields
