"""Fuzz: no genre-like document makes the pipeline raise or misplace a span.

The documents come from :mod:`tests.extract.fuzz_docs` (the project's own
texts recombined and mutated, a fixed list of seeds); they go through the
plain/markdown reader and, a few seeds here, written as .docx and .pdf
(:mod:`tests.extract.fuzz_formats`) through the real :func:`ktxh.text.readers.read`.
A longer campaign prints each failing input minimized (the text before it
became a file)::

    PYTHONPATH=$PWD .venv/bin/python -m tests.extract.test_fuzz_extract --seeds 5000 \
        [--start N] [--format txt|docx|pdf|all|lopdf]

``lopdf`` (campaign only, seconds a document) converts the .docx with
LibreOffice, as an office exports its PDF; its failures are not minimized.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

from ktxh.extract.pipeline import extract
from ktxh.extract.records import Extraction
from ktxh.text.errors import ReadError
from ktxh.text.model import Doc, Span
from ktxh.text.readers import read
from ktxh.text.readers.plain import read_plain, text_to_doc
from tests.extract.fuzz_docs import FUZZ_SEEDS, make_document
from tests.extract.fuzz_formats import to_docx, to_pdf
from tests.support import gold


def read_text(text: str, seed: int = 0) -> Doc:
    """``text`` through the plain reader (decoding, markup, structure), as a file would go."""
    fmt = "md" if seed % 3 else "txt"
    try:
        return read_plain(Path(f"fuzz.{fmt}"), text.encode("utf-8"))
    except ReadError:  # an empty file: the reader refuses it, the pipeline must not
        return text_to_doc(text, fmt=fmt)


FORMATS = ("txt", "docx", "pdf")
_MARKS = re.compile(r"[¹²³]|\[\^?\d\]")
# what a file may hold apart from its body: footnote texts, page numbers, pipes
_NOT_BODY = re.compile(r"^\s*(?:[¹²³*]|\[\^?\d\]|\(\d\)).*$|^[\s|]*(?:-\s*)?(?:trang\s+)?"
                       r"\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?[\s|]*$", re.I | re.M)


def _wordless(text: str) -> bool:
    """No letter or digit in the body (outside footnote marks and texts, page
    numbers): a file of it may be refused as holding no text."""
    return not any(c.isalnum() for c in _MARKS.sub("", _NOT_BODY.sub("", text)))


def read_as(text: str, seed: int, fmt: str) -> Doc | None:
    """``text`` as a file of ``fmt`` read back by :func:`read`; None for a file
    with no text that the reader rightly refuses."""
    if fmt == "txt":
        return read_text(text, seed)
    if fmt == "lopdf":
        from tests.text.parity_factory import make_pdf

        data, fmt = make_pdf(to_docx(text, seed)), "pdf"
    else:
        data = (to_docx if fmt == "docx" else to_pdf)(text, seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzz.{fmt}"
        path.write_bytes(data)
        try:
            return read(path)
        except ReadError:
            if _wordless(text):
                return None
            raise


def _spans(ex: Extraction) -> Iterator[tuple[str, Span, str | None]]:
    """(what, span, quote or None) of every record and nested figure."""
    for key, span in ex.document.spans.items():
        yield f"document.{key}", span, None
    for kind in ("references", "figures", "targets", "tasks", "projects"):
        for i, rec in enumerate(getattr(ex, kind)):
            yield f"{kind}[{i}]", rec.span, rec.quote
            value_span = getattr(rec, "value_span", None)
            if value_span is not None:
                yield f"{kind}[{i}].value_span", value_span, None
            for j, fig in enumerate(getattr(rec, "figures", ())):
                yield f"{kind}[{i}].figures[{j}]", fig.span, fig.quote


def _spaced(text: str) -> str:
    # a reference quotes its citation with runs of white space made one space
    return " ".join(text.split())


def faults(doc: Doc, ex: Extraction) -> list[str]:
    """What is wrong with an extraction: problems recorded, spans outside the
    text, quotes unequal to the text at their spans (up to white space)."""
    out = [f"problem: {p}" for p in ex.problems]
    n = len(doc.text)
    for what, span, quote in _spans(ex):
        if not 0 <= span.start <= span.end <= n:
            out.append(f"{what}: span {span.start}-{span.end} outside the text ({n})")
        elif quote is not None and _spaced(doc.slice(span)) != _spaced(quote):
            out.append(f"{what}: quote {quote!r} != text {doc.slice(span)!r}")
    return out


@pytest.mark.parametrize("seed", FUZZ_SEEDS)
def test_fuzz_document_extracts_cleanly(seed: int) -> None:
    doc = read_text(make_document(seed), seed)
    assert faults(doc, extract(doc)) == []


# a few seconds: the readers of .docx and .pdf cost more than the plain one
FILE_SEEDS = [("docx", s) for s in range(0, 300, 12)] + [("pdf", s) for s in range(5, 300, 20)]


@pytest.mark.parametrize(("fmt", "seed"), FILE_SEEDS)
def test_fuzz_file_extracts_cleanly(fmt: str, seed: int) -> None:
    doc = read_as(make_document(seed), seed, fmt)
    assert doc is not None
    assert faults(doc, extract(doc)) == []


@pytest.mark.skipif(not gold.available(), reason="shared gold not available")
def test_no_step_raises_on_the_shared_seeds() -> None:
    # the seed scores cannot show a step that lost a block: say it loudly
    assert {s: p["problems"] for s, p in gold.predictions().items() if "problems" in p} == {}


# --- the campaign -----------------------------------------------------------


def failure(text: str, seed: int = 0, fmt: str = "txt") -> str | None:
    """A short signature of what goes wrong with ``text`` read as ``fmt`` (None: nothing)."""
    try:
        doc = read_as(text, seed, fmt)
        if doc is None:
            return None
        ex = extract(doc)
        found = faults(doc, ex)
    except Exception as err:  # in reading, or in the pipeline itself
        frames = [f for f in traceback.extract_tb(err.__traceback__) if "/ktxh/" in f.filename]
        where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
        return f"{fmt}: {type(err).__name__} at {where}"
    if not found:
        return None
    if ex.problems:  # a step raised: where, without its message's numbers
        return (f"{fmt}: {ex.problems[0].step}: {ex.problems[0].error} "
                f"at {ex.problems[0].where}")
    # the kind of fault, without the numbers that change as the input shrinks
    return f"{fmt}: " + re.sub(r"\[\d+\]|\d+|'.*", "", found[0])[:80]


UNITS = (r"[^\n]*\n|[^\n]+$", r"[^;,.:\n]*[;,.:\n]?\s*", r"\S+\s*", r".")


def minimize(text: str, signature: str, seed: int = 0, fmt: str = "txt") -> str:
    """Delete lines, then clauses, words, characters while the same failure stays."""
    for unit in UNITS:
        parts = re.findall(unit, text, re.S if unit == "." else 0)
        chunk = max(1, len(parts) // 2)
        while chunk >= 1 and len(parts) > 1:
            i, shrunk = 0, False
            while i < len(parts):
                trial = parts[:i] + parts[i + chunk:]
                if failure("".join(trial), seed, fmt) == signature:
                    parts, shrunk = trial, True
                else:
                    i += chunk
            if not shrunk:
                chunk //= 2
        text = "".join(parts)
        if unit == "." or len(text) < 2:
            break
    return text


def campaign(start: int, count: int, seconds: float, formats: tuple[str, ...] = ("txt",)) -> int:
    """Run ``count`` seeds from ``start`` (at most ``seconds`` of CPU) through each
    of ``formats``; print each distinct failure minimized."""
    seen: dict[str, int] = {}
    t0 = time.process_time()
    done = 0
    for seed in range(start, start + count):
        if time.process_time() - t0 > seconds:
            break
        done += 1
        if done % 1000 == 0:
            print(f"... {done} documents, seed {seed}, {time.process_time() - t0:.0f} s CPU",
                  flush=True)
        text = make_document(seed)
        for fmt in formats:
            sig = failure(text, seed, fmt)
            if sig is None:
                continue
            seen[sig] = seen.get(sig, 0) + 1
            if seen[sig] > 1:
                continue
            small = text if fmt == "lopdf" else minimize(text, sig, seed, fmt)
            print(f"=== seed {seed}: {sig}\n--- minimized ({len(small)} chars):\n{small!r}\n",
                  flush=True)
    print(f"{done} documents, {len(seen)} distinct failures "
          f"in {time.process_time() - t0:.0f} s CPU: {seen}")
    return 1 if seen else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seeds", type=int, default=1000)
    ap.add_argument("--start", type=int, default=10_000)
    ap.add_argument("--format", choices=(*FORMATS, "all", "lopdf"), default="txt",
                    help="read the documents as .txt/.md, as .docx, as .pdf, or all three")
    ap.add_argument("--seconds", type=float, default=float("inf"), help="CPU seconds at most")
    args = ap.parse_args()
    formats = FORMATS if args.format == "all" else (args.format,)
    sys.exit(campaign(args.start, args.seeds, args.seconds, formats))
