"""The search index: two contentless FTS5 tables kept up to date by triggers.

- `taxpayer_search` holds every word of a taxpayer's names, phone, identity number and object
  references, with prefix indexes for search as you type.
- `taxpayer_whole` holds each of those texts typed whole, run together with its separators
  removed ("Kabasélé Françoise" -> kabaselefrancoise, "CNI-000123456" -> cni000123456), so that
  "the agent typed the whole name" is one exact token lookup. It needs no prefix index.

Contentless (`content=''`): search needs which taxpayers hold a term, never the text back, and a
copy of the text took a fifth of the index. `detail=column` rather than `none` for the words,
although no query filters by column: with `detail=none` a prefix longer than the prefix
indexes ("toure*") was five times slower. A contentless table forgets a row only when told the
exact tokens it held, so SQLite triggers, not Python callers, keep both tables in step with the
taxpayers and their objects: every writer (the app, a replay, a later sync pull, a hand edit)
updates them the same way."""
from __future__ import annotations

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from contextlib import contextmanager
from typing import Callable, Iterator

# Separators dropped from a whole-text token; the query side is core.search.compact().
_SEPARATORS = (" ", "-", "'", "\u2019", ".", ",", "/", "(", ")", "&", "_")
_TOKENIZE = 'tokenize = "unicode61 remove_diacritics 2"'
TABLES = {
    "taxpayer_search": f"doc, content = '', columnsize = 0, detail = column, prefix = '1 2 3', {_TOKENIZE}",
    "taxpayer_whole": f"doc, content = '', columnsize = 0, detail = none, {_TOKENIZE}",
}


def _compact(expr: str) -> str:
    for separator in _SEPARATORS:
        expr = f"replace({expr}, '{separator.replace(chr(39), chr(39) * 2)}', '')"
    return expr


def _phone_forms(phone: str) -> str:
    """International digits and the last 8 and 9 digits. A national number typed with its
    leading 0 is looked up without it (core.search), so the 0 forms need no tokens."""
    digits = f"replace({phone}, '+', '')"
    return f"""CASE WHEN {phone} IS NULL THEN '' ELSE {digits}
        || CASE WHEN length({digits}) > 8 THEN ' ' || substr({phone}, -8) ELSE '' END
        || CASE WHEN length({digits}) > 9 THEN ' ' || substr({phone}, -9) ELSE '' END
    END"""


def _words_sql(row: str, references: str) -> str:
    return (f"{row}.name || ' ' || coalesce({row}.business_name, '') || ' ' || {_phone_forms(row + '.phone')}"
            f" || ' ' || coalesce({row}.id_number, '') || ' ' || {references}")


def _whole_sql(row: str, references: str) -> str:
    return (f"{_compact(row + '.name')} || ' ' || coalesce({_compact(row + '.business_name')}, '') || ' ' "
            f"|| coalesce({_compact(row + '.id_number')}, '') || ' ' || {references}")


_DOCUMENTS: dict[str, tuple[Callable[[str, str], str], Callable[[str], str]]] = {
    # table: (document of a taxpayer row given its references, how one reference is written)
    "taxpayer_search": (_words_sql, lambda ref: ref),
    "taxpayer_whole": (_whole_sql, _compact),
}


def document_sql(table: str, row: str, objects_where: str, extra_reference: str | None = None) -> str:
    """What `table` indexes for taxpayer `row` (an alias, NEW or OLD), whose objects are those
    matching `objects_where`, plus `extra_reference` (an object just deleted or changed)."""
    document, reference = _DOCUMENTS[table]
    refs = f"coalesce((SELECT group_concat({reference('o.reference')}, ' ') FROM taxable_objects o WHERE {objects_where}), '')"
    if extra_reference is not None:
        refs += f" || ' ' || {reference(extra_reference)}"
    return document(row, refs)


def _forget(row: str, objects_where: str, extra_reference: str | None = None) -> str:
    return "; ".join(f"INSERT INTO {table} ({table}, rowid, doc) SELECT 'delete', {row}.num, "
                     f"{document_sql(table, row, objects_where, extra_reference)}" + "{owner}" for table in TABLES)


def _index(row: str) -> str:
    return "; ".join(f"INSERT INTO {table} (rowid, doc) SELECT {row}.num, "
                     f"{document_sql(table, row, f'o.taxpayer_num = {row}.num')}" + "{owner}" for table in TABLES)


def _owner(num: str, extra: str = "") -> dict[str, str]:
    return {"owner": f" FROM taxpayers t WHERE t.num = {num}{extra}"}


_MOVED = " AND NEW.taxpayer_num <> OLD.taxpayer_num"
TRIGGERS = {
    "taxpayers_search_insert": f"AFTER INSERT ON taxpayers BEGIN {_index('NEW').format(owner='')}; END",
    "taxpayers_search_update": (
        "AFTER UPDATE OF name, business_name, phone, id_number ON taxpayers BEGIN "
        f"{_forget('OLD', 'o.taxpayer_num = OLD.num').format(owner='')}; {_index('NEW').format(owner='')}; END"),
    "taxpayers_search_delete": (
        f"AFTER DELETE ON taxpayers BEGIN {_forget('OLD', 'o.taxpayer_num = OLD.num').format(owner='')}; END"),
    # An object added: its owner's documents without it, then with it.
    "taxable_objects_search_insert": (
        "AFTER INSERT ON taxable_objects BEGIN "
        f"{_forget('t', 'o.taxpayer_num = t.num AND o.num <> NEW.num').format(**_owner('NEW.taxpayer_num'))}; "
        f"{_index('t').format(**_owner('NEW.taxpayer_num'))}; END"),
    "taxable_objects_search_delete": (
        "AFTER DELETE ON taxable_objects BEGIN "
        f"{_forget('t', 'o.taxpayer_num = t.num', 'OLD.reference').format(**_owner('OLD.taxpayer_num'))}; "
        f"{_index('t').format(**_owner('OLD.taxpayer_num'))}; END"),
    # An object changed (reference, or owner): the old owner's documents held OLD.reference;
    # a new owner's documents did not hold the object at all.
    "taxable_objects_search_update": (
        "AFTER UPDATE OF reference, taxpayer_num ON taxable_objects BEGIN "
        f"{_forget('t', 'o.taxpayer_num = t.num AND o.num <> NEW.num', 'OLD.reference').format(**_owner('OLD.taxpayer_num'))}; "
        f"{_forget('t', 'o.taxpayer_num = t.num AND o.num <> NEW.num').format(**_owner('NEW.taxpayer_num', _MOVED))}; "
        f"{_index('t').format(**_owner('OLD.taxpayer_num'))}; "
        f"{_index('t').format(**_owner('NEW.taxpayer_num', _MOVED))}; END"),
}


def create(conn: sqlite3.Connection, report: Callable[[float], None] | None = None) -> None:
    """(Re)create the index and its triggers, and fill it from the registry. `report(fraction)`
    hears how far the filling has got."""
    _drop_triggers(conn)
    for table, options in TABLES.items():
        conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.execute(f"CREATE VIRTUAL TABLE {table} USING fts5({options})")
    _create_triggers(conn)
    rebuild(conn, report)


@contextmanager
def bulk_load(conn: sqlite3.Connection) -> Iterator[None]:
    """Load many taxpayers and objects, then index them all at once. Use inside a transaction:
    nobody else ever sees the index without its triggers. Row by row, each trigger's statement
    makes FTS5 write a segment of its own, which made a bulk load three times slower."""
    if not conn.in_transaction:
        raise RuntimeError("bulk_load needs an open transaction")
    _drop_triggers(conn)
    yield
    _create_triggers(conn)
    rebuild(conn)


def _drop_triggers(conn: sqlite3.Connection) -> None:
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")


def _create_triggers(conn: sqlite3.Connection) -> None:
    for name, body in TRIGGERS.items():
        conn.execute(f"CREATE TRIGGER {name} {body}")


def rebuild(conn: sqlite3.Connection, report: Callable[[float], None] | None = None) -> None:
    """Refill the whole index in set-based SQL, then merge each table into one segment:
    smaller and faster to query."""
    for done, table in enumerate(TABLES):
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
        conn.execute(f"INSERT INTO {table} (rowid, doc) SELECT t.num, "
                     f"{document_sql(table, 't', 'o.taxpayer_num = t.num')} FROM taxpayers t")
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
        if report is not None:
            report((done + 1) / len(TABLES))
