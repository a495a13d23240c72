"""`verify` recomputes every closing (issue 14): each Z-report's and each month's and year's
perpetual totals, each period's own figures, each closing's link to the one before, and that no
period was closed twice or skipped. It reads only the chain, as an auditor would: the figures a
closing carries are what the receipts and voids before it add up to, whatever the device stored."""
from __future__ import annotations

from typing import Iterable, Iterator

from core.closings import next_month
from core.fiscal_events import CLOSING_KINDS, CLOSING_MADE, TOTAL_KEYS
from core.perpetual import NO_PREVIOUS_CLOSING, SESSION_CLOSED, Totals
from core.problems import Problem
from core.replay import ReplayedEvent


def _following(kind: str, period: str) -> str:
    return str(int(period) + 1) if kind == "year" else next_month(period)


class ClosingAudit:
    """Fed every event in chain order (`watch` passes them on to the replay); `problems` names
    each closing whose figures or link are wrong, and each period closed twice or skipped."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self._running = Totals()
        self._amounts: dict[str, int] = {}  # payment id -> amount, to value a void
        self._previous_hash = NO_PREVIOUS_CLOSING
        self._carried = False  # a closing carried perpetual totals: every later one must too
        self._by_kind: dict[str, tuple[str, Totals]] = {}  # kind -> (period, perpetual) of its last closing
        self._closed: dict[tuple[str, str], int] = {}  # (kind, period) -> seq of the event that closed it

    def watch(self, events: Iterable[ReplayedEvent]) -> Iterator[ReplayedEvent]:
        for event in events:
            try:
                self._see(event)
            except (KeyError, TypeError, ValueError, AttributeError):
                # A malformed event: the replay of the same event names it (replay_failed).
                pass
            yield event

    def _see(self, event: ReplayedEvent) -> None:
        data = event.data
        if event.type == "payment.recorded":
            amount = data["amount"]
            self._amounts[data["id"]] = amount
            self._running += Totals(1, amount, 0, 0)
        elif event.type == "payment.voided":
            self._running += Totals(0, 0, 1, self._amounts.get(data["payment_id"], 0))
        elif event.type == SESSION_CLOSED:
            report = data.get("report") or {}
            name = f"Z {data.get('session_id', '?')}"
            if "perpetual" in report or "previous_closing" in report:
                self._check(event, name, report.get("perpetual"), report.get("previous_closing"))
            elif self._carried:
                self.problems.append(Problem.of(event.seq, "closing_unchained", closing=name))
            self._previous_hash = event.hash
        elif event.type == CLOSING_MADE:
            self._closing_made(event, data)
            self._previous_hash = event.hash

    def _check(self, event: ReplayedEvent, name: str, perpetual: object, previous: object) -> None:
        self._carried = True
        self._compare(event.seq, name, "perpetual", perpetual, self._running)
        if previous != self._previous_hash:
            self.problems.append(Problem.of(event.seq, "closing_link", closing=name, found=str(previous)[:16],
                                            expected=self._previous_hash[:16]))

    def _compare(self, seq: int, name: str, which: str, carried: object, expected: Totals) -> None:
        carried = carried if isinstance(carried, dict) else {}
        figures = expected.to_dict()
        for key in TOTAL_KEYS:
            found = carried.get(key)
            if found != figures[key] or type(found) is not int:
                self.problems.append(Problem.of(seq, "closing_figures", closing=name, which=which, key=key,
                                                found=found, expected=figures[key]))
                return

    def _closing_made(self, event: ReplayedEvent, data: dict) -> None:
        kind, period = data["kind"], data["period"]
        name = f"{kind} {period}"
        self._check(event, name, data.get("perpetual"), data.get("previous_closing"))
        if kind not in CLOSING_KINDS:
            return
        last = self._by_kind.get(kind)
        since = last[1] if last else Totals()
        self._compare(event.seq, name, "totals", data.get("totals"), self._running - since)
        first = self._closed.get((kind, period))
        if first is not None:
            self.problems.append(Problem.of(event.seq, "closing_reopened", closing=name, first=first))
            return
        if last is not None and period != _following(kind, last[0]):
            self.problems.append(Problem.of(event.seq, "closing_gap", closing=name, previous=last[0]))
        self._closed[(kind, period)] = event.seq
        self._by_kind[kind] = (period, self._running)
