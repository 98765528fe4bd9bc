"""trie_regex with ``not_after``: names grouped by their first letter, the look-behinds
after it, match exactly where the look-behind-first regex does."""

from __future__ import annotations

import re

import pytest

from ktxh.extract.namematch import letters_first, trie_regex

NAMES = [
    "sở tài chính", "sở y tế", "sở xây dựng", "ủy ban nhân dân tỉnh", "ubnd tỉnh",
    "bộ tài chính", "ban quản lý dự án", "s", "công an tỉnh",
]
NOT_AFTER = (r"[\w&/-]", "phó ")
TEXTS = [
    "Giao Sở Tài chính chủ trì, phối hợp với Sở Y tế và UBND tỉnh",
    "cơ sở y tế tuyến huyện",  # inside a word: no "sở y tế"
    "phó ban quản lý dự án",  # behind a blocked word
    "Bộ Tài chính; Công an tỉnh./.",
    "sở tài\nchính",  # a name over a line break
    "s s-s &sở y tế",  # a one-letter name; "&" before a name
]


def _compiled(not_after: tuple[str, ...] | None) -> re.Pattern[str]:
    tokens = [n.split(" ") for n in NAMES]
    if not_after is None:  # the look-behinds first, as before
        behind = "".join(f"(?<!{x})" for x in NOT_AFTER)
        return re.compile(behind + "(?:" + trie_regex(tokens) + r")(?![\w&])")
    return re.compile("(?:" + trie_regex(tokens, not_after=not_after) + r")(?![\w&])")


@pytest.mark.parametrize("text", TEXTS)
def test_grouped_names_match_as_the_plain_trie(text: str) -> None:
    folded = text.lower()
    old, new = _compiled(None), _compiled(NOT_AFTER)
    assert [m.span() for m in new.finditer(folded)] == [m.span() for m in old.finditer(folded)]
    for p in range(len(folded)):
        a, b = old.match(folded, p), new.match(folded, p)
        assert (a.span() if a else None) == (b.span() if b else None)


def test_grouped_names_open_with_their_letters() -> None:
    pattern = trie_regex([n.split(" ") for n in NAMES], not_after=NOT_AFTER)
    assert not pattern.startswith("(?:(?<")  # no look-behind first
    assert "s(?<![\\w&/-]s)(?<!phó s)" in pattern


def test_a_name_opening_with_and_is_refused() -> None:
    with pytest.raises(ValueError):
        trie_regex([["và", "các", "sở"]], not_after=NOT_AFTER)


HEADS = [r"ủy ban nhân dân\s+(?:tỉnh|huyện)", r"ubnd\s+(?:tỉnh|huyện)", "sở", "ủy ban", "ban"]
HEAD_TEXTS = [
    "Ủy ban nhân dân tỉnh Lạng Sơn, UBND huyện Cao Lộc và Sở Nội vụ",
    "ủy ban Mặt trận; cơ sở vật chất; ban Chỉ đạo",  # "sở" inside "cơ sở": no match
    "&ban x-sở y",  # behind "&" and "-"
]


@pytest.mark.parametrize("text", HEAD_TEXTS)
def test_letters_first_matches_as_the_look_behind_first(text: str) -> None:
    folded = text.lower()
    old = re.compile(r"(?<![\w&])(?:" + "|".join(HEADS) + r")(?=[ \t])")
    new = re.compile(letters_first(HEADS, not_after=(r"[\w&]",)) + r"(?=[ \t])")
    assert new.pattern.startswith("(?:ủ(?<![\\w&]ủ)")
    for p in range(len(folded)):
        a, b = old.match(folded, p), new.match(folded, p)
        assert (a.span() if a else None) == (b.span() if b else None)
    assert [m.span() for m in new.finditer(folded)] == [m.span() for m in old.finditer(folded)]


@pytest.mark.parametrize("alternative", [r"\bsở", "(?:sở|ban)", "s?ở"])
def test_letters_first_refuses_what_opens_with_no_letter(alternative: str) -> None:
    with pytest.raises(ValueError):
        letters_first([alternative], not_after=(r"\w",))


PLACE_TEXTS = [
    "Huyện Cao Lộc và thành phố Lạng Sơn; các xã: Tân Liên, Gia Cát",
    "hợp tác xã Tân Thành, Hợp tác xã Hữu Lũng",  # behind "hợp tác xã": no commune
    "tỉnh Lạng Sơn/huyện Lộc Bình; Xã-Phường",
]


@pytest.mark.parametrize("text", PLACE_TEXTS)
def test_place_regexes_match_as_the_look_behind_first(text: str) -> None:
    from ktxh.extract import places
    from ktxh.text.normalize import fold

    folded = fold(text)
    behind = "(?<![\\w&/-])" + "".join(
        f"(?<!{re.escape(fold(w))} )" for w in places._RAW["blocked_before"])
    keys = [k.split(" ") for k in places._KEYS]
    kinds = [k.split(" ") for k in places._KIND_OF_PREFIX]
    pairs = [
        (re.compile(behind + "(?:" + trie_regex(keys) + r")(?![\w&])"), places._REGISTER_RE),
        (re.compile(behind + "(" + trie_regex(kinds) + r")(?=[ \t:])"), places._PREFIX_RE),
    ]
    for old, new in pairs:
        for p in range(len(folded)):
            a, b = old.match(folded, p), new.match(folded, p)
            assert (a.span() if a else None) == (b.span() if b else None)
