"""Monitoring: pure services over extracted records, independent of the store.

The store layer loads rows into the small dataclasses defined here
(SeriesPoint, TaskUpdate, ProjectSnapshot) and calls these functions:

- :func:`link_indicator` (catalog) — indicator phrase → catalog code, or None
  (``catalog.catalog()`` lists the indicators);
- :func:`build_series` / :func:`points_from_extraction` (series);
- :func:`evaluate_target` / :func:`evaluate_targets` (targets) — realized,
  required, projection, status; ``plan_pace.plan_pace`` — % of the annual
  plan against the share of the year gone;
- :func:`task_state` / :func:`lead_display` (task_status);
- :func:`project_history` (projects);
- :func:`check_document`, :func:`check_series`, :func:`check_changes` (checks), :func:`check_period`
  and :func:`expected_window` (calendar).

Functions named like their module (``catalog``, ``plan_pace``) are not
re-exported, so that ``ktxh.monitor.catalog`` stays the module.
"""

from __future__ import annotations

from ktxh.monitor.calendar import check_period, expected_window
from ktxh.monitor.catalog import Indicator, Match, link_indicator
from ktxh.monitor.checks import check_changes, check_document, check_series
from ktxh.monitor.findings import Finding, finding_to_json
from ktxh.monitor.plan_pace import Pace
from ktxh.monitor.projects import ProjectSnapshot, project_history
from ktxh.monitor.series import Series, SeriesPoint, build_series, points_from_extraction
from ktxh.monitor.targets import TargetProgress, TargetReview, evaluate_target, evaluate_targets
from ktxh.monitor.task_status import TaskState, TaskStatus, TaskUpdate, lead_display, task_state

__all__ = [
    "Finding",
    "Indicator",
    "Match",
    "Pace",
    "ProjectSnapshot",
    "Series",
    "SeriesPoint",
    "TargetProgress",
    "TargetReview",
    "TaskState",
    "TaskStatus",
    "TaskUpdate",
    "build_series",
    "check_changes",
    "check_document",
    "check_period",
    "check_series",
    "evaluate_target",
    "evaluate_targets",
    "expected_window",
    "finding_to_json",
    "lead_display",
    "link_indicator",
    "points_from_extraction",
    "project_history",
    "task_state",
]
