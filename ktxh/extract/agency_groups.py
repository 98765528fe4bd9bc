"""Groups of bodies named as one entity: "các sở, ban, ngành", "UBND các huyện,
thành phố", "các cơ quan liên quan", "Thủ trưởng các cơ quan, đơn vị".

The words live in the "groups" section of ``ktxh/data/agencies.json``: plural
markers, nouns, qualifiers ("liên quan", "trung ương"), heads ("UBND",
"Thủ trưởng") and fixed phrases. A single weak noun ("các ngành") names a
group only at a clause start or in a list of bodies (see :data:`LIST_GAP`).
"""

from __future__ import annotations

import json
import re
from importlib import resources

from ktxh.extract.namematch import alternation, name_key, phrase_re, tokens

_RAW = json.loads(resources.files("ktxh.data").joinpath("agencies.json").read_text("utf-8"))
_GROUPS = _RAW["groups"]


def _noun_re(noun: str) -> str:
    stop = _GROUPS["not_followed_by"].get(noun)
    return phrase_re(noun) + (r"(?!\s+" + alternation(stop) + r"(?!\w))" if stop else "")


def _group_regex() -> re.Pattern[str]:
    plural = alternation(_GROUPS["plural"])
    nouns = sorted(set(_GROUPS["nouns"]), key=len, reverse=True)
    noun = "(?:" + "|".join(_noun_re(n) for n in nouns) + ")"
    heads = alternation(_GROUPS["heads"])
    head_group = heads + r"\s+" + alternation(_GROUPS["head_groups"])
    item = f"(?:{head_group}|(?:{plural}\\s+)?{noun})"
    # "…, tổ chức, đơn vị liên quan" joins; "… và các cơ quan liên quan" starts a new group
    sep = r"(?:\s*,\s*(?:và\s+(?!các\s))?|\s+và\s+(?!các\s|" + heads + "))"
    qual = r"(?:\s+" + alternation(_GROUPS["qualifiers"]) + ")?"
    plural_group = f"(?:{heads}\\s+)?{plural}\\s+{noun}"
    return re.compile(
        r"(?<!\w)(?:" + alternation(_GROUPS["fixed"])
        + f"|(?:{head_group}|{plural_group})(?:{sep}{item})*{qual})" + r"(?!\w)"
    )


GROUP_RE = _group_regex()
_STRONG = {name_key(p + " " + n) for p in _GROUPS["plural"] for n in _GROUPS["strong"]}
_WEAK = {name_key(p + " " + n) for p in _GROUPS["plural"] for n in _GROUPS["nouns"]} - _STRONG
_CLAUSE_START = re.compile(r"(?:^|[\n.;:+*\-–•)]|giao|đề nghị|yêu cầu|chỉ đạo|với)\s*$")
# "Sở Y tế và các ngành": a weak group right after another body, in its list
LIST_GAP = frozenset({",", "và", ", và", "cùng", "với", "và với", "cùng với"})


def group_ok(folded: str, start: int, end: int) -> bool:
    """A single weak noun ("các ngành") is a group only at a clause start."""
    if " ".join(tokens(folded[start:end])) not in _WEAK:
        return True
    return bool(_CLAUSE_START.search(folded, max(0, start - 12), start))
