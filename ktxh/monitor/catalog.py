"""The indicator catalog (ktxh/data/indicators.json) and linking to it.

:func:`link_indicator` maps an indicator phrase in a document's words
("Tổng mức lưu chuyển hàng hóa bán lẻ") to a catalog code. It never guesses:
below :data:`FUZZY_THRESHOLD` it returns ``None`` and the caller puts the
phrase on a review list.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from ktxh.text.normalize import fold

# token_set_ratio (0-100) a phrase must reach against an alias when neither
# an exact alias nor a contained alias was found. High on purpose: a wrong
# link is worse than a review item.
FUZZY_THRESHOLD = 88.0
# token_sort_ratio needed as well, so that a phrase is not linked through
# a few shared words of a much longer (or shorter) alias.
BALANCE_THRESHOLD = 75.0
# Words count as the same when this close (a misspelt "nghạch" for "ngạch").
WORD_SIMILARITY = 85.0
# A fuzzy match this strong on a longer alias beats a short contained alias.
STRONG_FUZZY = 90.0
EXACT_SCORE = 100.0
CONTAINED_SCORE = 90.0

HIGHER_BETTER, LOWER_BETTER, NEUTRAL = "higher_better", "lower_better", "neutral"

_SPACES = re.compile(r"\s+")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")


@dataclass(frozen=True, slots=True)
class Indicator:
    code: str
    name: str
    unit: str
    kinds: tuple[str, ...]
    direction: str
    aggregation: str
    aliases: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    growth_of: str | None = None  # the level indicator this is the growth rate of

    @property
    def lower_is_better(self) -> bool:
        return self.direction == LOWER_BETTER


@dataclass(frozen=True, slots=True)
class Match:
    code: str
    score: float
    alias: str = ""


def _key(text: str) -> str:
    """Folded, single-spaced, without edge punctuation."""
    return _EDGE.sub("", _SPACES.sub(" ", fold(text)).strip())


@cache
def catalog() -> dict[str, Indicator]:
    """Every indicator of the shipped catalog, by code (loaded once)."""
    raw = resources.files("ktxh.data").joinpath("indicators.json").read_text("utf-8")
    out: dict[str, Indicator] = {}
    for item in json.loads(raw)["indicators"]:
        out[item["code"]] = Indicator(
            code=item["code"],
            name=item["name"],
            unit=item["unit"],
            kinds=tuple(item.get("kinds", ())),
            direction=item.get("direction", NEUTRAL),
            aggregation=item.get("aggregation", "last"),
            aliases=tuple(dict.fromkeys(_key(a) for a in (item["name"], *item["aliases"]))),
            exclude=tuple(_key(x) for x in item.get("exclude", ())),
            growth_of=item.get("growth_of"),
        )
    return out


def get(code: str) -> Indicator | None:
    return catalog().get(code)


@cache
def _alias_table() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(alias, code, whole-word pattern), longest alias first."""
    rows = [
        (alias, ind.code, _word_pattern(alias))
        for ind in catalog().values()
        for alias in ind.aliases
    ]
    rows.sort(key=lambda r: -len(r[0]))
    return tuple(rows)


def _word_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


@cache
def _exclude_table() -> dict[str, tuple[tuple[str, re.Pattern[str]], ...]]:
    return {
        ind.code: tuple((x, _word_pattern(x)) for x in ind.exclude)
        for ind in catalog().values()
    }


def _excluded_codes(key: str) -> frozenset[str]:
    """Indicators ruled out for ``key`` by one of their ``exclude`` phrases."""
    return frozenset(
        code
        for code, rules in _exclude_table().items()
        if any(x in key and pattern.search(key) for x, pattern in rules)
    )


def _words_covered(alias: str, key: str) -> bool:
    """Every word of ``alias`` is in ``key`` or close to one of its words.

    Char-level scores alone would link "nông nghiệp" to "công nghiệp".
    """
    words = key.split()
    return all(
        w in words or any(fuzz.ratio(w, k) >= WORD_SIMILARITY for k in words)
        for w in alias.split()
    )


def _fuzzy(key: str, excluded: frozenset[str]) -> Match | None:
    table = _alias_table()
    # one C-level pass over every alias; the few above the cutoff are refined
    hits = process.extract(key, [row[0] for row in table], scorer=fuzz.token_set_ratio,
                           score_cutoff=FUZZY_THRESHOLD, limit=None)
    best: tuple[float, float, str, str] | None = None
    for alias, score, index in hits:
        code = table[index][1]
        if code in excluded:
            continue
        # token_set_ratio is 100 when one side's words are a subset of the
        # other's ("lao động" in a long alias); token_sort_ratio also weighs
        # the words left over on either side.
        balance = fuzz.token_sort_ratio(key, alias)
        if balance < BALANCE_THRESHOLD or not _words_covered(alias, key):
            continue
        if best is None or (score, balance) > best[:2]:
            best = (score, balance, alias, code)
    return None if best is None else Match(best[3], float(best[0]), best[2])


# A phrase cut short ("GRDP bình quân đầu" for "GRDP bình quân đầu người")
# links to the alias it opens when it keeps this share of the alias's words.
TRUNCATED_SHARE = 0.75
TRUNCATED_MIN_WORDS = 4


def _truncated(key: str, excluded: frozenset[str]) -> Match | None:
    """The longest alias that ``key`` is the word-prefix of, if it is close
    to the whole alias: a drafter's dropped last word, not a vague head."""
    words = key.split()
    if len(words) < TRUNCATED_MIN_WORDS:
        return None
    for alias, code, _ in _alias_table():
        alias_words = alias.split()
        if (
            code not in excluded
            and len(alias_words) > len(words)
            and alias_words[: len(words)] == words
            and len(words) >= TRUNCATED_SHARE * len(alias_words)
        ):
            return Match(code, CONTAINED_SCORE, alias)
    return None


def link_indicator(text: str) -> Match | None:
    """Catalog code for an indicator phrase, or ``None`` (review, never guess).

    Order: exact alias; then the longest alias contained in the phrase as
    whole words; then rapidfuzz ``token_set_ratio`` above
    :data:`FUZZY_THRESHOLD`. An indicator whose ``exclude`` phrase occurs
    in the text is never chosen ("xuất khẩu lao động" is not exports).

    >>> link_indicator("Tổng mức lưu chuyển hàng hoá bán lẻ").code
    'retail_sales'
    >>> link_indicator("hội nghị tổng kết") is None
    True
    """
    return _link(_key(text))


@lru_cache(maxsize=8192)
def _link(key: str) -> Match | None:
    if not key:
        return None
    excluded = _excluded_codes(key)
    table = _alias_table()
    for alias, code, _ in table:
        if alias == key and code not in excluded:
            return Match(code, EXACT_SCORE, alias)
    contained = next(
        (
            Match(code, CONTAINED_SCORE, alias)
            for alias, code, pattern in table
            if alias in key and code not in excluded and pattern.search(key)
        ),
        None,
    )
    truncated = _truncated(key, excluded)
    if truncated and (contained is None or len(truncated.alias) > len(contained.alias)):
        return truncated
    fuzzy = _fuzzy(key, excluded)
    # A short contained alias loses to a close fuzzy match of a longer one
    # ("kim nghạch xuất nhập khẩu" is trade turnover, not "nhập khẩu").
    if contained and not (
        fuzzy
        and len(fuzzy.alias) > len(contained.alias)
        and fuzz.token_sort_ratio(key, fuzzy.alias) >= STRONG_FUZZY
    ):
        return contained
    return fuzzy


GROWTH_KINDS = ("change", "growth_avg")


def link_figure(indicator: str, kind: str, unit: str) -> Match | None:
    """Like :func:`link_indicator`, but a growth figure in % on a level
    indicator goes to its growth indicator ("GRDP tăng 6,5%" → grdp_growth).
    """
    match = link_indicator(indicator)
    if match is None or kind not in GROWTH_KINDS or not unit.startswith("%"):
        return match
    growth = next((i.code for i in catalog().values() if i.growth_of == match.code), None)
    return Match(growth, match.score, match.alias) if growth else match
