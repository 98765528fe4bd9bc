"""The words around a task clause's action that decide whether and how it is one.

- an adverbial opening an item ("Đối với …,", "Chậm nhất …,", "Định kỳ …,"),
  skipped to the body or verb after it (:func:`past_opening`);
- "đã", "đang" that narrate what was done, unless they qualify a noun of a
  directive's action ("vận động 12 hộ đã phê duyệt phương án", :func:`narrated`);
- the offer of help that closes a text ("nếu có khó khăn, vướng mắc, kịp thời
  báo cáo ...", :func:`offer_of_help`);
- the verb a milestone repeats ("...; đến ngày 30/9/2025 | đạt tối thiểu 70%",
  :func:`milestone`).
"""

from __future__ import annotations

from dataclasses import replace

from ktxh.extract import clause_words as cw
from ktxh.extract import clauses as cl
from ktxh.extract import task_patterns as tp
from ktxh.extract.deadlines import find_deadlines
from ktxh.extract.records import Task
from ktxh.text.normalize import fold


def milestone(before: Task, task: Task) -> Task:
    """A milestone's task with the verb of the one before: "đạt tối thiểu 70%" after "bảo đảm
    đến ngày 30/6/2025 giải ngân đạt tối thiểu 40%" → "giải ngân đạt tối thiểu 70%"."""
    verb = tp.MILESTONE_VERB.search(fold(f"{before.action} {before.quote}"))
    if verb is None or not task.action.startswith("đạt"):
        return task
    return replace(task, action=f"{verb.group()} {task.action}")


def past_opening(text: str, folded: str, p: int, end: int) -> tuple[int, bool]:
    """Past an adverbial opening ("Đối với …,", "Căn cứ …,", "Chậm nhất …,", "Định kỳ …,") up
    to the body or verb after one of its commas, or past a time with no comma ("trước ngày 10
    của tháng cuối quý | gửi báo cáo …"), or past a label ("Chế độ báo cáo: | các sở …");
    whether it tells a time. ``(p, False)`` if none."""
    m = tp.OPENING.match(folded, p, end)
    if m is None:
        return _past_label(text, folded, p, end), False
    rec = tp.RECURRING_OPENING.match(folded, p, end) if m.group("timed") else None
    if rec is not None and cl.is_action_at(folded, rec.end()):
        return p, False  # "Định kỳ hằng quý | tổng hợp …, báo cáo …": read as one action
    if m.group("timed"):  # "trong tháng 3/2024 | hoàn thành …", no comma: its own verb,
        # before a later comma ("chậm nhất ngày D | lập kế hoạch …, gửi Sở Tài chính")
        said = find_deadlines(folded, p, min(end, p + 80))
        if said and said[0].span.start <= m.end():
            q = cl._skip_spaces(folded, said[0].span.end, end)
            # "định kỳ | hằng quý, …" goes on with its time, not a verb
            if cl.is_action_at(folded, q) and all(d.span.start != q for d in said):
                return q, True
    comma = folded.find(",", m.end(), min(end, p + 200))
    while comma > 0:
        q = cl._skip_spaces(folded, comma + 1, end)
        if q < end and _opens_subject(text, folded, q, end):
            return q, bool(m.group("timed"))
        comma = folded.find(",", q, min(end, p + 200))
    return p, False


def _opens_subject(text: str, folded: str, q: int, end: int) -> bool:
    """A verb, "giao", "đề nghị" or a body at ``q``: where a clause's own words start."""
    return (cl.is_action_at(folded, q) or tp.REQUEST.match(folded, q, end) is not None
            or tp.ASSIGN.match(folded, q, end) is not None
            or cl.read_body(text, folded, q, end) is not None)


def _past_label(text: str, folded: str, p: int, end: int) -> int:
    """Past a short label and its colon when a body follows: "Chế độ báo cáo: | các sở …"."""
    # the label's colon first (a cheap find): most clauses have none
    m = tp.LABEL_COLON.match(folded, p, end) if folded.find(":", p, end) >= 0 else None
    if m is None or cl.read_body(text, folded, p, m.end()) is not None or _opens_subject(
            text, folded, p, end):
        return p  # "Sở Tài chính: …", "Đề nghị: …", "Giao: …" are no labels
    q = m.end()
    return q if cl.read_body(text, folded, q, end) is not None else p


# after "giao X", "yêu cầu X" these tell what X is to do: "giao Sở Kế hoạch và Đầu tư | thông
# báo cho nhà đầu tư" (after a subject they narrate: "Văn phòng Chính phủ thông báo ...")
_ASSIGNED_VERBS = ("thông báo",)


def narrative_word(folded: str, p: int, *, assigned: bool = False) -> bool:
    """A word that narrates at ``p`` ("đã", "được", "có"), not in a longer verb phrase ("có văn
    bản đề xuất ..."), nor a verb of what an ``assigned`` body is to do ("thông báo")."""
    said = cl.starts_with(folded, p, cw.NARRATIVE_WORDS)
    if assigned and said and cl.starts_with(folded, p, _ASSIGNED_VERBS):
        return False
    return bool(said) and not cl.starts_with(folded, p, cw.VERBS_WITH_CO)


def narrated(folded: str, p: int, end: int, directive: bool) -> bool:
    """Whether "đã", "đang" soon after ``p`` tell what was done; in a directive part, after a
    verb and a noun they qualify the noun ("vận động 12 hộ đã phê duyệt phương án")."""
    m = tp.PAST.match(folded, p, end)
    if m is None:
        return False
    said = m.end() - 3 if folded[m.end() - 3 : m.end() - 1] == "đã" else m.end() - 5
    return not (directive and cl.is_action_at(folded, p) and said > p
                and not tp.NARRATED.search(folded, p, said))


def offer_of_help(folded: str, start: int, p: int, end: int) -> bool:
    """Whether the action at ``p`` is the offer of help that closes a text: "(Trong quá trình
    thực hiện,) nếu có khó khăn, vướng mắc, (các đơn vị) kịp thời báo cáo ..."."""
    return bool(tp.HELP_ACTION.match(folded, p, end) and tp.DIFFICULTY.search(folded, start, p))
