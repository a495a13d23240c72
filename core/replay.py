"""Verify by replay: the chain is replayed into a scratch database through the same projections
the live code writes with, and every table built from events is compared with it, row by row.

Every table of the device database is either built from events (`EVENT_BUILT`, compared) or
excluded with its reason (`NOT_COMPARED`); a test fails when a table is neither, so a new table
cannot be forgotten. Rows that come from elsewhere (the seed today, the server's pull later)
carry origin 'server' and are left out; a row flipped to 'server' to hide it is still caught,
because the replay says it was made on the device."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from core.problems import Problem
from core.projections import COORDINATE_FIELDS, PROJECTIONS, Applied, coord_text

MAX_PROBLEMS_PER_TABLE = 20


@dataclass(frozen=True)
class TableSpec:
    key: tuple[str, ...]  # identifies a row in both the live and the replayed table
    mixed: bool = False  # also holds rows from elsewhere (reference data), which are not compared
    origin: bool = False  # has an `origin` column ('device' or 'server')
    ignore: tuple[str, ...] = ()  # local bookkeeping, not carried by events
    json_columns: tuple[str, ...] = ()  # compared as parsed JSON
    coordinates: tuple[str, ...] = ()  # compared at the events' fixed 7-decimal precision
    label: str | None = None  # a column that names the row better than its key, for the supervisor


EVENT_BUILT: dict[str, TableSpec] = {
    "taxpayers": TableSpec(("id",), mixed=True, origin=True, ignore=("num",), coordinates=COORDINATE_FIELDS),
    "taxable_objects": TableSpec(("id",), mixed=True, origin=True, json_columns=("attributes",)),
    # Assessments made on the device come from `assessment.created`; the others are the server's
    # schedule applied to its own registry (reference data, invariant 10).
    "assessments": TableSpec(("id",), mixed=True),
    "payments": TableSpec(("id",), label="receipt_no"),
    "voids": TableSpec(("id",)),
    "receipt_prints": TableSpec(("payment_id", "copy")),
    "cash_sessions": TableSpec(("id",)),
    "cash_session_closings": TableSpec(("session_id",), json_columns=("report",)),
    "receipt_counters": TableSpec(("year",)),
}
_FTS = "the search index, rebuilt from the taxpayers table"
NOT_COMPARED: dict[str, str] = {
    "events": "the chain itself: every hash link and the newest signature are checked",
    "settings": "the device's configuration; its signing key is checked against the first event",
    "agents": "reference data from the server (invariant 10); PIN hashes never travel in events",
    "zones": "reference data from the server (invariant 10)",
    "tax_types": "reference data from the server (invariant 10)",
    "taxpayer_search": _FTS,
    **{f"taxpayer_search_{part}": f"FTS5 storage of {_FTS}" for part in ("data", "idx", "content", "docsize",
                                                                          "config")},
}


def unclassified_tables(conn: sqlite3.Connection) -> list[str]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return sorted(n for n in names if not n.startswith("sqlite_") and n not in EVENT_BUILT and n not in NOT_COMPARED)


@dataclass(frozen=True)
class ReplayedEvent:
    seq: int
    type: str
    entity_id: str | None
    device_id: str
    device_time: str
    schema: int
    data: dict


@dataclass
class Replay:
    """The scratch database and what the replay learnt on the way."""
    live: sqlite3.Connection
    scratch: sqlite3.Connection = field(init=False)
    loose: dict[tuple[str, Any, str], Callable[[Any], Any]] = field(default_factory=dict)
    entity_seq: dict[str, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.scratch = sqlite3.connect(":memory:", isolation_level=None)
        self.scratch.execute("PRAGMA foreign_keys = OFF")
        for table in EVENT_BUILT:
            row = self.live.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                                    (table,)).fetchone()
            if row is not None:
                self.scratch.execute(row[0])
        self.scratch.execute("BEGIN")

    def apply(self, event: ReplayedEvent) -> None:
        projection = PROJECTIONS.get(event.type)
        if projection is None:
            self.problems.append(Problem.of(event.seq, "no_projection", type=event.type))
            return
        if event.type == "taxpayer.updated" and not self._baseline("taxpayers", event.data.get("taxpayer_id")):
            self.problems.append(Problem.of(event.seq, "row_missing", table="taxpayers",
                                            row=event.data.get("taxpayer_id")))
        at = Applied(event.seq, event.device_id, event.device_time, event.schema, self.loose)
        try:
            projection(self.scratch, event.data, at)
        except (KeyError, TypeError, ValueError, AttributeError, sqlite3.Error) as error:
            self.problems.append(Problem.of(event.seq, "replay_failed", error=f"{type(error).__name__}: {error}"))
        if event.entity_id:
            self.entity_seq[event.entity_id] = event.seq

    def _baseline(self, table: str, row_id: Any) -> bool:
        """An edit of a row that came from the server: start from the live row, origin 'server'
        (it was not made by this chain), and let the event's changes be checked on top of it.
        False when the row exists nowhere: it was deleted."""
        if self.scratch.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone():
            return True
        cursor = self.live.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        found = cursor.fetchone()
        if found is None:
            return False
        row = {k: v for k, v in zip([d[0] for d in cursor.description], tuple(found))
               if k not in EVENT_BUILT[table].ignore}
        row["origin"] = "server"
        self.scratch.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
                             tuple(row.values()))
        return True

    def compare(self) -> list[Problem]:
        problems = list(self.problems)
        for table, spec in EVENT_BUILT.items():
            problems += self._compare_table(table, spec)
        self.scratch.close()
        return problems

    def _compare_table(self, table: str, spec: TableSpec) -> list[Problem]:
        columns = [r[1] for r in self.live.execute(f"PRAGMA table_info({table})") if r[1] not in spec.ignore]
        if not columns:
            return [Problem.of(None, "row_missing", table=table, row="*")]
        select = f"SELECT {', '.join(columns)} FROM {table}"
        key_at = [columns.index(k) for k in spec.key]
        keyed = lambda rows: {tuple(r[i] for i in key_at): tuple(r) for r in rows}  # noqa: E731
        replayed = keyed(self.scratch.execute(select))
        if not spec.mixed:
            live = keyed(self.live.execute(select))
        else:
            live = keyed(self.live.execute(f"{select} WHERE origin = 'device'")) if spec.origin else {}
            where = " AND ".join(f"{k} = ?" for k in spec.key)
            for key in replayed.keys() - live.keys():
                found = self.live.execute(f"{select} WHERE {where}", key).fetchone()
                if found is not None:
                    live[key] = tuple(found)
        problems: list[Problem] = []
        # In event order, then the rows no event wrote in the table's own order.
        for key in [*replayed, *(k for k in live if k not in replayed)]:
            if len(problems) >= MAX_PROBLEMS_PER_TABLE:
                break
            expected, actual = replayed.get(key), live.get(key)
            if expected == actual and _types(expected) == _types(actual):
                continue
            row_name = "/".join(map(str, key))
            if spec.label:
                row_name = (expected or actual)[columns.index(spec.label)]
            if actual is None:
                problems.append(Problem.of(self._row_seq(columns, expected, key), "row_missing",
                                           table=table, row=row_name))
            elif expected is None:
                problems.append(Problem.of(None, "row_not_in_log", table=table, row=row_name))
            else:
                column = self._first_difference(table, spec, columns, key, expected, actual)
                if column is None:
                    continue
                seq = self._row_seq(columns, expected, key)
                if column == "origin" and expected[columns.index("origin")] == "device":
                    problems.append(Problem.of(seq, "origin_flipped", table=table, row=row_name))
                else:
                    problems.append(Problem.of(seq, "row_differs", table=table, row=row_name, column=column))
        return problems

    def _first_difference(self, table: str, spec: TableSpec, columns: list[str], key: tuple, expected: tuple,
                          actual: tuple) -> str | None:
        order = sorted(range(len(columns)), key=lambda i: columns[i] != "origin")  # where it came from, first
        for column, want, got in ((columns[i], expected[i], actual[i]) for i in order):
            if want == got and type(want) is type(got):
                continue
            normalise = self.loose.get((table, key[0] if len(key) == 1 else key, column))
            if normalise is None and column in spec.json_columns:
                normalise = _parsed
            if normalise is None and column in spec.coordinates:
                normalise = _fixed
            if normalise is not None and _safe(normalise, want) == _safe(normalise, got):
                continue
            return column
        return None

    def _row_seq(self, columns: list[str], row: tuple, key: tuple) -> int | None:
        if "event_seq" in columns:
            return row[columns.index("event_seq")]
        return self.entity_seq.get(key[0]) if isinstance(key[0], str) else None


def _types(row: tuple | None) -> tuple:
    return tuple(map(type, row)) if row is not None else ()


def _parsed(text: Any) -> Any:
    return json.loads(text) if isinstance(text, str) else text


def _fixed(value: Any) -> Any:
    return coord_text(value) if isinstance(value, (int, float)) else value


def _safe(normalise: Callable[[Any], Any], value: Any) -> Any:
    try:
        return normalise(value)
    except (ValueError, TypeError):
        return ("unreadable", value)


def replay_and_compare(live: sqlite3.Connection, events: Iterable[ReplayedEvent]) -> list[Problem]:
    replay = Replay(live)
    for event in events:
        replay.apply(event)
    return replay.compare()
