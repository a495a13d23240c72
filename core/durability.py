"""What makes a commit durable beyond SQLite's own commit, and what guards against an older copy.

After every write transaction, `Durability.committed` copies the WAL into the main database file
(a FULL checkpoint), so that losing device.db-wal and device.db-shm afterwards loses nothing,
then moves the device's high-water mark (core/highwater.py) forward. When the store is opened,
`Durability.open` compares the database with that mark: a database behind it (an old copy, or a
file whose -wal was lost before the mark was written) refuses every write that appends events, so
no receipt number is issued twice; reads still work."""
from __future__ import annotations

import logging
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
import threading
from dataclasses import dataclass

from core import config
from core.errors import StorageFault
from core.highwater import Mark, MarkDamaged, MarkFile, mark_path
from core.verify import verify_store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Head:
    """The newest event and the receipt counter, read inside the committing transaction."""
    seq: int
    hash: str
    receipt_year: int
    receipt_seq: int

    def mark(self, pending: bool = False, base: "Head | None" = None) -> Mark:
        return Mark(self.seq, self.hash, self.receipt_year, self.receipt_seq, pending,
                    base.seq if base else 0, base.hash if base else "")


def read_head(conn: sqlite3.Connection) -> Head:
    last = conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    counter = conn.execute("SELECT year, last_seq FROM receipt_counters ORDER BY year DESC LIMIT 1").fetchone()
    return Head(last[0] if last else 0, last[1] if last else "", _counter(counter[0]) if counter else 0,
                _counter(counter[1]) if counter else 0)


def _counter(value: object) -> int:
    """The receipt counter as the mark stores it (32 bits). A counter edited outside Quittance into
    text or out of range is not the mark's to judge, and must not stop the file from opening:
    `verify` names the edited row."""
    return value if isinstance(value, int) and 0 <= value < 2**32 else 0


class Durability:
    def __init__(self, db_path: str, high_water: bool = True) -> None:
        self.db_path = db_path
        self.high_water = high_water
        self.refusal: StorageFault | None = None  # set when the database is behind its mark
        self._known: Head | None = None
        self._marks: MarkFile | None = None
        self._lock = threading.Lock()
        self.compared = False  # no mark moves before open() has compared it with the database

    # -- opening -------------------------------------------------------------------------
    def open(self, conn: sqlite3.Connection, wal_lost: bool) -> None:
        """Compare the database with the device's mark. A missing mark (first open on this
        machine, or a database made before marks existed) is written, not refused.

        `wal_lost`: the -wal file was missing when the store was opened. If the mark is pending
        too, the process stopped between a commit and the end of its checkpoint and the WAL that
        completes it is gone: the main file may hold part of that last, unacknowledged operation.
        It is checked; if whole, a database still at the operation's base simply never got it."""
        marks = self._mark_file(conn)
        head = read_head(conn)
        if marks is None:
            self._known, self.compared = head, True
            return
        if not wal_lost:
            try:  # what a crash left in the WAL goes into the main file first
                self.checkpoint(conn)
            except sqlite3.DatabaseError:
                pass  # e.g. a full disk: reading still works, and the next commit tries again
        try:
            mark = marks.read()
        except MarkDamaged:
            self.refusal = StorageFault("mark_damaged", mark=str(marks.path), path=self.db_path)
            self._known, self.compared = head, True
            return
        if mark is not None and mark.pending and wal_lost:
            tear = find_tear(conn)
            if tear is not None:
                self.refusal = StorageFault("ledger_torn", seq=mark.seq, path=self.db_path, detail=tear)
                self._known, self.compared = head, True
                return
            if (head.seq, head.hash) == (mark.base_seq, mark.base_hash) and head.seq < mark.seq:
                marks.advance(head.mark(), rewind=True)
                mark = head.mark()
        if mark is not None and mark.seq > head.seq:
            self.refusal = self._behind(conn, head, mark)
        elif mark is not None and mark.seq and _hash_at(conn, mark.seq) != mark.hash:
            self.refusal = StorageFault("ledger_diverged", seq=mark.seq, path=self.db_path)
        elif head.seq:
            marks.advance(head.mark())  # an OSError here leaves `compared` False: the retry opens again
        self._known, self.compared = head, True

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
        mark_failed: OSError | None = None
        try:
            appended = self._advance(conn, head, pending=True)
        except OSError as error:  # the checkpoint still runs: the commit must reach the main file
            appended, mark_failed = False, error
        try:
            complete = self.checkpoint(conn)
        except sqlite3.DatabaseError:
            if appended:  # acknowledged all the same (it is durable in the WAL): the mark says so
                self._advance(conn, head, pending=False)
            raise
        if not complete and appended:
            # A reader held an older snapshot past the busy timeout: the commit stays in the WAL
            # (synchronous=FULL made it durable there) and is acknowledged, so the mark says so.
            log.warning("checkpoint incomplete: a reader held the database past the busy timeout")
            self._advance(conn, head, pending=False)
        if mark_failed is not None:
            raise mark_failed

    @staticmethod
    def checkpoint(conn: sqlite3.Connection) -> bool:
        """Copy the WAL into the main file and fsync it; False if a reader kept it from finishing.
        Raises what failed (e.g. the main file cannot grow on a full disk)."""
        busy, log_frames, done = conn.execute("PRAGMA wal_checkpoint(FULL)").fetchone()
        return not busy and done >= log_frames

    def settle(self, conn: sqlite3.Connection) -> None:
        """At a clean close, after a complete checkpoint: the mark's operation is acknowledged."""
        with self._lock:
            marks = self._mark_file(conn)
            if marks is not None and self._known is not None and self._known.seq and self.refusal is None:
                marks.advance(self._known.mark())

    def _advance(self, conn: sqlite3.Connection, head: Head, pending: bool) -> bool:
        """Move the mark to `head`; False when the transaction appended no event."""
        with self._lock:
            known = self._known
            if not self.compared:  # e.g. the opening migration: the mark is compared first
                return False
            if pending and (head == known or head.seq < (known.seq if known else 0)):
                return False
            marks = self._mark_file(conn)
            if marks is not None and head.seq:
                marks.advance(head.mark(pending, known) if pending else head.mark())
            self._known = head
            return True


def find_tear(conn: sqlite3.Connection) -> str | None:
    """What shows that the main file holds part of an operation, or None. Structure first, then
    what receipt numbering relies on: gap-free events, counters equal to the payments."""
    problem = conn.execute("PRAGMA quick_check").fetchone()[0]
    if problem != "ok":
        return problem
    count, last = conn.execute("SELECT count(*), coalesce(max(seq), 0) FROM events").fetchone()
    if count != last:
        return f"events: {count} rows up to seq {last}"
    for year, counter in conn.execute("SELECT year, last_seq FROM receipt_counters").fetchall():
        highest = conn.execute("SELECT coalesce(max(receipt_seq), 0) FROM payments WHERE receipt_year = ?",
                               (year,)).fetchone()[0]
        if highest != counter:
            return f"receipt counter {year}: {counter}, payments up to {highest}"
    past_end = conn.execute("SELECT count(*) FROM payments WHERE event_seq > ?", (last,)).fetchone()[0]
    if past_end:
        return f"{past_end} payment(s) past the last event"
    device = config.load_device(conn)
    if device is not None:  # rare (a crash, then a lost -wal), so the whole check is affordable
        report = verify_store(conn, device.private_key)
        if not report.ok:
            return report.first_problem.message("en")
    return None


def _hash_at(conn: sqlite3.Connection, seq: int) -> str | None:
    row = conn.execute("SELECT hash FROM events WHERE seq = ?", (seq,)).fetchone()
    return row[0] if row else None
