"""What a write changed, as Anki's operations return `OpChanges`: views refresh from this instead
of guessing which screens a write might have touched.

Each Ledger write reports its `Changes` (core/service.py); `Ledger.operation(fn)` runs one or more
writes and hands back `Done(value, changes)`. The desktop runs its operations that way and passes
the changes to every view."""
from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import Generic, Iterator, TypeVar

T = TypeVar("T")

_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Changes:
    """The entities a write changed, by id where a view can use the id (empty: nothing changed)."""
    taxpayers: frozenset[str] = _NONE  # their registry entry, objects, assessments, balance or payments
    payments: frozenset[str] = _NONE  # receipt numbers recorded, voided or printed
    sessions: frozenset[str] = _NONE  # cash sessions opened, closed, or whose totals moved
    settings: frozenset[str] = _NONE  # device setting keys ("printer", "gps", "language", ...)
    print_queue: bool = False  # the receipts waiting for a first printed copy
    municipality: bool = False  # the municipality's configuration or logo
    agents: bool = False  # who may log in
    events: bool = False  # the event log grew: what sync will push, the pending count on the home screen
    sync: bool = False  # what the server holds, or the device's standing with it (enrolled, revoked)
    registry: bool = False  # server data arrived (a pull or an enrollment): any taxpayer, zone or tax
    submissions: frozenset[str] = _NONE  # census drafts saved, discarded or finished, and submissions, by id

    def __or__(self, other: "Changes") -> "Changes":
        """Both writes' changes, as one operation of several writes reports them."""
        merged = {}
        for spec in fields(self):
            mine, theirs = getattr(self, spec.name), getattr(other, spec.name)
            merged[spec.name] = mine | theirs
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, spec.name) for spec in fields(self))

    @property
    def session(self) -> bool:
        return bool(self.sessions)


NOTHING = Changes()


def ids(*values: str | None) -> frozenset[str]:
    """The ids given, without the Nones (a void with no open session names none)."""
    return frozenset(value for value in values if value)


@dataclass(frozen=True)
class Done(Generic[T]):
    """An operation's result: what its writes returned, and everything they changed."""
    value: T
    changes: Changes = NOTHING


class ChangeLog:
    """Collects the changes of the writes made on this thread inside `collecting()`.

    Per thread, because the app runs writes on several pool threads at once: one operation must
    never report another's changes. Nested operations report to the outer one too."""

    def __init__(self) -> None:
        self._local = threading.local()

    def _stack(self) -> list[list[Changes]]:
        stack = getattr(self._local, "stack", None)
        if stack is None:
            stack = self._local.stack = []
        return stack

    def note(self, changes: Changes) -> None:
        """A write committed these changes (called after its transaction, so a rollback notes nothing)."""
        for collected in self._stack():
            collected.append(changes)

    @contextmanager
    def collecting(self) -> Iterator[list[Changes]]:
        collected: list[Changes] = []
        stack = self._stack()
        stack.append(collected)
        try:
            yield collected
        finally:
            stack.pop()


def merged(all_changes: list[Changes]) -> Changes:
    total = NOTHING
    for changes in all_changes:
        total = total | changes
    return total
