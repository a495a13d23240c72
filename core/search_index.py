"""The search index: one contentless FTS5 table kept up to date by triggers.

Contentless (`content=''`) and `detail=none` because search only needs which taxpayers hold a
term, never the text back nor where in it: that keeps the index at about a third of what a
content table with positions took. A contentless table can only forget a row when it is told
the exact tokens it held, so SQLite triggers, not Python callers, keep it in step with the
taxpayers and their objects: every writer (the app, a replay, a later sync pull, a hand edit)
updates it the same way.

Besides its words, each taxpayer's document carries "whole" tokens: the full name, business
name, identity number and object references with their separators removed, marked with `§`
(e.g. `§kabaselefrancoise`), so that "typed whole" is one exact token lookup."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from typing import Iterator

WHOLE_MARK = "§"
# Separators dropped from a whole-text token; what the query side removes is core.search.compact().
_SEPARATORS = (" ", "-", "'", "\u2019", ".", ",", "/", "(", ")", "&", "_")
TABLE_SQL = f"""
    CREATE VIRTUAL TABLE taxpayer_search USING fts5(
        doc, content = '', columnsize = 0, detail = none, prefix = '1 2 3',
        tokenize = "unicode61 remove_diacritics 2 tokenchars '{WHOLE_MARK}'"
    )
"""


def _compact(expr: str) -> str:
    for separator in _SEPARATORS:
        expr = f"replace({expr}, '{separator.replace(chr(39), chr(39) * 2)}', '')"
    return expr


def _whole(expr: str) -> str:
    return f" || coalesce(' {WHOLE_MARK}' || {_compact(expr)}, '')"


def _phone_variants(phone: str) -> str:
    """Every form an agent may type: international digits, national with and without 0."""
    digits = f"replace({phone}, '+', '')"
    return f"""CASE WHEN {phone} IS NULL THEN '' ELSE {digits}
        || CASE WHEN length({digits}) > 8 THEN ' ' || substr({phone}, -8) || ' 0' || substr({phone}, -8) ELSE '' END
        || CASE WHEN length({digits}) > 9 THEN ' ' || substr({phone}, -9) || ' 0' || substr({phone}, -9) ELSE '' END
    END"""


def document_sql(row: str, objects_where: str, extra_reference: str | None = None) -> str:
    """The indexed document of taxpayer `row` (a table alias, NEW or OLD), whose objects are
    those matching `objects_where` (plus `extra_reference`, an object just deleted)."""
    refs = (f"(SELECT group_concat(o.reference{_whole('o.reference')}, ' ') "
            f"FROM taxable_objects o WHERE {objects_where})")
    extra = "" if extra_reference is None else f" || ' ' || {extra_reference}{_whole(extra_reference)}"
    return (f"{row}.name || ' ' || coalesce({row}.business_name, '') || ' ' || {_phone_variants(row + '.phone')}"
            f" || ' ' || coalesce({row}.id_number, ''){_whole(row + '.name')}{_whole(row + '.business_name')}"
            f"{_whole(row + '.id_number')} || ' ' || coalesce({refs}, ''){extra}")


def _forget(row: str, objects_where: str, extra_reference: str | None = None) -> str:
    return (f"INSERT INTO taxpayer_search (taxpayer_search, rowid, doc) "
            f"SELECT 'delete', {row}.num, {document_sql(row, objects_where, extra_reference)}")


def _index(row: str) -> str:
    return f"INSERT INTO taxpayer_search (rowid, doc) SELECT {row}.num, {document_sql(row, f'o.taxpayer_num = {row}.num')}"


def _owner(num: str) -> str:
    return f" FROM taxpayers t WHERE t.num = {num}"


TRIGGERS = {
    "taxpayers_search_insert": f"AFTER INSERT ON taxpayers BEGIN {_index('NEW')}; END",
    "taxpayers_search_update": (
        "AFTER UPDATE OF name, business_name, phone, id_number ON taxpayers BEGIN "
        f"{_forget('OLD', 'o.taxpayer_num = OLD.num')}; {_index('NEW')}; END"),
    "taxpayers_search_delete": f"AFTER DELETE ON taxpayers BEGIN {_forget('OLD', 'o.taxpayer_num = OLD.num')}; END",
    # An object added: its owner's document without it, then with it.
    "taxable_objects_search_insert": (
        "AFTER INSERT ON taxable_objects BEGIN "
        f"{_forget('t', 'o.taxpayer_num = t.num AND o.num <> NEW.num')}{_owner('NEW.taxpayer_num')}; "
        f"{_index('t')}{_owner('NEW.taxpayer_num')}; END"),
    "taxable_objects_search_delete": (
        "AFTER DELETE ON taxable_objects BEGIN "
        f"{_forget('t', 'o.taxpayer_num = t.num', 'OLD.reference')}{_owner('OLD.taxpayer_num')}; "
        f"{_index('t')}{_owner('OLD.taxpayer_num')}; END"),
    # An object changed (reference, or owner): the old owner's document held OLD.reference;
    # a new owner's document did not hold the object at all.
    "taxable_objects_search_update": (
        "AFTER UPDATE OF reference, taxpayer_num ON taxable_objects BEGIN "
        f"{_forget('t', 'o.taxpayer_num = t.num AND o.num <> NEW.num', 'OLD.reference')}"
        f"{_owner('OLD.taxpayer_num')}; "
        f"{_forget('t', 'o.taxpayer_num = t.num AND o.num <> NEW.num')}{_owner('NEW.taxpayer_num')}"
        " AND NEW.taxpayer_num <> OLD.taxpayer_num; "
        f"{_index('t')}{_owner('OLD.taxpayer_num')}; "
        f"{_index('t')}{_owner('NEW.taxpayer_num')} AND NEW.taxpayer_num <> OLD.taxpayer_num; END"),
}


def create(conn: sqlite3.Connection) -> None:
    """(Re)create the index and its triggers, and fill it from the registry."""
    _drop_triggers(conn)
    conn.execute("DROP TABLE IF EXISTS taxpayer_search")
    conn.execute(TABLE_SQL)
    _create_triggers(conn)
    rebuild(conn)


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


def rebuild(conn: sqlite3.Connection) -> None:
    """Refill the whole index in set-based SQL, then merge it into one segment: smaller and
    faster to query."""
    conn.execute("INSERT INTO taxpayer_search (taxpayer_search) VALUES ('delete-all')")
    conn.execute(f"INSERT INTO taxpayer_search (rowid, doc) SELECT t.num, "
                 f"{document_sql('t', 'o.taxpayer_num = t.num')} FROM taxpayers t")
    optimise(conn)


def optimise(conn: sqlite3.Connection) -> None:
    conn.execute("INSERT INTO taxpayer_search (taxpayer_search) VALUES ('optimize')")
