"""The high-water mark outside the database: an older copy restored, or a file that lost its
-wal before the mark caught up, refuses to issue numbers and says what is missing (invariant 7)."""
import shutil
import stat
from pathlib import Path

from core.highwater import mark_path
from core.service import Ledger
from tests.conftest import add_assessed_taxpayer, make_ledger
from tests.cli_support import run as run_cli
from tests.device_sqlite import copy_device


def _pay(db: Path, taxpayer: str) -> str:
    result = run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", taxpayer, "--tax", "PAT", "--period", "2026", "--amount", "100",
                     "--method", "cash", "--advance")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _device(db: Path) -> str:
    ledger = make_ledger(db)
    taxpayer = add_assessed_taxpayer(ledger)
    ledger.open_session(0)
    ledger.close()
    return taxpayer


def test_a_restored_older_copy_refuses_to_issue_numbers_and_says_what_is_missing(tmp_path):
    db = tmp_path / "device.db"
    taxpayer = _device(db)
    assert _pay(db, taxpayer) == "T07-2026-000001"
    backup = tmp_path / "backup.db"
    shutil.copy(db, backup)  # only the main file: every acknowledged commit is already in it
    issued = [_pay(db, taxpayer) for _ in range(3)]
    assert issued[-1] == "T07-2026-000004"

    shutil.copy(backup, db)  # the agent "restores" last week's copy
    result = run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", taxpayer, "--tax", "PAT", "--period", "2026", "--amount", "100",
                     "--method", "cash", "--advance")
    assert result.returncode == 3
    assert result.stdout == ""
    assert "plus ancienne" in result.stderr
    assert "3 reçu(s), n° T07-2026-000002 à T07-2026-000004" in result.stderr
    assert "Traceback" not in result.stderr
    # Reads still work: the supervisor can look, and verify says what the device's mark knows is
    # missing rather than "intact" (it said "Intègre" before a hostile review).
    verify = run_cli("verify", "--db", db)
    assert verify.returncode == 1, verify.stderr
    assert verify.stdout.startswith("ALTÉRÉ : il manque les événements n° 7 à 9 (3) : la marque de l'appareil")
    assert run_cli("search", "--db", db, "kabasele").returncode == 0
    session = run_cli("session", "close", "--as", "Ilunga Kabeya", "--db", db)
    assert session.returncode == 3 and "plus ancienne" in session.stderr


def test_the_newest_copy_put_back_works_again(tmp_path):
    db = tmp_path / "device.db"
    taxpayer = _device(db)
    newest = tmp_path / "newest.db"
    old = tmp_path / "old.db"
    shutil.copy(db, old)
    _pay(db, taxpayer)
    shutil.copy(db, newest)
    shutil.copy(old, db)
    assert run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", taxpayer, "--tax", "PAT", "--period", "2026", "--amount", "100",
                   "--method", "cash", "--advance").returncode == 3
    shutil.copy(newest, db)
    assert _pay(db, taxpayer) == "T07-2026-000002"


def test_a_copy_that_went_its_own_way_is_refused(tmp_path, monkeypatch):
    db = tmp_path / "device.db"
    taxpayer = _device(db)
    other = tmp_path / "elsewhere" / "device.db"
    other.parent.mkdir()
    copy_device(db, other)  # with its key envelope
    _pay(db, taxpayer)
    # The copy is used on another machine (its own state folder), where it records two payments.
    elsewhere = {"QUITTANCE_STATE_DIR": str(tmp_path / "other-state")}
    for _ in range(2):
        assert run_cli("pay", "--as", "Ilunga Kabeya", "--db", other, "--taxpayer", taxpayer, "--tax", "PAT", "--period", "2026",
                       "--amount", "100", "--method", "cash", "--advance", env=elsewhere).returncode == 0
    shutil.copy(other, db)
    result = run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", taxpayer, "--tax", "PAT", "--period", "2026", "--amount", "100",
                     "--method", "cash", "--advance")
    assert result.returncode == 3
    assert "ne correspond pas" in result.stderr


def test_a_missing_mark_is_created_not_refused(tmp_path, state_dir):
    db = tmp_path / "device.db"
    taxpayer = _device(db)
    ledger = Ledger.open(db)
    device_id = ledger.device.id
    ledger.close()
    mark = mark_path(device_id)
    assert mark.parent == state_dir and mark.exists()
    mark.unlink()  # first open on a new machine: the database moved, its mark did not
    assert _pay(db, taxpayer) == "T07-2026-000001"
    assert mark.exists()
    assert stat.S_IMODE(mark.stat().st_mode) == 0o600


def test_a_mark_that_cannot_be_written_stops_writes_not_reads(tmp_path):
    db = tmp_path / "device.db"
    taxpayer = _device(db)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    nowhere = {"QUITTANCE_STATE_DIR": str(blocked / "state")}  # the mark's folder cannot be made
    result = run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", taxpayer, "--tax", "PAT", "--period", "2026",
                     "--amount", "100", "--method", "cash", "--advance", env=nowhere)
    assert result.returncode == 3, result.stderr
    assert str(blocked) in result.stderr and "Traceback" not in result.stderr
    assert run_cli("search", "--db", db, "kabasele", env=nowhere).returncode == 0
    assert _pay(db, taxpayer) == "T07-2026-000001"  # where the mark can be written, nothing was lost


def _crash_between_mark_and_checkpoint(db: Path) -> None:
    """The mark a kill leaves when it lands after the commit's pending mark and before its
    checkpoint finished, the -wal then lost: the operation it names never reached the file."""
    from core.highwater import Mark, MarkFile

    ledger = Ledger.open(db)
    marks = MarkFile(mark_path(ledger.device.id))
    ledger.close()
    base = marks.read()
    marks.advance(Mark(base.seq + 1, "f" * 64, base.receipt_year, base.receipt_seq + 1, pending=True,
                       base_seq=base.seq, base_hash=base.hash))


def test_an_unacknowledged_operation_that_never_reached_the_file_is_not_a_refusal(tmp_path):
    db = tmp_path / "device.db"
    taxpayer = _device(db)
    assert _pay(db, taxpayer) == "T07-2026-000001"
    _crash_between_mark_and_checkpoint(db)
    assert _pay(db, taxpayer) == "T07-2026-000002"  # its number was never printed: it is issued now


def test_part_of_an_operation_left_in_the_file_is_refused_and_says_to_put_back_the_wal(tmp_path):
    from tests import device_sqlite as sqlite3  # the device driver, keyed

    db = tmp_path / "device.db"
    taxpayer = _device(db)
    assert _pay(db, taxpayer) == "T07-2026-000001"
    _crash_between_mark_and_checkpoint(db)
    raw = sqlite3.connect(db)  # the checkpoint had written the counter's page, not the payment's
    raw.execute("DROP TRIGGER IF EXISTS receipt_counters_no_update")
    raw.execute("UPDATE receipt_counters SET last_seq = last_seq + 1")
    raw.commit()
    raw.close()
    result = run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", taxpayer, "--tax", "PAT", "--period", "2026", "--amount", "100",
                     "--method", "cash", "--advance")
    assert result.returncode == 3
    assert "s'est arrêté pendant l'enregistrement" in result.stderr and "-wal" in result.stderr
    assert run_cli("verify", "--db", db).returncode in (0, 1)  # reads still work


def test_a_tail_cut_with_its_rows_and_counters_is_reported_by_verify_through_the_mark(tmp_path):
    """The attacker deletes the last payment's event, its row, and winds the counter back: the
    chain is a valid signed prefix, but the device's mark remembers where it ended."""
    from tests import device_sqlite as sqlite3  # the device driver, keyed

    from tests.unit.attacker import drop_triggers

    db = tmp_path / "device.db"
    taxpayer = _device(db)
    issued = [_pay(db, taxpayer) for _ in range(2)]
    conn = sqlite3.connect(db, isolation_level=None)
    drop_triggers(conn)
    last = conn.execute("SELECT max(seq) FROM events").fetchone()[0]
    conn.execute("DELETE FROM events WHERE seq = ?", (last,))
    conn.execute("DELETE FROM payments WHERE receipt_no = ?", (issued[-1],))
    conn.execute("UPDATE receipt_counters SET last_seq = last_seq - 1")
    conn.close()
    verify = run_cli("verify", "--db", db)
    assert verify.returncode == 1, verify.stdout
    assert f"il manque les événements n° {last} à {last} (1)" in verify.stdout
    assert "Traceback" not in verify.stderr


def test_a_damaged_mark_is_not_taken_for_no_mark(tmp_path):
    """Both slots overwritten (random bytes, a bad sector): the mark was read as absent and written
    afresh from the old copy, which then issued T07-2026-000002 a second time."""
    import os

    db = tmp_path / "device.db"
    taxpayer = _device(db)
    _pay(db, taxpayer)
    old = tmp_path / "old.db"
    shutil.copy(db, old)
    assert _pay(db, taxpayer) == "T07-2026-000002"
    shutil.copy(old, db)
    ledger = Ledger.open(db)
    device_id = ledger.device.id
    ledger.close()
    mark_path(device_id).write_bytes(os.urandom(512))
    result = run_cli("pay", "--as", "Ilunga Kabeya", "--db", db, "--taxpayer", taxpayer, "--tax", "PAT",
                     "--period", "2026", "--amount", "100", "--method", "cash", "--advance")
    assert result.returncode == 3 and result.stdout == ""
    assert "La marque de l'appareil" in result.stderr and "est endommagée" in result.stderr
    assert "Traceback" not in result.stderr
    assert run_cli("search", "--db", db, "kabasele").returncode == 0  # reads still work
