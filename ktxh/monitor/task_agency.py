"""The task register's agency filter as SQL over the kept task states.

:func:`ktxh.monitor.task_register.task_register` keeps a task when the
words name its lead, the body that now holds the lead's duties ("Sở Kế
hoạch và Đầu tư (nay là Sở Tài chính)"), a supporting body, or the lead's
register code. The lead and code of every kept state are few distinct
pairs: each pair is judged here in Python exactly as the register judges a
row, and the supporting bodies are matched on the tasks' stored stripped
copies (corrected ones in Python), so a page of one agency's tasks is
picked and counted in SQL instead of walking the whole register.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from ktxh.monitor import rows as R
from ktxh.monitor.task_register import _matches
from ktxh.monitor.task_status import lead_display
from ktxh.store.kept_tables import TaskState
from ktxh.store.listing import overlaid, pushed
from ktxh.store.tables import Task
from ktxh.text.normalize import strip_marks

# beyond these the words name too much for one IN list: the register is walked
MAX_LEADS = 5000
MAX_PAIRS = 300


def agency_condition(session: Session, agency: str, day: dt.date) -> ColumnElement[bool] | None:
    """SQL over ``task_states`` joined with ``tasks`` that keeps the tasks the
    register's ``agency`` filter keeps on ``day``; None when it cannot be said
    in SQL (blank words, words across lines, too many names)."""
    wanted = strip_marks(agency).strip()
    code_wanted = agency.strip().lower()
    if not wanted or "\n" in wanted:
        return None
    leads: set[str] = set()
    codes: set[str] = set()
    pairs: list[tuple[str, str | None]] = []
    for lead, code in session.execute(select(TaskState.lead, TaskState.lead_code).distinct()):
        if _matches(lead, agency):
            leads.add(lead)
        elif code is not None and code.lower() == code_wanted:
            codes.add(code)
        elif _matches(shown_lead(lead, code, day), agency):
            pairs.append((lead, code))
    if len(leads) > MAX_LEADS or len(pairs) > MAX_PAIRS:
        return None
    named: list[ColumnElement[bool]] = []
    if leads:
        named.append(TaskState.lead.in_(sorted(leads)))
    if codes:
        named.append(TaskState.lead_code.in_(sorted(codes)))
    named.extend(and_(TaskState.lead == lead, TaskState.lead_code == code if code is not None
                      else TaskState.lead_code.is_(None)) for lead, code in pairs)
    fixed = overlaid(session, "task", Task, {"support"})
    supported = pushed(Task, [Task.support_stripped.contains(wanted, autoescape=True)], fixed,
                       lambda r: any(_matches(s, agency) for s in r["support"] or ()))
    return or_(false(), *named, supported)


def shown_lead(lead: str, code: str | None, day: dt.date) -> str:
    """The lead as the register shows it on ``day`` (with its successor)."""
    return lead_display(R.to_task({"lead": lead, "lead_code": code, "start": 0, "end": 0}),
                        day).text
