"""The journal's side file (core/journal_file.py): wrong PINs typed while the database is locked
wait there, with no personal data, and join the chain at the next unlock exactly once."""
from __future__ import annotations

import json
import os
from datetime import datetime, timezone

import pytest

from core import journal, journal_file, unlocked, vault
from core.errors import QuittanceError
from core.service import Ledger
from tests.conftest import FixedClock, add_assessed_taxpayer


def wrong_pin(path, agent_id: str) -> None:
    with pytest.raises(QuittanceError):
        vault.unlock_with_pin(path, agent_id, "4321")


def open_with_pin(path, agent_id: str, clock=None) -> Ledger:
    key = vault.unlock_with_pin(path, agent_id, "1234")
    return Ledger.open(path, key=key, clock=clock or FixedClock(datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)))


def test_wrong_pins_before_unlock_join_the_chain_at_the_next_unlock_each_with_its_own_time(device):
    path, _key, ids = device
    wrong_pin(path, ids["Ilunga Kabeya"])
    wrong_pin(path, ids["Mbuyi Tshala"])
    waiting = journal_file.read_pending(path)
    assert [line["kind"] for line in waiting.lines] == ["wrong_pin", "wrong_pin"]
    times = [line["at"] for line in waiting.lines]
    ledger = open_with_pin(path, ids["Ilunga Kabeya"])
    try:
        joined = journal.entries(ledger.store.conn, "wrong_pin")
        assert [e.at for e in reversed(joined)] == times  # when they happened, not when they joined
        assert [e.details["wrong_pins"] for e in reversed(joined)] == [1, 2]
        assert journal_file.side_path(path).stat().st_size == 0  # emptied after the commit
        assert ledger.verify().ok
    finally:
        ledger.close()


def test_a_lockout_waits_in_the_side_file_and_joins_after_the_recovery(device):
    from core.vault_crypto import new_recovery_key

    path, key, ids = device
    pem, public = new_recovery_key("correct horse battery staple")
    assert vault.set_recovery_key(path, key, public)
    unlocked.forget(path)
    for _ in range(vault.MAX_WRONG_PINS):
        wrong_pin(path, ids["Ilunga Kabeya"])
    kinds = [line["kind"] for line in journal_file.read_pending(path).lines]
    assert kinds[-2:] == ["wrong_pin", "lockout"] and kinds.count("wrong_pin") == vault.MAX_WRONG_PINS
    assert vault.unlock_with_recovery(path, pem, "correct horse battery staple") == key
    ledger = Ledger.open(path)
    try:
        entries = journal.entries(ledger.store.conn)
        assert [e.kind for e in entries[:3]] == ["unlock", "lockout", "wrong_pin"]
        assert entries[0].details["method"] == "recovery"
        assert all(e.details.get("side_file_id") for e in entries[:3])  # they waited in the side file
        assert ledger.verify().ok
    finally:
        ledger.close()


def test_a_crash_between_the_commit_and_the_emptying_does_not_journal_twice(device, monkeypatch):
    path, _key, ids = device
    wrong_pin(path, ids["Ilunga Kabeya"])
    real_truncate = os.ftruncate

    def power_cut(fd, length):  # noqa: ANN001, ANN202
        raise OSError(5, "power cut before the side file was emptied")

    monkeypatch.setattr(os, "ftruncate", power_cut)
    ledger = open_with_pin(path, ids["Ilunga Kabeya"])
    assert len(journal.entries(ledger.store.conn, "wrong_pin")) == 1
    ledger.close()
    unlocked.forget(path)
    assert len(journal_file.read_pending(path).lines) == 1  # still there after the "crash"
    monkeypatch.setattr(os, "ftruncate", real_truncate)
    ledger = open_with_pin(path, ids["Ilunga Kabeya"])
    try:
        assert len(journal.entries(ledger.store.conn, "wrong_pin")) == 1  # skipped: already journaled
        assert journal_file.side_path(path).stat().st_size == 0
        assert ledger.verify().ok
    finally:
        ledger.close()


def test_a_torn_last_line_is_skipped_and_reported_not_fatal(device):
    path, _key, ids = device
    wrong_pin(path, ids["Ilunga Kabeya"])
    with open(journal_file.side_path(path), "ab") as side:
        side.write(b'{"at":"2026-11-23T07:59:59.000Z","details":{},"id":"01')  # the power went mid-write
    ledger = open_with_pin(path, ids["Ilunga Kabeya"])
    try:
        assert len(journal.entries(ledger.store.conn, "wrong_pin")) == 1
        reported = journal.entries(ledger.store.conn, "unlock")[0]
        assert reported.details == {"side_file_damaged_lines": 1}
        assert journal_file.side_path(path).stat().st_size == 0
    finally:
        ledger.close()


def test_the_side_file_holds_no_personal_data_and_no_pin(device):
    path, key, ids = device
    ledger = Ledger.open(path, key=key)
    ledger.act_as(ids["Ilunga Kabeya"])
    add_assessed_taxpayer(ledger, name="Kabasélé Ngoyi Félicité", phone="+243812345678")
    ledger.close()
    unlocked.forget(path)
    wrong_pin(path, ids["Ilunga Kabeya"])
    wrong_pin(path, ids["Mbuyi Tshala"])
    raw = journal_file.side_path(path).read_bytes()
    for secret in (b"Kabas", b"Ngoyi", b"812345678", b"Ilunga", b"Mbuyi", b"4321", b"1234",
                   ids["Ilunga Kabeya"].encode(), ids["Mbuyi Tshala"].encode(), key.hex().encode()):
        assert secret not in raw
    assert oct(journal_file.side_path(path).stat().st_mode & 0o777) == "0o600"


def test_the_journal_command_marks_what_waits_for_the_unlock(device, keystore):
    from tests.cli_support import run
    from tests.vault.conftest import keystore_env

    path, _key, ids = device
    wrong_pin(path, ids["Mbuyi Tshala"])
    env = {**keystore_env(keystore), "LANGUAGE": "fr"}
    locked = run("--db", path, "journal", pin=None, env=env)
    assert locked.returncode == 0, locked.stderr
    assert "La base est verrouillée" in locked.stdout
    assert "(en attente du déverrouillage)  Code PIN erroné — wrong_pins=1" in locked.stdout
    opened = run("--db", path, "journal", "--json", pin="1234", env={**env, "QUITTANCE_AGENT": "Ilunga Kabeya"})
    assert opened.returncode == 0, opened.stderr
    listed = json.loads(opened.stdout)
    assert not listed["locked"]
    assert [(e["kind"], e["pending"]) for e in listed["entries"]][0] == ("wrong_pin", True)
    assert journal_file.read_pending(path).lines  # listing joins nothing: it only reads
