"""What makes a commit durable beyond SQLite's own commit, and what guards against an older copy.

After every write transaction, `Durability.committed` copies the WAL into the main database file
(a FULL checkpoint), so that losing device.db-wal and device.db-shm afterwards loses nothing,
then moves the device's high-water mark (core/highwater.py) forward. When the store is opened,
`Durability.open` compares the database with that mark: a database behind it (an old copy, or a
file whose -wal was lost before the mark was written) refuses every write that appends events, so
no receipt number is issued twice; reads still work."""
from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass

from core import config
from core.errors import StorageFault
from core.highwater import Mark, MarkFile, mark_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Head:
    """The newest event and the receipt counter, read inside the committing transaction."""
    seq: int
    hash: str
    receipt_year: int
    receipt_seq: int

    def mark(self) -> Mark:
        return Mark(self.seq, self.hash, self.receipt_year, self.receipt_seq)


def read_head(conn: sqlite3.Connection) -> Head:
    last = conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    counter = conn.execute("SELECT year, last_seq FROM receipt_counters ORDER BY year DESC LIMIT 1").fetchone()
    return Head(last[0] if last else 0, last[1] if last else "", counter[0] if counter else 0,
                counter[1] if counter else 0)


class Durability:
    def __init__(self, db_path: str, high_water: bool = True) -> None:
        self.db_path = db_path
        self.high_water = high_water
        self.refusal: StorageFault | None = None  # set when the database is behind its mark
        self._known: Head | None = None
        self._marks: MarkFile | None = None
        self._lock = threading.Lock()

    # -- opening -------------------------------------------------------------------------
    def open(self, conn: sqlite3.Connection) -> None:
        """Compare the database with the device's mark. A missing mark (first open on this
        machine, or a database made before marks existed) is written, not refused."""
        marks = self._mark_file(conn)
        head = read_head(conn)
        if marks is None:
            self._known = head
            return
        mark = marks.read()
        if mark is not None and mark.seq > head.seq:
            self.refusal = self._behind(conn, head, mark)
        elif mark is not None and mark.seq and _hash_at(conn, mark.seq) != mark.hash:
            self.refusal = StorageFault("ledger_diverged", seq=mark.seq, path=self.db_path)
        elif head.seq:
            marks.advance(head.mark())  # an OSError leaves _known unset, so the retry writes it
        self._known = head

    def _behind(self, conn: sqlite3.Connection, head: Head, mark: Mark) -> StorageFault:
        params = dict(first=head.seq + 1, last=mark.seq, count=mark.seq - head.seq, path=self.db_path)
        row = conn.execute("SELECT last_seq FROM receipt_counters WHERE year = ?", (mark.receipt_year,)).fetchone()
        have = row[0] if row else 0
        device = config.load_device(conn)
        if mark.receipt_seq > have and device is not None:
            number = f"{device.code}-{mark.receipt_year}-{{:06d}}"
            return StorageFault("ledger_behind_receipts", first_receipt=number.format(have + 1),
                                last_receipt=number.format(mark.receipt_seq), receipts=mark.receipt_seq - have,
                                **params)
        return StorageFault("ledger_behind", **params)

    def _mark_file(self, conn: sqlite3.Connection) -> MarkFile | None:
        if self._marks is None and self.high_water:
            device = config.load_device(conn)
            if device is not None:
                self._marks = MarkFile(mark_path(device.id))
        return self._marks

    # -- committing ----------------------------------------------------------------------
    def before_commit(self, conn: sqlite3.Connection) -> Head:
        """Inside the transaction: the head it will commit. Refused if it appends events to a
        database that is behind its mark."""
        head = read_head(conn)
        if self.refusal is not None and head != self._known:
            raise self.refusal
        return head

    def committed(self, conn: sqlite3.Connection, head: Head) -> None:
        """After COMMIT: the WAL into the main file, then the mark. Raises what failed (the
        transaction itself stays committed, in the WAL at least)."""
        failed: BaseException | None = None
        try:
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
            if busy:
                # A reader held an older snapshot past the busy timeout: the commit stays in the
                # WAL until the next checkpoint, and the mark below still records it.
                log.warning("checkpoint incomplete: a reader held the database past the busy timeout")
        except sqlite3.DatabaseError as error:  # e.g. the main file cannot grow on a full disk
            failed = error
        self._advance(conn, head)
        if failed is not None:
            raise failed

    def _advance(self, conn: sqlite3.Connection, head: Head) -> None:
        with self._lock:
            if head == self._known or head.seq < (self._known.seq if self._known else 0):
                return
            marks = self._mark_file(conn)
            if marks is not None and head.seq:
                marks.advance(head.mark())
            self._known = head


def _hash_at(conn: sqlite3.Connection, seq: int) -> str | None:
    row = conn.execute("SELECT hash FROM events WHERE seq = ?", (seq,)).fetchone()
    return row[0] if row else None
