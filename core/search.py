"""Taxpayer search: names (accent- and case-insensitive, by prefix of any word), phone,
identity number, taxable-object reference, and receipt number, ranked by how well they match.

The index itself, and how it stays up to date, is core/search_index.py."""
from __future__ import annotations

import re
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
import unicodedata
from dataclasses import dataclass

from core.textnorm import fold

_RECEIPT_NO = re.compile(r"^[A-Za-z0-9]{2,8}-\d{4}(-\d{0,6})?$")
_WHOLE_RECEIPT_NO = re.compile(r"^[A-Za-z0-9]{2,8}-\d{4}-\d{6}$")
_TOKEN = re.compile(r"[^\W_]+")  # what the unicode61 tokenizer keeps as one token
_PHONE_LIKE = re.compile(r"^\+?[\d\s().\-]{4,}$")

# Match quality, best first: what the agent typed is the whole name, phone, identity number,
# object reference or receipt number; every word typed is a whole word of the record; a prefix
# match. Within each, a name that starts with what was typed comes first.
WHOLE, WHOLE_WORDS, PREFIX = range(3)


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


def _words(text: str) -> list[str]:
    return _TOKEN.findall(unicodedata.normalize("NFC", text or ""))


def compact(text: str) -> str:
    """The whole-text form core/search_index.py indexes: words run together."""
    return "".join(_words(text))


def _quoted(token: str, prefix: bool = False) -> str:
    return '"' + token.replace('"', '""') + '"' + ("*" if prefix else "")


def _phone_forms(text: str) -> list[str]:
    """A national number typed with its leading 0 is indexed without it."""
    digits = re.sub(r"\D", "", text)
    return [digits, digits[1:]] if digits.startswith("0") and len(digits) > 1 else [digits]


def fts_query(text: str) -> str | None:
    """Every word must match as a prefix. Quoting makes user text inert.
    Digits typed with spaces or dashes ('081 234 56') are one phone number, not three words."""
    if _PHONE_LIKE.match(text or ""):
        return " OR ".join(_quoted(form, prefix=True) for form in _phone_forms(text))
    words = _words(text)
    return " ".join(_quoted(word, prefix=True) for word in words) if words else None


def _whole_words_query(text: str) -> str | None:
    """Every word typed is a whole word of the record; for a phone, the whole number."""
    if _PHONE_LIKE.match(text):
        return " OR ".join(_quoted(form) for form in _phone_forms(text))
    words = _words(text)
    return " ".join(_quoted(word) for word in words) if words else None


_HIT_COLUMNS = "t.id, t.name, t.business_name, t.phone, t.id_number, z.name, t.status"


def _matching(conn: sqlite3.Connection, table: str, query: str, limit: int) -> list[SearchHit]:
    # A taxpayer withdrawn from the device's zones (core/withdrawals.py) is not offered; it is
    # left out inside the limit, so it takes no place of another. Its receipts still find it.
    rows = conn.execute(
        f"""
        SELECT {_HIT_COLUMNS} FROM (
            SELECT rowid FROM {table} WHERE {table} MATCH ? AND rowid NOT IN
                (SELECT t.num FROM withdrawn_taxpayers w JOIN taxpayers t ON t.id = w.taxpayer_id) LIMIT ?
        ) AS m
        JOIN taxpayers t ON t.num = m.rowid
        LEFT JOIN zones z ON z.id = t.zone_id
        """,
        (query, limit),
    ).fetchall()
    return [SearchHit(*row) for row in rows]


def search_taxpayers(conn: sqlite3.Connection, text: str, limit: int = 20) -> list[SearchHit]:
    """Up to `limit` taxpayers, best match first, then active before inactive, then by name."""
    text = (text or "").strip()
    if not text:
        return []
    found: dict[str, tuple[int, SearchHit]] = {}

    def add(hits: list[SearchHit], quality: int) -> None:
        for hit in hits:
            if hit.taxpayer_id not in found:
                found[hit.taxpayer_id] = (quality, hit)

    if _RECEIPT_NO.match(text):
        receipt_quality = WHOLE if _WHOLE_RECEIPT_NO.match(text) else PREFIX
        add(_by_receipt(conn, text.upper(), limit), receipt_quality)
    phone = bool(_PHONE_LIKE.match(text))
    whole = compact(text)
    # Better matches are looked up first, each in the index, so that a whole name is found even
    # among thousands of prefix matches; the wider queries only fill what is left.
    # Twice the page is read from the wider ones, to bring names starting with the text forward.
    lookups = (
        ("taxpayer_whole", None if phone or not whole else _quoted(whole), WHOLE, limit),
        ("taxpayer_search", _whole_words_query(text), WHOLE if phone else WHOLE_WORDS, limit * 2),
        ("taxpayer_search", fts_query(text), PREFIX, limit * 2),
    )
    for table, query, quality, fetch in lookups:
        if query is None or sum(1 for q, _ in found.values() if q <= quality) >= limit:
            continue
        try:
            add(_matching(conn, table, query, fetch), quality)
        except sqlite3.OperationalError:
            continue  # text the full-text parser refuses matches nothing
    folded = fold(text)

    def rank(entry: tuple[int, SearchHit]) -> tuple:
        quality, hit = entry
        name = fold(hit.name)
        return (quality, not name.startswith(folded), hit.status != "active", name, hit.taxpayer_id)

    return [hit for _, hit in sorted(found.values(), key=rank)[:limit]]


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
