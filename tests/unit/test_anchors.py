"""Issue 8 §2: truncation needs an anchor outside the file. A ledger whose last events and rows
were deleted together (counters edited to match) still verifies on its own, because every
prefix of a signed chain is signed; a Q2 receipt in a citizen's hand, or the chain head printed
on a Z-report, contradicts it."""
from __future__ import annotations

from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
import tempfile
from pathlib import Path

import pytest

from core.token import ReceiptClaims, decode_token, make_token, verify_token
from tests.cli_support import run
from tests.unit.attacker import device_key, drop_triggers, rewrite_event

ROW_TABLES = ("payments", "voids", "receipt_prints", "cash_sessions", "cash_session_closings")


def verify_cli(path: Path, *anchors: str) -> tuple[int, str]:
    """`verify` as a supervisor runs it on a copy, on another machine: away from the device's
    high-water mark, which on the device itself reports a tail cut short on its own
    (tests/integration/test_high_water_mark.py). Here only the file and its anchors speak."""
    argv = ["verify", "--db", path]
    for anchor in anchors:
        argv += ["--anchor", anchor]
    done = run(*argv, env={"QUITTANCE_STATE_DIR": tempfile.mkdtemp(prefix="supervisor-state-")})
    return done.returncode, (done.stdout + done.stderr).strip()


@pytest.fixture
def two_sessions(ledger, taxpayer):
    """Session 1: three receipts, closed (its Z-report printed). Session 2: two more receipts."""
    ledger.open_session(0)
    first = [ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash")
             for _ in range(3)]
    z_report = ledger.close_session()
    ledger.open_session(0)
    second = [ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash")
              for _ in range(2)]
    path = ledger.store.path
    ledger.close()
    return path, first + second, z_report


def cut_after(path: Path, seq: int, receipts_left: int) -> None:
    """Delete every event after `seq` and the rows they wrote; make the counter agree."""
    conn = sqlite3.connect(path, isolation_level=None)
    drop_triggers(conn)
    for table in ROW_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE event_seq > ?", (seq,))
    conn.execute("DELETE FROM events WHERE seq > ?", (seq,))
    conn.execute("UPDATE receipt_counters SET last_seq = ?", (receipts_left,))
    conn.close()


def test_receipts_carry_the_seq_they_were_recorded_at(ledger, taxpayer):
    ledger.open_session(0)
    payment = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash")
    claims = verify_token(payment.token, ledger.device.public_key)
    seq = ledger.store.conn.execute("SELECT event_seq FROM payments WHERE id = ?", (payment.id,)).fetchone()[0]
    assert payment.token.startswith("Q2.") and claims.event_seq == seq
    assert claims.taxpayer_id == taxpayer and claims.device_id == ledger.device.id
    q1 = make_token(ReceiptClaims(*[getattr(claims, f) for f in ("receipt_no", "taxpayer_id", "tax_code", "period",
                                                                 "amount", "currency", "issued_at", "device_id")]),
                    ledger.device.private_key)
    assert q1.startswith("Q1.") and verify_token(q1, ledger.device.public_key).event_seq is None
    assert len(payment.token) <= len(q1) + 4, "Q2 keeps the QR code the size of Q1"


def test_the_intact_ledger_agrees_with_its_anchors(two_sessions):
    path, receipts, z_report = two_sessions
    code, out = verify_cli(path, receipts[-1].token, "https://mairie.example/v/" + receipts[0].token,
                           z_report.chain_head)
    assert code == 0, out
    assert "ancres vérifiées : 3" in out


def test_tail_cut_short_is_caught_by_a_receipt_in_a_citizens_hand(two_sessions):
    path, receipts, _ = two_sessions
    last = receipts[-1]
    seq = decode_token(last.token).event_seq
    cut_after(path, seq - 2, receipts_left=3)  # the last two receipts and their events are gone
    assert verify_cli(path)[0] == 0  # on its own, a signed prefix is a valid chain: the anchors are needed
    code, out = verify_cli(path, last.token)
    assert code == 1
    assert (f"le reçu {last.receipt_no} a été enregistré à l'événement n° {seq}, mais le registre s'arrête au "
            f"n° {seq - 2} : des événements ont été retranchés") in out


def test_tail_cut_short_is_caught_by_the_z_reports_chain_head(two_sessions):
    path, receipts, z_report = two_sessions
    head_seq = int(z_report.chain_head.split(".")[1])
    cut_after(path, head_seq - 1, receipts_left=2)  # even the last receipt of the closed session
    code, out = verify_cli(path, z_report.chain_head)
    assert code == 1
    assert f"un rapport Z imprimé à la clôture montre l'événement n° {head_seq}, mais le registre s'arrête" in out


def test_events_rewritten_under_a_printed_head_are_named_even_when_signed_again(two_sessions):
    """With the device's own key (the device misused, or its key copied) a rewrite verifies on
    its own; the Z-report printed before still contradicts it."""
    path, _, z_report = two_sessions
    conn = sqlite3.connect(path, isolation_level=None)
    drop_triggers(conn)
    opened = conn.execute("SELECT min(event_seq) FROM cash_sessions").fetchone()[0]
    rewrite_event(conn, opened, lambda body: body["data"].update(opening_float=500_000), device_key(conn))
    conn.execute("UPDATE cash_sessions SET opening_float = 500000 WHERE event_seq = ?", (opened,))
    conn.close()
    assert verify_cli(path)[0] == 0
    code, out = verify_cli(path, z_report.chain_head)
    assert code == 1 and "ne correspond pas à l'événement du registre (réécrit)" in out


def test_an_anchor_not_signed_by_the_device_is_refused(two_sessions):
    path, receipts, z_report = two_sessions
    prefix, seq, short, signature = z_report.chain_head.split(".")
    forged = f"{prefix}.{int(seq) + 50}.{short}.{signature}"
    code, out = verify_cli(path, forged)
    assert code == 1 and "n'est pas signé par la clé de cet appareil" in out


def test_a_legacy_q1_receipt_missing_from_the_ledger_is_named(two_sessions, tmp_path):
    path, receipts, _ = two_sessions
    conn = sqlite3.connect(path)
    import json

    key = json.loads(conn.execute("SELECT value FROM settings WHERE key = 'device'").fetchone()[0])["private_key"]
    conn.close()
    claims = decode_token(receipts[0].token)
    q1 = make_token(ReceiptClaims("T07-2025-000042", claims.taxpayer_id, "PAT", "2025", 50_000, "CDF",
                                  "2025-06-01T10:00:00.000Z", claims.device_id), key)
    code, out = verify_cli(path, q1)
    assert code == 1 and "le reçu T07-2025-000042 n'est pas au registre" in out


@pytest.mark.parametrize("typed", ["", "garbage", "H1.x.y.z", "Q2.abc.def", "https://mairie.example/v/"])
def test_an_anchor_that_is_no_anchor_at_all_is_refused_not_called_tampering(two_sessions, typed):
    """A slip of the supervisor's keyboard printed "ALTÉRÉ : garbage n'est pas signé…", exit 1:
    a verdict on the ledger that the ledger did nothing to deserve."""
    path, _, _ = two_sessions
    code, out = verify_cli(path, typed)
    assert code == 2, out
    assert "ALTÉRÉ" not in out and "n'est ni le texte du QR code d'un reçu" in out
