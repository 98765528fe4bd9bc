"""The server's refresher: a thread that keeps the monitor's kept results
and the dashboard's lists up to date, so that no request computes them.

Every :data:`EVERY` seconds (or at once when woken: after a write request)
it reads the store version (:func:`ktxh.web.board.store_version`: a few SQL
counts) and whether the kept results are behind the store or the rules
(:func:`ktxh.monitor.kept.behind`). When they are, it brings them up to
date in steps of :data:`BATCH` changed documents, each in a transaction of
its own (:func:`ktxh.monitor.kept.refresh_step`: SQLite's write lock is
held a step at a time; more than :data:`ktxh.monitor.kept.MAX_CHANGED`
documents are one step; new rules a recompute of everything in steps of a
hundred documents or one indicator family,
:mod:`ktxh.monitor.kept_rebuild`, its progress logged and told to
``progress``: ``ktxh serve`` serves meanwhile). When
the store version moved since its last pass, it then computes the lists
the pages read (``warm``) into :mod:`ktxh.web.board`'s cache. Meanwhile
requests read the lists computed before (:data:`ktxh.web.board.SERVE_KEPT`)
and write nothing (:data:`ktxh.monitor.kept.READ_ONLY`).

An error is logged and the pass tried again at the next poll. Several
server processes (``uvicorn --workers N``) each run one: the kept results'
writers take a lock (:func:`ktxh.monitor.kept.lock`), so the second one
waits and then finds nothing left to do, or, past SQLite's busy timeout,
fails that pass and tries again. A refresher that finds the kept results
computed for other rules than its own after it had seen its own kept there
(a newer deploy serving the same store) leaves them to that process and
only reads.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy.orm import Session

from ktxh.monitor import kept
from ktxh.store import Store
from ktxh.web import board

log = logging.getLogger("ktxh.web.refresher")

EVERY = 3.0  # seconds between polls
BATCH = 20  # changed documents brought up to date in one transaction
ROUNDS = 5  # refreshes and warms in one pass when the store keeps moving


class Refresher:
    """The thread (:meth:`start`, :meth:`stop`) and one pass of it
    (:meth:`run_once`); ``warm`` computes the lists through the cache."""

    def __init__(self, store: Store, warm: Callable[[Session], None], every: float = EVERY,
                 batch: int = BATCH, progress: Callable[[str], None] | None = None) -> None:
        self.store, self.warm, self.every, self.batch = store, warm, every, batch
        self.progress = progress
        self.done: tuple | None = None  # the store version whose lists are computed
        self.caught_up = False  # whether the last pass left nothing to do
        self.timings: dict[str, float] = {}  # seconds of the last pass that did anything
        self.passes = self.steps = self.failures = 0
        self.last_error: str | None = None
        self._seen: set[str] = set()  # rules signatures this process found kept
        self._yielded: str | None = None  # the other rules left to another process
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._idle = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="ktxh-refresher",
                                            daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 60.0) -> None:
        """Stop the thread, after the step it is in (a transaction)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wake(self) -> None:
        """Poll now (the store was just written)."""
        self._idle.clear()
        self._wake.set()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until a pass, begun after the last :meth:`wake`, left nothing
        to do; whether one did."""
        return self._idle.wait(timeout)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._wake.clear()
            try:
                self.run_once()
                if self.caught_up and not self._wake.is_set():
                    self._idle.set()  # up to date, and no write since the pass began
            except Exception as err:  # logged, tried again at the next poll
                self.failures += 1
                self.last_error = f"{type(err).__name__}: {err}"
                log.exception("refresher: pass failed, tried again in %.0f s", self.every)
            self._wake.wait(self.every)

    def _own_rules(self, session: Session) -> bool:
        """Whether this process computes the kept results: not when another
        process with other rules kept them after this one saw its own."""
        mine, stored = kept.signature(), kept.stored_signature(session)
        if stored == mine:
            self._seen.add(mine)
            self._yielded = None
            return True
        if stored is not None and mine in self._seen:
            if self._yielded != stored:
                log.warning("refresher: the kept results are of other rules (another "
                            "process, a newer deploy?): read as they are")
                self._yielded = stored
            return False
        return True

    def _told(self, what: str) -> None:
        """A step of a recompute of everything: logged, and told to ``progress``."""
        log.info("refresher: %s", what)
        if self.progress is not None:
            self.progress(what)

    def _bring_up_to_date(self) -> bool:
        """The kept results, a step per transaction; whether any was computed."""
        computed = False
        while not self._stop.is_set():
            with self.store.transaction() as session:
                if not (self._own_rules(session) and kept.behind(session)):
                    return computed
                if not kept.refresh_step(session, self.batch, self._told):
                    return computed
            computed = True
            self.steps += 1
        return computed

    def run_once(self) -> bool:
        """One pass: the kept results brought up to date, then the lists
        computed when the store moved; whether anything was done."""
        self.passes += 1
        self.caught_up = did = False
        if self.done is None:  # lists to serve during a long recompute first
            with self.store.session() as session:
                long = kept.rebuilding(session) is not None or (
                    self._own_rules(session) and kept.stored_signature(session) is not None
                    and kept.stored_signature(session) != kept.signature())
            if long:
                self._warm()
        for _ in range(ROUNDS):
            start = time.perf_counter()
            computed = self._bring_up_to_date()
            timings = {"kept": time.perf_counter() - start} if computed else {}
            if computed:
                did, self.timings = True, timings
            with self.store.session() as session:
                version = board.store_version(session)
                if version == self.done or self._stop.is_set():
                    self.caught_up = version == self.done
                    return did
            self.timings = {**timings, "lists": self._warm()}
            did = True
        return did

    def _warm(self) -> float:
        """The lists computed into the cache; seconds taken."""
        start = time.perf_counter()
        with self.store.session() as session:
            version = board.store_version(session)
            session.info[kept.READ_ONLY] = True  # the kept results as they are
            self.warm(session)
            session.rollback()
        took = time.perf_counter() - start
        log.info("refresher: lists computed in %.2f s", took)
        self.done = version
        return took
