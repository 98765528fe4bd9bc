"""The lead of a task clause: "LEAD[, chủ trì][, phối hợp với SUPPORT] [cần|phải] ACTION".

:func:`after_lead` reads the bodies at an offset of a clause (or takes them from a line
that owns the items below it), the markers after them ("chủ trì", "có trách nhiệm",
"phối hợp với", "theo chức năng, nhiệm vụ", "lần lượt"), and tells whether what
follows is an action the clause assigns. Used by :mod:`ktxh.extract.task_heads`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ktxh.extract import agencies, shared_heads, short_names
from ktxh.extract import clause_words as cw
from ktxh.extract import clauses as cl
from ktxh.extract import task_openings as ta
from ktxh.extract import task_patterns as tp
from ktxh.extract.task_owners import Owner, one_group, skip
from ktxh.extract.task_records import Head
from ktxh.extract.task_subjects import ATTENDS


@dataclass(slots=True)
class _Subject:
    """A subject read so far: its lead, support and where its words go on."""

    lead: cl.Body
    support: list[cl.Body]
    p: int
    named: list[cl.Body]  # the co-subjects
    marker: bool = False
    chu_tri: bool = False
    joined: bool = False  # "A phối hợp với X …; B": X supports B too
    respective: tuple[cl.Body, ...] = ()


def after_lead(text: str, folded: str, c: cl.Clause, pos: int, kind: str, start: int,
               *, directive: bool, owner: Owner | None = None) -> Head | None:
    """Read "LEAD[, chủ trì][, phối hợp với SUPPORT] [cần|phải] ACTION" at ``pos``."""
    if owner is None:
        read = _leads(text, folded, c, pos, directive)
        if read is None:
            return None
        lead, support, p = read
    else:  # "- Chủ trì, phối hợp với ..." under a heading "1. Sở Tài chính:"
        lead, support, p = owner.body, list(owner.support), pos
    s = _Subject(lead, support, p, [lead, *support] if owner is None else [])
    if not _past_markers(text, folded, c, s, owner):
        return None
    if _assigns_nothing(text, folded, c, s, pos, start, owner, directive, kind):
        return None
    p, named, support = s.p, s.named, s.support
    # subject first: "Thủ trưởng các sở chịu trách nhiệm trước Chủ tịch UBND tỉnh về …" warns,
    # "Giao Giám đốc Sở X chịu trách nhiệm trước …" assigns it
    answers = pos == start and tp.ANSWERS.match(folded, p, c.end) is not None
    shared = s.joined or bool(named[1:] and support[: len(named) - 1] == named[1:]) or (
        owner is not None and bool(owner.support))
    return Head(kind, s.lead, support, p, start, s.chu_tri, c.sentence, answers=answers,
                respective=s.respective, shared=shared)


def _leads(text: str, folded: str, c: cl.Clause, pos: int,
           directive: bool) -> tuple[cl.Body, list[cl.Body], int] | None:
    """The lead and support named at ``pos`` and where the words after them start; None
    when no body is named there, or a group only lists its members."""
    bodies = _split_members(
        cl.read_members(text, folded, cl._skip_spaces(folded, pos, c.end), c.end)
    )
    bodies = bodies or cl.read_bodies(text, folded, pos, c.end)
    if not bodies:
        return None
    # "Chủ tịch UBND các huyện A, B và thị xã C": one body per name
    bodies = shared_heads.expand(text, folded, bodies, c.end)
    lead, support = bodies[0], list(bodies[1:])
    if lead.is_group and support and not any(map(shared_heads.one_person, bodies)) and all(
            b.is_group and not _committees(folded, b, len(bodies)) for b in support):
        # "Giám đốc các sở, Thủ trưởng các ban, ngành": one group. The first body leads the
        # others, groups or not: "Các sở, ban, ngành, | UBND các xã, phường căn cứ ...",
        # "Thường trực HĐND tỉnh, các Ban của HĐND tỉnh ...", "UBND các huyện và Ban QLDA"
        lead, support = one_group(text, lead, support[-1]), []
    p = short_names.past_definition(
        folded, cl._skip_spaces(folded, bodies[-1].end, c.end), c.end)
    if lead.is_group and not support and directive:
        # "UBND các xã, phường có dự án đi qua | thành lập tổ công tác"
        q = relative_end(folded, p, c.end)
        if q > p and tp.LISTING_END.search(folded[q : c.end]):
            return None  # "Các xã có tỷ lệ giải ngân thấp gồm:": the items are what they are
        p, lead = q, qualified(text, lead, q)
    if not support and folded.startswith("chỉ đạo ", p):
        lead, p = _directed(text, folded, lead, p, c.end)
    return lead, support, p


def _past_markers(text: str, folded: str, c: cl.Clause, s: _Subject,
                  owner: Owner | None) -> bool:
    """Move ``s`` past the markers after the subject ("chủ trì", "có trách nhiệm", "phối hợp
    với …", "theo chức năng, nhiệm vụ", "lần lượt"); False when the words are a list or a
    meeting, no task."""
    p = s.p
    colon = folded.startswith(":", p)  # "Sở Tài chính: chủ trì ..."
    if colon:
        p = cl._skip_spaces(folded, p + 1, c.end)
        if not (cl.is_action_at(folded, p) or tp.STANDING.match(folded, p, c.end)):
            return False  # "lãnh đạo các sở: Tài chính, Xây dựng ...": a list, no task
    standing = tp.STANDING.match(folded, p, c.end)
    if standing is None:  # "Sở X là cơ quan đầu mối | theo dõi, tổng hợp …"
        bare = tp.STANDING_BARE.match(folded, p, c.end)
        standing = bare if bare and cl.is_action_at(folded, bare.end()) else None
    if standing and cl.is_action_at(folded, standing.end()):
        p = standing.end()  # "Sở X là cơ quan thường trực, chủ trì theo dõi ..."
    s.marker = (cl.starts_with(folded, p, cw.STRONG_MARKERS) or tp.CHU_TRI.match(folded, p, c.end)
                or colon or owner is not None or bool(standing))
    s.chu_tri = bool(tp.CHU_TRI.match(folded, p, c.end))
    p = skip(tp.CHU_TRI, folded, p, c.end)
    if s.chu_tri and tp.MEETING.match(folded, p, c.end):
        return False
    p = skip(tp.MODAL, folded, p, c.end)  # "có trách nhiệm phối hợp với ..."
    m = tp.PHOI_HOP.match(folded, p, c.end)
    if m:
        more = cl.read_bodies(text, folded, m.end(), c.end)
        s.joined = bool(more)
        if more:  # "phối hợp với UBND các xã có rừng | sửa chữa ...": the qualifier stays
            p = group_end(folded, more[-1], c.end)  # (in a report's narrative
            # "Sở X phối hợp với các huyện tổ chức ..." tells what was done: no marker)
            s.support += [*more[:-1], qualified(text, more[-1], p)]
    p = skip(tp.MODAL, folded, p, c.end)
    p = cl._skip_spaces(folded, p, c.end)
    m = tp.DUTIES.match(folded, p, c.end)
    if m and (cl.is_action_at(folded, m.end()) or tp.RESPECTIVELY.match(folded, m.end(), c.end)):
        p = skip(tp.MODAL, folded, m.end(), c.end)  # "theo chức năng, nhiệm vụ | chủ động ..."
    m = tp.WORK_WITH.match(folded, p, c.end)
    if m:
        s.support += cl.read_bodies(text, folded, m.end(), c.end)
    m = tp.RESPECTIVELY.match(folded, p, c.end)
    if m and len(s.named) > 1 and s.support == s.named[1:]:
        # "Sở A, Sở B, Sở C (theo chức năng, nhiệm vụ được giao) lần lượt: x; y; z": one
        # clause each, in order, with no support
        p, s.lead, s.respective, s.support = m.end(), s.named[0], tuple(s.named[1:]), []
    s.p = p
    return True


def _assigns_nothing(text: str, folded: str, c: cl.Clause, s: _Subject, pos: int, start: int,
                     owner: Owner | None, directive: bool, kind: str) -> bool:
    """Whether the words at ``s.p`` tell, state or close rather than assign an action."""
    p = s.p
    if (p >= c.end or ta.narrative_word(folded, p, assigned=pos != start and owner is None)
            or tp.CLOSING.match(folded, p)):
        return True
    m = tp.TRANSMIT.match(folded, p, c.end)
    if m and only_bodies(text, folded, m.end(), c.end):
        return True  # a report's own closing line: "UBND tỉnh báo cáo Chính phủ, Bộ Tài chính./."
    if pos == start and owner is None and (cl.starts_with(folded, p, cw.STATEMENT_WORDS)
                                           or ATTENDS.match(folded, p, c.end)):
        return True  # the subject's own statement: "HĐND tỉnh cơ bản tán thành ...", or its
        # part in the meeting: "Chủ tịch UBND các huyện dự họp trực tuyến"
    if ta.narrated(folded, p, c.end, directive) or ta.offer_of_help(folded, c.start, p, c.end):
        return True
    if not directive and not s.marker:
        return True
    return kind == "assignment" and not (directive or s.marker or cl.is_action_at(folded, p))


def _directed(text: str, folded: str, lead: cl.Body, p: int, end: int) -> tuple[cl.Body, int]:
    """A committee that directs one named agency to work with others hands it the lead:
    "UBND tỉnh chỉ đạo | Sở Y tế | phối hợp với …" (an agency that directs its own office,
    or a committee with no "phối hợp với", keeps it)."""
    if not lead.name.lower().startswith(("ủy ban nhân dân", "ubnd")):
        return lead, p
    inner = cl.read_bodies(text, folded, cl._skip_spaces(folded, p + 8, end), end)
    if len(inner) != 1 or inner[0].is_group:
        return lead, p
    if not tp.PHOI_HOP.match(folded, inner[0].end, end):
        return lead, p
    return inner[0], inner[0].end


def relative_end(folded: str, pos: int, end: int) -> int:
    """Where the verb is after the words that qualify a group: "các xã có dự án đi qua |
    thành lập ...", "các chủ rừng là tổ chức (ban quản lý rừng, ...) | xây dựng ...", "các
    đơn vị chưa nộp báo cáo | khẩn trương ..."; ``pos`` when there is none within a few words."""
    p = _past_bracket(folded, pos, end)
    if p > pos and cl.is_action_at(folded, p):
        return p
    word = tp.GROUP_QUALIFIER.match(folded, p, end)
    if word is None or cl.starts_with(folded, p, cw.STRONG_MARKERS):
        return pos
    verbs = cw.URGING if word.group(1) == "chưa" else None
    urged = _scan(folded, word.end(), end, cw.URGING) if word.group(1) == "được" else 0
    # "các sở được giao chủ trì các đề án | khẩn trương …", else "các sở, ngành được phân
    # công | chủ trì soạn thảo …"
    return urged or _scan(folded, word.end(), end, verbs, 1 if word.group(1) == "là" else 0) or pos


def _scan(folded: str, q: int, end: int, verbs: tuple[str, ...] | None, skip_words: int = 0,
          ) -> int:
    """The verb within ten words from ``q`` (one of ``verbs`` if given, else an action past
    the first ``skip_words`` + 1 words) or a modal before an action within fourteen ("… thấp
    hơn mức bình quân của tỉnh | phải lập …"), or 0."""
    n, listed = 0, -1  # words since a comma of a listed object
    while q < end and n <= 14:
        q = _past_bracket(folded, cl._skip_spaces(folded, q, end), end)
        m = tp.QUALIFIER_FIGURE.match(folded, q, end)  # "có tỷ lệ giải ngân dưới | 30% |"
        if m:
            q, n = m.end(), n + 1
            continue
        m = tp.WORD_RE.match(folded, q, end)
        if m is not None and m.group() == "," and listed < 0 and n > skip_words:
            # "các xã có vùng chuyên canh cà phê, | sầu riêng | hướng dẫn …": a short list
            q, listed = m.end(), 0
            if not tp.QUALIFIER_LIST_BREAK.match(folded, cl._skip_spaces(folded, q, end), end):
                continue
        if m is None or not m.group()[0].isalnum():
            break
        modal = tp.QUALIFIER_MODAL.match(folded, q, end) if n > skip_words else None
        if modal and cl.is_action_at(folded, modal.end()):
            return q  # "… thấp hơn mức bình quân của tỉnh | phải lập …" (the modal is skipped)
        if skip_words < n <= 10 and not tp.COMPLETED_NOUN.search(folded, max(0, q - 20), q) and (
                cl.starts_with(folded, q, verbs) if verbs else
                cl.is_action_at(folded, q) and (not folded.startswith("có", q)
                                                or cl.starts_with(folded, q, cw.STRONG_MARKERS))):
            return q
        if listed >= 0:  # at most two words after the comma before the verb
            listed += 1
            if listed > 2:
                break
        q, n = m.end(), n + 1
    return 0


def qualified(text: str, body: cl.Body, verb: int) -> cl.Body:
    """``body`` with the words that qualify it up to ``verb``: "UBND các xã | có rừng"."""
    words = text[body.end : verb].rstrip(" \t\n,")
    if not body.is_group or not words.strip():
        return body
    return cl.Body(body.start, body.end + len(words), body.name + words, True)


def _past_bracket(folded: str, pos: int, end: int) -> int:
    """After a bracket at ``pos`` ("(ban quản lý rừng, công ty lâm nghiệp)"), else ``pos``."""
    if not folded.startswith("(", pos):
        return pos
    close = folded.find(")", pos, end)
    return cl._skip_spaces(folded, close + 1, end) if close > 0 else pos


def group_end(folded: str, body: cl.Body, end: int) -> int:
    """Where the words after ``body`` start: past the words that qualify a group."""
    p = cl._skip_spaces(folded, body.end, end)
    return relative_end(folded, p, end) if body.is_group else p


def only_bodies(text: str, folded: str, pos: int, end: int) -> bool:
    """Whether ``folded[pos:end]`` names bodies and nothing else."""
    bodies = cl.read_bodies(text, folded, pos, end)
    return bool(bodies) and not folded[bodies[-1].end : end].strip(" \t\n.,;:/")


_COMMITTEES = ("ủy ban nhân dân", "ubnd")


def _committees(folded: str, body: cl.Body, n: int) -> bool:
    """People's Committees named after a group are a body of their own: "các sở, ban, ngành,
    | UBND các xã"; so are their chairs after one other titled group: "Thủ trưởng các sở, ban,
    ngành tỉnh và | Chủ tịch UBND cấp huyện" (a longer titled list stays one group)."""
    if cl.starts_with(folded, body.start, _COMMITTEES):
        return True
    title = cl.starts_with(folded, body.start, cw.TITLES) if n == 2 else None
    return bool(title) and cl.starts_with(
        folded, cl._skip_spaces(folded, body.start + len(title), len(folded)),
        _COMMITTEES) is not None


def _known(name: str) -> bool:
    return agencies.lookup(name) is not None


def _split_members(members: list[cl.Body]) -> list[cl.Body]:
    """"Sở Tài chính và Xây dựng" → two members when the register knows both, not one."""
    out = []
    for b in members:
        prefix, _, rest = b.name.partition(" ")
        left, sep, right = rest.rpartition(" và ")
        one, two = f"{prefix} {left}", f"{prefix} {right}"
        if sep and not _known(b.name) and _known(one) and _known(two):
            cut = b.end - len(right)
            out += [cl.Body(b.start, cut - 4, one), cl.Body(cut, b.end, two)]
        else:
            out.append(b)
    return out
