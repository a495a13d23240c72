"""Taxpayer search: names (accent- and case-insensitive, by prefix of any word), phone,
identity number, taxable-object reference, and receipt number."""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from core.textnorm import fold

_RECEIPT_NO = re.compile(r"^[A-Za-z0-9]{2,8}-\d{4}(-\d{0,6})?$")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    taxpayer_id: str
    name: str
    business_name: str | None
    phone: str | None
    id_number: str | None
    zone: str | None
    status: str
    matched_receipt: str | None = None


def phone_variants(phone: str | None) -> str:
    """Every form an agent may type: full international digits, national with or without 0."""
    if not phone:
        return ""
    digits = re.sub(r"\D", "", phone)
    variants = {digits}
    for length in (8, 9):
        if len(digits) > length:
            variants.add(digits[-length:])
            variants.add("0" + digits[-length:])
    return " ".join(sorted(variants))


def _index_row(conn: sqlite3.Connection, num: int, taxpayer_id: str, name: str, business_name: str | None,
               phone: str | None, id_number: str | None) -> None:
    refs = " ".join(r[0] for r in conn.execute(
        "SELECT reference FROM taxable_objects WHERE taxpayer_id = ?", (taxpayer_id,)))
    conn.execute(
        "INSERT INTO taxpayer_search (rowid, names, phones, id_number, refs) VALUES (?,?,?,?,?)",
        (num, f"{name} {business_name or ''}".strip(), phone_variants(phone), id_number or "", refs),
    )


def reindex_taxpayer(conn: sqlite3.Connection, taxpayer_id: str) -> None:
    row = conn.execute(
        "SELECT num, id, name, business_name, phone, id_number FROM taxpayers WHERE id = ?", (taxpayer_id,)
    ).fetchone()
    if row is None:
        return
    conn.execute("DELETE FROM taxpayer_search WHERE rowid = ?", (row[0],))
    _index_row(conn, *row)


# The same tokens as phone_variants(), in SQL, so a rebuild of a million rows stays set-based.
_PHONE_VARIANTS_SQL = """
    CASE WHEN t.phone IS NULL THEN '' ELSE
        replace(t.phone, '+', '')
        || CASE WHEN length(replace(t.phone, '+', '')) > 8 THEN ' ' || substr(t.phone, -8) || ' 0' || substr(t.phone, -8) ELSE '' END
        || CASE WHEN length(replace(t.phone, '+', '')) > 9 THEN ' ' || substr(t.phone, -9) || ' 0' || substr(t.phone, -9) ELSE '' END
    END
"""


def reindex_all(conn: sqlite3.Connection) -> None:
    """Rebuild the whole index in set-based SQL: used by migrations and after bulk loads."""
    conn.execute("DELETE FROM taxpayer_search")
    conn.execute(
        f"""
        INSERT INTO taxpayer_search (rowid, names, phones, id_number, refs)
        SELECT t.num, trim(t.name || ' ' || coalesce(t.business_name, '')), {_PHONE_VARIANTS_SQL},
               coalesce(t.id_number, ''),
               coalesce((SELECT group_concat(o.reference, ' ') FROM taxable_objects o WHERE o.taxpayer_id = t.id), '')
        FROM taxpayers t
        """
    )


_PHONE_LIKE = re.compile(r"^\+?[\d\s().\-]{4,}$")


def fts_query(text: str) -> str | None:
    """Every word must match as a prefix, in any column. Quoting makes user text inert.
    Digits typed with spaces or dashes ('081 234 56') are one phone number, not three words."""
    if _PHONE_LIKE.match(text or ""):
        return '"' + re.sub(r"\D", "", text) + '"*'
    words = _WORD.findall(text or "")
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


_HIT_COLUMNS = ("t.id, t.name, t.business_name, t.phone, t.id_number, z.name, t.status")


def search_taxpayers(conn: sqlite3.Connection, text: str, limit: int = 20) -> list[SearchHit]:
    text = (text or "").strip()
    if not text:
        return []
    hits: list[SearchHit] = []
    if _RECEIPT_NO.match(text):
        hits.extend(_by_receipt(conn, text.upper(), limit))
    query = fts_query(text)
    if query and len(hits) < limit:
        seen = {hit.taxpayer_id for hit in hits}
        rows = conn.execute(
            f"""
            SELECT {_HIT_COLUMNS} FROM (
                SELECT rowid FROM taxpayer_search WHERE taxpayer_search MATCH ? LIMIT ?
            ) AS m
            JOIN taxpayers t ON t.num = m.rowid
            LEFT JOIN zones z ON z.id = t.zone_id
            """,
            (query, limit * 5),
        ).fetchall()
        ranked = sorted((SearchHit(*row) for row in rows if row[0] not in seen), key=lambda h: _rank(h, text))
        hits.extend(ranked[: limit - len(hits)])
    return hits


def _rank(hit: SearchHit, text: str) -> tuple:
    """Active before inactive, then a name that starts with the query, then alphabetical."""
    folded = fold(text)
    name = fold(hit.name)
    return (hit.status != "active", not name.startswith(folded), name)


def _by_receipt(conn: sqlite3.Connection, prefix: str, limit: int) -> list[SearchHit]:
    rows = conn.execute(
        f"""
        SELECT {_HIT_COLUMNS}, p.receipt_no FROM payments p
        JOIN taxpayers t ON t.id = p.taxpayer_id
        LEFT JOIN zones z ON z.id = t.zone_id
        WHERE p.receipt_no >= ? AND p.receipt_no < ? ORDER BY p.receipt_no LIMIT ?
        """,
        (prefix, prefix + "\uffff", limit),
    ).fetchall()
    return [SearchHit(*row) for row in rows]
