"""What the desktop benchmark watches in the running app, without changing what it does:

- `PaintWatch`: which search text the result list (or, with no result, the status line under the
  box) showed the last time Qt painted it, so a keystroke is timed until its results are painted;
- `Phases`: where a keystroke's time goes, from timestamps taken at the seams of the search
  pipeline (the query on the worker thread, the model update on the UI thread).

    key pressed ─ to worker ─ query ─ hand-back ─ model and status ─ layout and paint ─ shown"""
from __future__ import annotations

import statistics
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject

from bench.harness import percentile

PHASES = ("to worker", "query", "hand-back", "model", "paint")


class PaintWatch(QObject):
    """An event filter on the widgets that show results. The filter runs just before the widget
    paints, and the wait loop looks only once that event has been handled: when `painted` names
    a text, the pixels for that text have been drawn."""

    def __init__(self, view: Any) -> None:  # noqa: ANN401 - the SearchView
        super().__init__(view)
        self._view = view
        self.painted: str | None = None
        self.painted_at = 0.0
        self._watched = (view.results.viewport(), view.status)
        for widget in self._watched:
            widget.installEventFilter(self)

    def forget(self) -> None:
        self.painted = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched in self._watched:
            self.painted = self._view._shown_text
            self.painted_at = time.perf_counter()
        return False

    def remove(self) -> None:
        for widget in self._watched:
            widget.removeEventFilter(self)


class Phases:
    """Timestamps at the pipeline's seams, for one keystroke at a time."""

    def __init__(self, ledger: Any, view: Any) -> None:  # noqa: ANN401
        self.marks: dict[str, float] = {}
        self.rows: list[dict[str, float]] = []
        self.ui_cpu: list[float] = []  # ms of UI-thread CPU per keystroke, whatever else runs
        search, model = ledger.reads.search, view.model
        set_results = model.set_results

        def timed_search(text: str, limit: int = 20) -> Any:  # noqa: ANN401 - on the worker thread
            self.marks["query_start"] = time.perf_counter()
            try:
                return search(text, limit)
            finally:
                self.marks["query_end"] = time.perf_counter()

        def timed_set_results(results: list) -> None:
            self.marks["model_start"] = time.perf_counter()
            set_results(results)

        # Instance attributes: the controller looks `ledger.reads.search` up when its job runs.
        ledger.reads.search = timed_search
        model.set_results = timed_set_results
        # Connected after the view's own slot, so this runs once the list and status are updated.
        view.controller.resultsReady.connect(lambda *_: self.marks.__setitem__("model_end", time.perf_counter()))

    def key(self) -> None:
        self.marks.clear()
        self.marks["key"] = time.perf_counter()
        self.marks["cpu"] = time.thread_time()  # the UI thread's own CPU, which machine load does not inflate

    def shown(self, end: float) -> None:
        m = self.marks
        self.ui_cpu.append((time.thread_time() - m["cpu"]) * 1000)
        if not {"query_start", "query_end", "model_start", "model_end"} <= m.keys():
            return  # no query ran for this key (a space, or the box emptied)
        self.rows.append({"to worker": m["query_start"] - m["key"], "query": m["query_end"] - m["query_start"],
                          "hand-back": m["model_start"] - m["query_end"], "model": m["model_end"] - m["model_start"],
                          "paint": end - m["model_end"]})  # layout and paint, until the results are drawn

    def table_rows(self) -> list[tuple[str, str, str]]:
        """One benchmark row per phase: median and p95, in milliseconds."""
        rows = []
        for name in PHASES:
            values = [r[name] * 1000 for r in self.rows] or [0.0]
            rows.append((f"  keystroke phase: {name}, median / p95", f"{statistics.median(values):.2f} / "
                         f"{percentile(values, 95):.2f} ms", "(info)"))
        cpu = self.ui_cpu or [0.0]
        rows.append(("  UI-thread CPU per keystroke, median / p95",
                     f"{statistics.median(cpu):.2f} / {percentile(cpu, 95):.2f} ms", "(info)"))
        return rows
