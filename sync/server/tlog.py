"""The public transparency log (issue 14): every accepted event's hash is a leaf of an RFC 9162
Merkle tree, appended in the push's own transaction (sync/server/push.py), in the order pushes
commit.

Leaf data = the event's hash as the protocol carries it, decoded from hex: 32 bytes. The leaf hash
is SHA-256(0x00 ‖ those 32 bytes) (sync/PROTOCOL.md, "Transparency log"). Every complete subtree's
hash is stored (`tlog_nodes`, leaves at level 0), so a proof at ten million leaves reads a few
dozen rows by primary key and hashes nothing but the right edge."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, func, select, text, tuple_

from core import merkle
from sync.server.bulk import insert_rows
from sync.server.db import is_postgres
from sync.server.schema import events, tlog_leaves, tlog_nodes

LOCK_ID = 771021  # pg_advisory_xact_lock: one append at a time, in commit order
FETCH_CHUNK = 500


class LogError(Exception):
    """A request the log cannot answer (a size it has not reached), or a node missing from it."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def leaf_of_event_hash(event_hash_hex: str) -> bytes:
    """The leaf hash of an event: SHA-256(0x00 ‖ the event's 32-byte hash)."""
    return merkle.leaf_hash(bytes.fromhex(event_hash_hex))


def size(conn: Connection) -> int:
    last = conn.execute(select(func.max(tlog_leaves.c.idx))).scalar_one()
    return 0 if last is None else last + 1


def fetch_nodes(conn: Connection, wanted: Iterable[merkle.Node]) -> dict[merkle.Node, bytes]:
    wanted = sorted(set(wanted))
    found: dict[merkle.Node, bytes] = {}
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    for start in range(0, len(wanted), FETCH_CHUNK):
        by_level: dict[int, list[int]] = {}
        for level, idx in wanted[start:start + FETCH_CHUNK]:
            by_level.setdefault(level, []).append(idx)
        # One "level = L AND idx IN (…)" per level, OR-ed: both databases answer each from the
        # primary key (SQLite scans the whole table for a row-value IN list). Written for the
        # driver, with bound parameters only: building it as SQLAlchemy expressions cost twice
        # the query itself, and a proof must stay within milliseconds.
        terms, params = [], []
        for level, idxs in by_level.items():
            terms.append(f"(level = {mark} AND idx IN ({', '.join([mark] * len(idxs))}))")
            params += [level, *idxs]
        rows = conn.exec_driver_sql(f"SELECT level, idx, hash FROM tlog_nodes WHERE {' OR '.join(terms)}",
                                    tuple(params))
        found.update({(level, idx): bytes(value) for level, idx, value in rows})
    missing = [node for node in wanted if node not in found]
    if missing:
        raise LogError("log_damaged", f"the log's node {missing[0]} is missing")
    return found


def append(conn: Connection, entries: list[tuple[str, int, str]]) -> int:
    """Append (device_id, seq, event hash hex) leaves in this transaction; the first new index."""
    if not entries:
        return size(conn)
    if is_postgres(conn):  # SQLite's BEGIN IMMEDIATE already holds the one write lock
        conn.execute(text(f"SELECT pg_advisory_xact_lock({LOCK_ID})"))
    start = size(conn)
    frontier = fetch_nodes(conn, merkle.range_nodes(0, start))
    nodes = merkle.new_nodes(start, [leaf_of_event_hash(h) for _, _, h in entries], frontier)
    insert_rows(conn, tlog_leaves, [{"idx": start + i, "device_id": d, "seq": s}
                                    for i, (d, s, _) in enumerate(entries)])
    insert_rows(conn, tlog_nodes, [{"level": level, "idx": idx, "hash": value}
                                   for (level, idx), value in sorted(nodes.items())])
    return start


def backfill(conn: Connection, batch: int = 10_000) -> int:
    """Append every stored event not in the log yet, in arrival order (revision 0021, and a
    server whose events predate the log). Returns how many were appended."""
    logged = size(conn)
    done, after = 0, None
    while True:
        query = select(events.c.device_id, events.c.seq, events.c.hash, events.c.arrival).order_by(events.c.arrival)
        if after is not None:
            query = query.where(events.c.arrival > after)
        rows = conn.execute(query.limit(batch)).all()
        if not rows:
            return done
        after = rows[-1].arrival
        if logged:  # a log already begun: only the events it does not hold
            held = {(r.device_id, r.seq) for r in conn.execute(select(tlog_leaves.c.device_id, tlog_leaves.c.seq)
                    .where(tuple_(tlog_leaves.c.device_id, tlog_leaves.c.seq).in_([(r.device_id, r.seq)
                                                                                    for r in rows])))}
            rows = [r for r in rows if (r.device_id, r.seq) not in held]
        append(conn, [(r.device_id, r.seq, r.hash) for r in rows])
        done += len(rows)


def _check_size(conn: Connection, tree_size: int) -> None:
    current = size(conn)
    if tree_size > current:
        raise LogError("log_size_unknown", f"the log has {current} leaves, not {tree_size}")


def root(conn: Connection, tree_size: int) -> bytes:
    _check_size(conn, tree_size)
    return merkle.range_hash(0, tree_size, fetch_nodes(conn, merkle.range_nodes(0, tree_size)))


def leaf_hash(conn: Connection, index: int) -> bytes:
    return fetch_nodes(conn, [(0, index)])[(0, index)]


def inclusion(conn: Connection, index: int, tree_size: int) -> list[bytes]:
    _check_size(conn, tree_size)
    if not 0 <= index < tree_size:
        raise LogError("log_index_unknown", f"leaf {index} is not in a tree of {tree_size} leaves")
    return merkle.build(merkle.inclusion_ranges(index, tree_size), lambda w: fetch_nodes(conn, w))


def consistency(conn: Connection, first: int, second: int) -> list[bytes]:
    _check_size(conn, second)
    if not 0 <= first <= second:
        raise LogError("log_size_unknown", f"no consistency proof from {first} to {second} leaves")
    return merkle.build(merkle.consistency_ranges(first, second), lambda w: fetch_nodes(conn, w))


def index_of_event(conn: Connection, device_id: str, seq: int) -> int | None:
    return conn.execute(select(tlog_leaves.c.idx).where(tlog_leaves.c.device_id == device_id,
                                                        tlog_leaves.c.seq == seq)).scalar_one_or_none()



def index_of_leaf(conn: Connection, leaf: bytes) -> int | None:
    """The first leaf index holding this leaf hash (an event hash appears once; a leaf hash
    twice would take a SHA-256 collision)."""
    return conn.execute(select(func.min(tlog_nodes.c.idx)).where(tlog_nodes.c.level == 0,
                                                                 tlog_nodes.c.hash == leaf)).scalar_one()
