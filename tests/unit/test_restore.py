"""core/restore.py without a server: the device's own record refuses an old backup, another
device's backup, a tampered one and one of another history; a good one replaces the database with
the old one set aside until the restored one verifies, and put back when it does not."""
from __future__ import annotations

from pathlib import Path

import pytest

from core import unlocked
from core.backup import make_backup
from core.errors import QuittanceError
from core.highwater import MarkFile, mark_path
from core.restore import (ServerHead, backup_hashes, backup_key, current_head, read_head, refusal,
                          replace_database)
from core.service import Ledger
from tests import device_sqlite as sqlite3  # the device's driver, keyed as the app keys it
from tests.conftest import add_assessed_taxpayer, make_ledger


def _pay(ledger: Ledger, taxpayer: str) -> str:
    return ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100, method="cash",
                      advance=True).receipt_no


def _device(db: Path) -> tuple[Ledger, str]:
    ledger = make_ledger(db)
    taxpayer = add_assessed_taxpayer(ledger)
    ledger.open_session(0)
    return ledger, taxpayer


def _key(db: Path) -> bytes | None:
    """The device's data key, as this process unlocked it when it made the database."""
    return unlocked.recall(db)


def _why(backup: Path, db: Path, server: ServerHead | None = None,
         backup_data_key: bytes | None = None) -> QuittanceError | None:
    """As `quittance restore` judges it: the backup read with the device's key (a backup is
    encrypted with it), unless the test names the backup's own."""
    key = backup_data_key or backup_key(backup, _key(db))
    return refusal(read_head(backup, key), current=current_head(db, _key(db)), server=server,
                   hash_at=backup_hashes(backup, key))


def test_the_mark_refuses_a_backup_the_device_went_past(tmp_path):
    db = tmp_path / "device.db"
    ledger, taxpayer = _device(db)
    _pay(ledger, taxpayer)
    make_backup(ledger.store, tmp_path / "old.db")
    assert _pay(ledger, taxpayer) == "T07-2026-000002"
    ledger.close()
    why = _why(tmp_path / "old.db", db)
    assert why.code == "restore_behind_mark"
    assert "(reçu T07-2026-000001)" in why.message("fr") and "(reçu T07-2026-000002)" in why.message("fr")
    assert "would issue receipt numbers again" in why.message("en")
    assert "voltaria a emitir números de recibo" in why.message("pt")


def test_the_server_refuses_it_even_when_the_device_knows_nothing_more(tmp_path):
    db = tmp_path / "device.db"
    ledger, taxpayer = _device(db)
    _pay(ledger, taxpayer)
    done = make_backup(ledger.store, tmp_path / "b.db")
    ledger.close()
    assert _why(tmp_path / "b.db", db) is None
    held = ServerHead(done.head.seq, {2026: 4})  # the server holds receipts this backup never issued
    why = _why(tmp_path / "b.db", db, held)
    assert why.code == "restore_behind_server" and "T07-2026-000004" in why.message("en")


def test_another_devices_backup_and_a_tampered_one_are_refused(tmp_path):
    ledger, _ = _device(tmp_path / "device.db")
    make_backup(ledger.store, tmp_path / "mine.db")
    ledger.close()
    other = make_ledger(tmp_path / "other.db")
    make_backup(other.store, tmp_path / "theirs.db")
    theirs_key = other.store.key
    other.close()
    # Read with its own key (its device's envelope came with it), it is still not this device's.
    assert _why(tmp_path / "theirs.db", tmp_path / "device.db", backup_data_key=theirs_key).code == "restore_other_device"
    with pytest.raises(QuittanceError) as refused:  # with this device's key it does not even read
        _why(tmp_path / "theirs.db", tmp_path / "device.db")
    assert refused.value.code == "restore_unreadable"

    conn = sqlite3.connect(tmp_path / "mine.db")
    conn.execute("UPDATE taxpayers SET name = 'Quelqu''un d''autre'")  # edited outside Quittance
    conn.commit()
    conn.close()
    with pytest.raises(QuittanceError) as refused:
        read_head(tmp_path / "mine.db", _key(tmp_path / "device.db"))
    assert refused.value.code == "restore_tampered"


def test_a_backup_of_another_history_is_refused(tmp_path):
    db = tmp_path / "device.db"
    ledger, taxpayer = _device(db)
    make_backup(ledger.store, tmp_path / "branch.db")
    device_id = ledger.device.id
    _pay(ledger, taxpayer)
    ledger.close()
    mark = MarkFile(mark_path(device_id))
    kept = mark.path.read_bytes()
    mark.path.unlink()  # the copy put to use on another machine, where this device's mark is not
    branch = Ledger.open(tmp_path / "branch.db", key=_key(db))  # and it issues another receipt 000001
    branch.act_as(branch.find_agent("Ilunga Kabeya").id)
    _pay(branch, taxpayer)
    _pay(branch, taxpayer)
    branch.close()
    mark.path.write_bytes(kept)
    why = _why(tmp_path / "branch.db", db)
    assert why is not None and why.code == "restore_diverged"


def test_a_good_backup_replaces_a_damaged_database_and_the_old_one_goes_once_verified(tmp_path):
    db = tmp_path / "device.db"
    ledger, taxpayer = _device(db)
    receipts = [_pay(ledger, taxpayer) for _ in range(2)]
    make_backup(ledger.store, tmp_path / "b.db")
    ledger.close()
    key = _key(db)
    db.write_bytes(b"\0" * 4096)  # the card gave out
    assert current_head(db, key) is None
    assert _why(tmp_path / "b.db", db) is None
    assert replace_database(tmp_path / "b.db", db, key) is True
    # the database and its key envelope (with the vault's lock file): nothing set aside is left
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("device.db")) == [
        "device.db", "device.db.keys", "device.db.keys.lock"]
    restored = Ledger.open(db, key=key)
    restored.act_as(restored.find_agent("Ilunga Kabeya").id)
    assert restored.verify().ok
    assert _pay(restored, taxpayer) == "T07-2026-000003" and receipts[-1] == "T07-2026-000002"
    restored.close()


def test_a_restore_that_does_not_verify_in_place_puts_the_old_database_back(tmp_path):
    db = tmp_path / "device.db"
    ledger, taxpayer = _device(db)
    _pay(ledger, taxpayer)
    make_backup(ledger.store, tmp_path / "b.db")
    _pay(ledger, taxpayer)
    device_id = ledger.device.id
    ledger.close()
    before = db.read_bytes()
    # Skipping the checks (as nothing may): opened in place, the restored file is behind the
    # device's mark, its verify fails, and the database that was there comes back untouched.
    key = _key(db)
    assert MarkFile(mark_path(device_id)).read().seq > read_head(tmp_path / "b.db", key).seq
    with pytest.raises(QuittanceError) as refused:
        replace_database(tmp_path / "b.db", db, key)
    assert refused.value.code == "restore_tampered"
    assert db.read_bytes() == before
    assert not list(tmp_path.glob("*before-restore*")) and not list(tmp_path.glob(".device.db.restoring"))


def test_the_devices_own_key_envelope_stays_and_the_backups_fills_in_when_none_is_left(tmp_path):
    db = tmp_path / "device.db"
    ledger, _ = _device(db)
    envelope = Path(f"{db}.keys")
    envelope.write_bytes(b"wraps at backup time")
    done = make_backup(ledger.store, tmp_path / "b.db")
    ledger.close()
    assert done.keys.read_bytes() == b"wraps at backup time"
    envelope.write_bytes(b"wraps after a PIN change")  # the same data key, re-wrapped
    replace_database(tmp_path / "b.db", db, None)
    assert envelope.read_bytes() == b"wraps after a PIN change"
    envelope.unlink()
    db.unlink()  # the tablet replaced: nothing of the device is left
    replace_database(tmp_path / "b.db", db, None)
    assert envelope.read_bytes() == b"wraps at backup time"


def test_a_backup_made_at_closing_stays_restorable_after_the_agent_logs_out_and_stops(tmp_path):
    """The logout and the stop wait in the journal's side file: the database ends where the
    agent left it, so the backup offered at closing is not "behind" the device."""
    from core import journal, journal_file

    db = tmp_path / "device.db"
    ledger, taxpayer = _device(db)
    agent = ledger.agent_id
    _pay(ledger, taxpayer)
    ledger.close_session()
    make_backup(ledger.store, tmp_path / "closing.db")
    assert ledger.journal_later("logout", agent_id=agent) and ledger.journal_later("app_stopped")
    ledger.close()
    assert _why(tmp_path / "closing.db", db) is None
    assert [line["kind"] for line in journal_file.read_pending(db).lines] == ["logout", "app_stopped"]
    reopened = Ledger.open(db)
    try:
        kinds = [(e.kind, e.agent_id) for e in journal.entries(reopened.store.conn)][:2]
        assert kinds == [("app_stopped", None), ("logout", agent)]
    finally:
        reopened.close()
