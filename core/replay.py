"""Verify by replay: the chain is replayed into a scratch database through the same projections
the live code writes with, and every table built from events is compared with it, row by row.

Every table of the device database is either built from events (`EVENT_BUILT`, compared) or
excluded with its reason (`NOT_COMPARED`); a test fails when a table is neither, so a new table
cannot be forgotten. Rows that come from elsewhere (the server's pull through
core/reference.py, the seed standing in for it) carry origin 'server' and are checked as server
data, not replayed: a row flipped to 'server' to hide it is still caught, because the replay says
it was made on the device, unless the server sent it back (it then carries the server's version:
a taxpayer this device registered, pushed, and pulled again with other devices' edits merged)."""
from __future__ import annotations

import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from core.errors import QuittanceError
from core.ids import id_bytes, id_text
from core.problems import Problem
from core.projections import COORDINATE_FIELDS, PROJECTIONS, Applied, coord_text
from core.search_index import TABLES as SEARCH_TABLES

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
    # What is compared, when not the table's own columns: row numbers are local to each file (the
    # live one and the scratch one number their rows independently), so a query translates them
    # into the UUIDs they stand for.
    query: str | None = None


# Objects point at their taxpayer, and assessments at their object, by file-local row number
# (migration v6). Compared through the UUIDs those numbers stand for; the scalar subquery and
# the join keep the live lookups by key on the tables' own indexes.
_OBJECTS = """SELECT o.id, (SELECT t.id FROM taxpayers t WHERE t.num = o.taxpayer_num) AS taxpayer_id, o.kind,
                     o.reference, o.description, o.attributes, o.origin, o.created_at, o.geometry
              FROM taxable_objects o"""
_ASSESSMENTS = """SELECT o.id AS taxable_object_id, a.tax_code, a.period, a.id, a.amount, a.created_ms
                  FROM assessments a JOIN taxable_objects o ON o.num = a.object_num"""


EVENT_BUILT: dict[str, TableSpec] = {
    "taxpayers": TableSpec(("id",), mixed=True, origin=True, ignore=("num",), coordinates=COORDINATE_FIELDS),
    "taxable_objects": TableSpec(("id",), mixed=True, origin=True, json_columns=("attributes",), query=_OBJECTS),
    # Assessments made on the device come from `assessment.created`; the others are the server's
    # schedule applied to its own registry (reference data, invariant 10). Found by what makes
    # them unique (their primary key), named by their id.
    "assessments": TableSpec(("taxable_object_id", "tax_code", "period"), mixed=True, label="id",
                             query=_ASSESSMENTS),
    "payments": TableSpec(("id",), label="receipt_no"),
    "voids": TableSpec(("id",)),
    "receipt_prints": TableSpec(("payment_id", "copy")),
    "cash_sessions": TableSpec(("id",)),
    "cash_session_closings": TableSpec(("session_id",), json_columns=("report",)),
    "receipt_counters": TableSpec(("year",)),
    # Imported here by `form.imported` (origin 'local', compared as 'device'); pulled from the
    # server (origin 'server', reference data, not replayed). core/forms/store.py.
    "forms": TableSpec(("form_id", "version"), mixed=True, origin=True, json_columns=("definition",),
                       query="SELECT form_id, version, title, definition, CASE origin WHEN 'local' THEN 'device' "
                             "ELSE origin END AS origin, added_at FROM forms"),
    "submissions": TableSpec(("id",)),  # finished census forms (core/forms/submissions.py)
    # Issue 14 (core/fiscal_events.py): series the server registered, closings, technical journal.
    "receipt_series": TableSpec(("year",)),
    "closings": TableSpec(("id",), label="period", json_columns=("report",)),
    "journal": TableSpec(("event_seq",), json_columns=("details",)),
}
_FTS = "the search index, kept by triggers from the taxpayers and their objects"
NOT_COMPARED: dict[str, str] = {
    "events": "the chain itself: every hash link and the newest signature are checked",
    "settings": "the device's configuration; its signing key is checked against the first event",
    "agents": "reference data from the server (invariant 10); PIN hashes never travel in events",
    "zones": "reference data from the server (invariant 10)",
    "tax_types": "reference data from the server (invariant 10)",
    "sync_quarantine": "the server's answer about pushed events (sync/client); the server holds the truth",
    "agent_zones": "reference data from the server (invariant 10): the zones each agent may act in",
    "withdrawn_taxpayers": "server data (invariant 10): taxpayers the server withdrew from this device's zones",
    "merged_taxpayers": "server data (invariant 10): taxpayers a supervisor merged into another (core/merges.py)",
    "print_attempts": "originals sent to a printer whose outcome is not known yet: an intention, not a fact",
    "form_drafts": "census forms being filled in: working state saved on every answer, not events "
                   "(core/forms/drafts.py); a finished one becomes a submission, which is compared",
    # Contentless FTS5 tables (core/search_index.py): no content or docsize shadow tables.
    **{table: _FTS for table in SEARCH_TABLES},
    **{f"{table}_{part}": f"FTS5 storage of {_FTS}" for table in SEARCH_TABLES for part in ("data", "idx",
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
    hash: str = ""  # the event's chain hash: closings name the one before them by it (core/closing_audit.py)


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
        self.scratch.row_factory = sqlite3.Row  # as the live connection: projections read rows by name
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
        parent = _PARENTS.get(event.type)
        if parent is not None:
            table, field_name = parent
            row_id = event.data.get(field_name)
            if not self._baseline(table, row_id):
                self.problems.append(Problem.of(event.seq, "row_missing", table=table, row=row_id))
        at = Applied(event.seq, event.device_id, event.device_time, event.schema, self.loose)
        try:
            projection(self.scratch, event.data, at)
        except (KeyError, TypeError, ValueError, AttributeError, sqlite3.Error, QuittanceError) as error:
            self.problems.append(Problem.of(event.seq, "replay_failed", error=f"{type(error).__name__}: {error}"))
        if event.entity_id:
            self.entity_seq[event.entity_id] = event.seq

    def _baseline(self, table: str, row_id: Any) -> bool:
        """A row that came from the server, which an event edits or builds on (a taxpayer updated,
        an object added to a server taxpayer, an assessment of a server object): start from the
        live row, origin 'server' (it was not made by this chain), so the event applies as it did
        live and its changes are checked on top. False when the row exists nowhere: it was deleted."""
        key = id_bytes(row_id) if table == "taxable_objects" else row_id
        if self.scratch.execute(f"SELECT 1 FROM {table} WHERE id = ?", (key,)).fetchone():
            return True
        cursor = self.live.execute(f"SELECT * FROM {table} WHERE id = ?", (key,))
        found = cursor.fetchone()
        if found is None:
            return False
        row = {k: v for k, v in zip([d[0] for d in cursor.description], tuple(found))
               if k not in EVENT_BUILT[table].ignore and k != "num"}
        if table == "taxable_objects":  # its owner, by the scratch file's own row number
            owner = self.live.execute("SELECT id FROM taxpayers WHERE num = ?", (row["taxpayer_num"],)).fetchone()
            if owner is None or not self._baseline("taxpayers", owner[0]):
                return False
            row["taxpayer_num"] = self.scratch.execute("SELECT num FROM taxpayers WHERE id = ?",
                                                       (owner[0],)).fetchone()[0]
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
        source = f"({spec.query})" if spec.query else table
        try:
            described = self.live.execute(f"SELECT * FROM {source} LIMIT 0").description
        except sqlite3.OperationalError:  # the table, or a column the query needs, was dropped
            return [Problem.of(None, "row_missing", table=table, row="*")]
        columns = [d[0] for d in described if d[0] not in spec.ignore]
        if not columns:
            return [Problem.of(None, "row_missing", table=table, row="*")]
        select = f"SELECT {', '.join(columns)} FROM {source}"
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
                if found is not None and self._returned_by_server(table, spec, columns, found):
                    del replayed[key]  # the server's row now: server data, not this chain's
                elif found is not None:
                    live[key] = tuple(found)
        problems: list[Problem] = []
        # In event order, then the rows no event wrote in the table's own order.
        for key in [*replayed, *(k for k in live if k not in replayed)]:
            if len(problems) >= MAX_PROBLEMS_PER_TABLE:
                break
            expected, actual = replayed.get(key), live.get(key)
            if expected == actual and _types(expected) == _types(actual):
                continue
            row_name = "/".join(map(_named, key))
            if spec.label:
                row_name = _named((expected or actual)[columns.index(spec.label)])
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

    def _returned_by_server(self, table: str, spec: TableSpec, columns: list[str], row: tuple) -> bool:
        """A row this chain made that the server has since sent back (origin 'server' with the
        server's version): the pull's apply path wrote it, and it is no longer the event's alone."""
        if not spec.origin or "origin" not in columns or row[columns.index("origin")] != "server":
            return False
        key_column = spec.key[0]
        found = self.live.execute(f"SELECT server_version FROM {table} WHERE {key_column} = ?",
                                  (row[columns.index(key_column)],)).fetchone()
        return found is not None and found[0] is not None

    def _first_difference(self, table: str, spec: TableSpec, columns: list[str], key: tuple, expected: tuple,
                          actual: tuple) -> str | None:
        order = sorted(range(len(columns)), key=lambda i: columns[i] != "origin")  # where it came from, first
        for column, want, got in ((columns[i], expected[i], actual[i]) for i in order):
            if want == got and type(want) is type(got):
                continue
            row_key = (id_text(key[0]) if isinstance(key[0], bytes) else key[0]) if len(key) == 1 else key
            normalise = self.loose.get((table, row_key, column))
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
        row_id = row[columns.index("id")] if "id" in columns else key[0]
        return self.entity_seq.get(_named(row_id))


# Events that build on a row another event, or the server, made: (table, the data field naming it).
_PARENTS = {
    "taxpayer.updated": ("taxpayers", "taxpayer_id"),
    "taxable_object.added": ("taxpayers", "taxpayer_id"),
    "assessment.created": ("taxable_objects", "taxable_object_id"),
    "taxable_object.shaped": ("taxable_objects", "taxable_object_id"),
}


def _named(value: Any) -> str:
    """A key as the supervisor reads it: UUIDs stored as 16 bytes are shown as text."""
    return id_text(value) if isinstance(value, bytes) else str(value)


def _types(row: tuple | None) -> tuple:
    return tuple(map(type, row)) if row is not None else ()


def _parsed(text: Any) -> Any:
    """JSON compared by meaning, not spelling (spacing, key order), but with its types: Python's
    `2 == 2.0` and `1 == True` would let `"receipt_count": 2` become `2.0` or `true` unseen."""
    return json.dumps(json.loads(text), sort_keys=True, ensure_ascii=False) if isinstance(text, str) else text


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
