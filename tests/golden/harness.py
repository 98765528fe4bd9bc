"""Run the pipeline over the golden inputs and compare with the pinned expected JSON.

Inputs are ``tests/golden/inputs/*`` and ``samples/*.md``; each has a pinned
output ``tests/golden/expected/<stem>.json`` (spans kept, so offset
regressions show). :func:`compare` returns a readable, per-kind list of the
items added, removed and changed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from ktxh import extract_file
from ktxh.extract.export import to_json

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
INPUTS, EXPECTED, GOLD = HERE / "inputs", HERE / "expected", HERE / "gold"
SAMPLES = ROOT / "samples"
KINDS = ("references", "figures", "targets", "tasks", "projects")

# What makes two items "the same item, changed" rather than one lost, one gained.
_IDENTITY: dict[str, tuple[str, ...]] = {
    "references": ("number",),
    "figures": ("quote", "kind", "value"),
    "targets": ("quote", "kind", "value"),
    "tasks": ("quote", "lead"),
    "projects": ("name",),
}


def documents() -> list[Path]:
    """Every golden input: the new documents, then the shipped samples."""
    new = (
        sorted(p for p in INPUTS.iterdir() if p.suffix in (".md", ".txt"))
        if INPUTS.is_dir()
        else []
    )
    samples = sorted(p for p in SAMPLES.glob("*.md") if p.name != "README.md")
    return new + samples


def expected_path(doc: Path) -> Path:
    return EXPECTED / f"{doc.stem}.json"


def current(doc: Path) -> dict[str, Any]:
    """The pipeline's JSON for ``doc`` as it is now (a fresh copy each call)."""
    return json.loads(_extracted(doc, doc.stat().st_mtime_ns))


@cache
def _extracted(doc: Path, mtime: int) -> str:
    return dump(to_json(extract_file(doc)))


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def load_expected(doc: Path) -> dict[str, Any] | None:
    path = expected_path(doc)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def _key(item: dict[str, Any], kind: str) -> str:
    return json.dumps([item.get(k) for k in _IDENTITY[kind]], ensure_ascii=False)


def _canon(item: dict[str, Any]) -> str:
    return json.dumps(item, ensure_ascii=False, sort_keys=True)


def _short(item: dict[str, Any]) -> str:
    shown = {k: v for k, v in item.items() if k not in ("span", "figures")}
    return json.dumps(shown, ensure_ascii=False)


def _field_changes(old: dict[str, Any], new: dict[str, Any]) -> str:
    keys = [k for k in dict.fromkeys([*old, *new]) if old.get(k) != new.get(k)]
    return "; ".join(
        f"{k}: {json.dumps(old.get(k), ensure_ascii=False)} -> "
        f"{json.dumps(new.get(k), ensure_ascii=False)}"
        for k in keys
    )


def kind_changes(kind: str, old: list[dict], new: list[dict]) -> Iterator[tuple[str, str]]:
    """Yield (tag, text) with tag in LOST, GAINED, CHANGED for one kind of item."""
    left = Counter(_canon(i) for i in new)
    lost = []
    for item in old:
        c = _canon(item)
        if left[c]:
            left[c] -= 1
        else:
            lost.append(item)
    right = Counter(_canon(i) for i in old)
    gained = []
    for item in new:
        c = _canon(item)
        if right[c]:
            right[c] -= 1
        else:
            gained.append(item)
    by_key: dict[str, list[dict]] = {}
    for item in gained:
        by_key.setdefault(_key(item, kind), []).append(item)
    for item in lost:
        twins = by_key.get(_key(item, kind))
        if twins:
            yield "CHANGED", f"{_short(item)}\n        {_field_changes(item, twins.pop(0))}"
        else:
            yield "LOST", _short(item)
    for items in by_key.values():
        for item in items:
            yield "GAINED", _short(item)


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Readable lines for every difference between two extraction JSON objects."""
    lines = []
    od, nd = old.get("document") or {}, new.get("document") or {}
    for k in dict.fromkeys([*od, *nd]):
        if od.get(k) != nd.get(k):
            lines.append(
                f"document.{k}: {json.dumps(od.get(k), ensure_ascii=False)} -> "
                f"{json.dumps(nd.get(k), ensure_ascii=False)}"
            )
    for kind in KINDS:
        for tag, text in kind_changes(kind, old.get(kind) or [], new.get(kind) or []):
            lines.append(f"{kind} {tag}: {text}")
    return lines


def summary(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Counter]:
    """Per kind: how many items were lost, gained and changed."""
    out: dict[str, Counter] = {}
    for kind in KINDS:
        out[kind] = Counter(
            tag for tag, _ in kind_changes(kind, old.get(kind) or [], new.get(kind) or [])
        )
    return out
