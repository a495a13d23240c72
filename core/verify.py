"""`verify`: walk the whole event chain, check the newest signature against the key the device
was initialised with, replay the chain and compare every table built from it, check the receipt
numbering and any anchors given from outside the file; name the first break."""
from __future__ import annotations

import json
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from core.anchors import check_anchor
from core.closing_audit import ClosingAudit
from core.errors import StorageFault
from core.events import GENESIS_HASH, chain_hash
from core.handover import handover_valid
from core.keys import event_signature_valid, public_key_of
from core.problems import Problem
from core.replay import ReplayedEvent, replay_and_compare

__all__ = ["Problem", "VerifyReport", "mark_problem", "verify_store"]


@dataclass
class VerifyReport:
    events: int = 0
    payments: int = 0
    voids: int = 0
    last_seq: int = 0
    last_hash: str = GENESIS_HASH
    public_key: str = ""  # from the device's first event: compare it with the one registered at enrollment
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first_problem(self) -> Problem | None:
        return self.problems[0] if self.problems else None


def verify_store(conn: sqlite3.Connection, settings_private_key: str | None,
                 anchors: Iterable[str] = (), identity: tuple[str, str] | None = None,
                 server_key: str | None = None) -> VerifyReport:
    """`identity`: the device id and code in the settings, when the device is initialised; they
    must be the ones its first event recorded (the id names the high-water mark, the code every
    receipt number), and an initialised device has at least that first event. `server_key`: the
    server key the settings trust (None: not checked); once an event recorded one (enrollment, a
    key hand-over), it must be the last one recorded, or a swapped key would let forged pages in."""
    report = VerifyReport()
    walk = _ChainWalk(conn, report)
    closings = ClosingAudit()
    compared = replay_and_compare(conn, closings.watch(walk))
    chain_intact = walk.intact
    if chain_intact:
        _check_numbering(conn, report, walk.receipts)
        report.problems += closings.problems + compared
        _check_head_signature(conn, report, walk.head_signature)
    if chain_intact and None not in (server_key, walk.server_key) and server_key != walk.server_key:
        report.problems.append(Problem.of(None, "server_key_mismatch", found=server_key, recorded=walk.server_key))
    if identity is not None:
        _check_identity(report, walk.genesis, identity, settings_private_key)
    elif report.public_key and settings_private_key and _derived(settings_private_key) != report.public_key:
        report.problems.append(Problem.of(None, "key_mismatch"))
    if report.public_key:
        for anchor in anchors:
            problem = check_anchor(conn, anchor, report.public_key, report.last_seq)
            if problem is not None:
                report.problems.append(problem)
    report.payments = conn.execute("SELECT count(*) FROM payments").fetchone()[0]
    report.voids = conn.execute("SELECT count(*) FROM voids").fetchone()[0]
    report.problems.sort(key=lambda p: (p.seq is None, p.seq or 0))
    return report


class _ChainWalk:
    """Iterates the events in seq order while checking every link; stops at the first break.
    Past a break nothing can be trusted, and the rows after it would only repeat the same news."""

    def __init__(self, conn: sqlite3.Connection, report: VerifyReport) -> None:
        self.conn, self.report = conn, report
        self.intact = True
        self.head_signature: str | None = None
        self.receipts: list[str] = []
        self.genesis: dict | None = None  # the first event's data, when it is the device's initialisation
        self.server_key: str | None = None  # the server key the events recorded last

    def _break(self, seq: int, code: str, **params: object) -> None:
        self.intact = False
        self.report.problems.append(Problem.of(seq, code, **params))

    def __iter__(self) -> Iterator[ReplayedEvent]:
        report = self.report
        expected_seq, prev_hash, prev_signature = 1, GENESIS_HASH, None
        for seq, event_id, event_type, entity_id, device_time, payload, stored_prev, stored_hash, signature in \
                self.conn.execute("SELECT seq, id, type, entity_id, device_time, payload, prev_hash, hash, signature "
                                  "FROM events ORDER BY seq"):
            report.events += 1
            if seq != expected_seq:
                return self._break(expected_seq, "event_missing", next=seq)
            if stored_prev != prev_hash:
                if report.public_key and not event_signature_valid(report.public_key, prev_hash, prev_signature):
                    # Name the event that was rewritten, not only the link it broke.
                    report.problems.append(Problem.of(seq - 1, "event_signature"))
                return self._break(seq, "prev_hash")
            if chain_hash(stored_prev, payload) != stored_hash:
                return self._break(seq, "hash")
            try:
                body = json.loads(payload)
                data = body["data"]
            except (ValueError, KeyError, TypeError):
                return self._break(seq, "not_json")
            if body.get("seq") != seq or body.get("type") != event_type or body.get("id") != event_id:
                return self._break(seq, "reordered")
            if body.get("device_time") != device_time or body.get("entity_id") != entity_id:
                return self._break(seq, "event_columns")
            if seq == 1:
                if event_type != "device.initialised" or not isinstance(data.get("public_key"), str):
                    return self._break(seq, "no_genesis")
                report.public_key = data["public_key"]
                self.genesis = data
            elif event_type == "device.enrolled" and self.genesis is not None \
                    and isinstance(data.get("device_code"), str):
                # The server's configuration wins at enrollment, device code included: from here on
                # the settings must hold the code this event recorded (the id and key never change).
                self.genesis = {**self.genesis, "device_code": data["device_code"]}
            if event_type == "device.enrolled" and isinstance(data.get("server_public_key"), str):
                self.server_key = data["server_public_key"]
            elif event_type == "device.server_key_changed":
                # A hand-over counts only if the key recorded before it signed it.
                if self.server_key is None or not handover_valid(self.server_key, data):
                    report.problems.append(Problem.of(seq, "server_key_handover"))
                else:
                    self.server_key = data["public_key"]
            if event_type == "payment.recorded":
                # No Ed25519 check per receipt: the chain's signature vouches for every token it carries,
                # and the replay compares each payment row, token included, with its event.
                self.receipts.append(data.get("receipt_no", ""))
            expected_seq, prev_hash = seq + 1, stored_hash
            report.last_seq, report.last_hash, self.head_signature = seq, stored_hash, signature
            prev_signature = signature
            yield ReplayedEvent(seq, event_type, entity_id, body.get("device_id"), body.get("device_time"),
                                body.get("schema", 1), data, stored_hash)


def _derived(private_key: object) -> str | None:
    try:
        return public_key_of(private_key) if isinstance(private_key, str) else None
    except ValueError:
        return None


def _check_identity(report: VerifyReport, genesis: dict | None, identity: tuple[str, str],
                    private_key: str | None) -> None:
    """The settings of an initialised device against its first event: a chain emptied with its
    rows, a device id edited (which would also name another high-water mark) or a device code
    edited (which would number receipts as another device's) are reported, as is the key."""
    if genesis is None:
        if not report.problems:
            report.problems.append(Problem.of(1, "no_genesis"))
        return
    for name, found, recorded in (("id", identity[0], genesis.get("device_id")),
                                  ("code", identity[1], genesis.get("device_code"))):
        if found != recorded:
            report.problems.append(Problem.of(None, "identity_mismatch", field=name, found=found, recorded=recorded))
    public_key = _derived(private_key)
    if public_key is None:
        report.problems.append(Problem.of(None, "key_unreadable"))
    elif report.public_key and public_key != report.public_key:
        report.problems.append(Problem.of(None, "key_mismatch"))


def _check_head_signature(conn: sqlite3.Connection, report: VerifyReport, signature: str | None) -> None:
    """One Ed25519 check: the newest event's, against the key recorded in the first event."""
    if report.last_seq and not event_signature_valid(report.public_key, report.last_hash, signature):
        report.problems.append(Problem.of(report.last_seq, "chain_signature"))


def _check_numbering(conn: sqlite3.Connection, report: VerifyReport, receipts: list[str]) -> None:
    """Receipt numbers, per year, must run 1..N with none missing, up to the counter."""
    by_year: dict[int, set[int]] = {}
    prefix_of: dict[int, str] = {}
    for receipt_no in receipts:
        device_code, year, seq = receipt_no.rsplit("-", 2)
        by_year.setdefault(int(year), set()).add(int(seq))
        prefix_of[int(year)] = f"{device_code}-{year}"
    # A counter edited into text is named by the replay's comparison; here it would only be a TypeError.
    counters = {year: last for year, last in conn.execute("SELECT year, last_seq FROM receipt_counters")
                if isinstance(year, int) and isinstance(last, int)}
    for year in sorted(set(by_year) | set(counters)):
        numbers = by_year.get(year, set())
        top = max(counters.get(year, 0), max(numbers, default=0))
        prefix = prefix_of.get(year) or f"?-{year}"
        for expected in range(1, top + 1):
            if expected not in numbers:
                report.problems.append(Problem.of(None, "number_missing", receipt_no=f"{prefix}-{expected:06d}"))
                break


def mark_problem(refusal: StorageFault | None) -> Problem | None:
    """What the device's high-water mark, an anchor outside the file, says about this database:
    behind it (an older copy, or a tail cut short with its counters), diverged from it, or torn."""
    if refusal is None:
        return None
    params = refusal.params
    if refusal.code in ("ledger_behind", "ledger_behind_receipts"):
        return Problem.of(None, "behind_mark", first=params["first"], last=params["last"], count=params["count"])
    if refusal.code == "ledger_diverged":
        return Problem.of(params["seq"], "diverged_mark")
    if refusal.code == "ledger_torn":
        return Problem.of(params["seq"], "torn_mark", detail=params.get("detail", ""))
    return None
