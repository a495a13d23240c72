"""Tampering with the device's file, caught when the real client pushes it to the real server:
each is refused as an integrity failure, raised as an alert, and the device is told."""
from __future__ import annotations

import json
import shutil

from core.canonical import canonical_json
from core.keys import generate_keypair, sign_event_hash
from core.service import Ledger
from sync.client.status import sync_status
from sync.server.schema import receipts
from tests.server.support import record_sale
from tests.sync_e2e.support import (IN_PROCESS_URL, alert_kinds, enrolled_device, event_count, in_process,
                                    raw_device_db, server_seqs, stopped_reason, sync)


def _enrolled(tmp_path, server, name: str = "t07.db", code: str = "T07") -> Ledger:  # noqa: ANN001
    return enrolled_device(tmp_path / name, server, IN_PROCESS_URL, in_process(server), code=code)


def _refused(ledger: Ledger, server, code: str) -> None:  # noqa: ANN001
    result = sync(ledger, in_process(server))
    assert not result.ok and result.refused is not None, result
    assert result.refused["code"] == code
    assert not result.revoked


def test_an_amount_edited_in_the_device_file(server, tmp_path):
    device = _enrolled(tmp_path, server)
    _taxpayer, payment = record_sale(device, amount=500_000)
    device.close()
    raw = raw_device_db(tmp_path / "t07.db")
    seq, payload = raw.execute("SELECT seq, payload FROM events WHERE type = 'payment.recorded'").fetchone()
    edited = json.loads(payload)
    edited["data"]["amount"] = 5_000
    raw.execute("UPDATE events SET payload = ? WHERE seq = ?", (canonical_json(edited), seq))
    raw.execute("UPDATE payments SET amount = 5000")
    raw.close()
    device = Ledger.open(tmp_path / "t07.db")
    assert not device.verify().ok  # the device sees it too

    _refused(device, server, "chain_broken")
    assert alert_kinds(server) == ["chain_broken"]
    assert server.rows(receipts) == [] and event_count(server) == 0
    # The stream stays stopped until a supervisor acts, and the Sync screen says why.
    assert stopped_reason(server, device.device.id) == "chain_broken"
    _refused(device, server, "chain_broken")
    assert sync_status(device.store).stopped["code"] == "chain_broken"
    assert alert_kinds(server) == ["chain_broken"]  # one alert per device and kind


def test_a_deleted_event(server, tmp_path):
    device = _enrolled(tmp_path, server)
    record_sale(device)
    device.close()
    raw = raw_device_db(tmp_path / "t07.db")
    # An event in the middle (deleting the newest leaves nothing for the server to see: only the
    # device's own verify and its high-water mark can tell).
    raw.execute("DELETE FROM events WHERE seq = (SELECT seq FROM events WHERE type = 'taxpayer.registered')")
    raw.close()
    device = Ledger.open(tmp_path / "t07.db")
    _refused(device, server, "seq_gap")
    assert alert_kinds(server) == ["seq_gap"]
    assert event_count(server) == 0  # the batch with the hole is refused whole


def test_a_forged_signature(server, tmp_path):
    device = _enrolled(tmp_path, server)
    record_sale(device)
    device.close()
    forger, _public = generate_keypair()
    raw = raw_device_db(tmp_path / "t07.db")
    seq, digest = raw.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    raw.execute("UPDATE events SET signature = ? WHERE seq = ?", (sign_event_hash(forger, digest), seq))
    raw.close()
    device = Ledger.open(tmp_path / "t07.db")
    _refused(device, server, "bad_signature")
    assert alert_kinds(server) == ["bad_signature"]
    assert event_count(server) == 0


def test_a_replay_of_another_devices_events(server, tmp_path):
    victim = _enrolled(tmp_path, server)
    record_sale(victim)
    assert sync(victim, in_process(server)).ok
    thief = _enrolled(tmp_path, server, "t08.db", "T08")
    with thief.store.read() as conn:
        token = conn.execute("SELECT value FROM settings WHERE key = 'sync.token'").fetchone()[0]
    thief.close()
    victim.close()
    # The thief's client is pointed at a copy of the victim's file: its events, the thief's token.
    shutil.copy(tmp_path / "t07.db", tmp_path / "copy.db")
    raw = raw_device_db(tmp_path / "copy.db")
    raw.execute("UPDATE settings SET value = ? WHERE key = 'sync.token'", (token,))
    raw.close()
    replayed = Ledger.open(tmp_path / "copy.db")
    _refused(replayed, server, "wrong_device")
    assert alert_kinds(server) == ["wrong_device"]
    assert server_seqs(server, replayed.device.id) == list(range(1, len(server_seqs(server, replayed.device.id)) + 1))
    assert event_count(server) == len(server_seqs(server, replayed.device.id))  # the thief stored nothing


def test_a_ledger_cut_short_then_continued(server, tmp_path, monkeypatch):
    device = _enrolled(tmp_path, server)
    record_sale(device)
    assert sync(device, in_process(server)).ok
    device.close()
    shutil.copy(tmp_path / "t07.db", tmp_path / "snapshot.db")  # the file as it was then
    device = Ledger.open(tmp_path / "t07.db")
    device.act_as(server.agent_id("Ilunga Kabeya"))
    record_sale(device, name="Tshibangu Mwamba Odette")
    assert sync(device, in_process(server)).ok
    device.close()
    # The file is put back to the snapshot (losing the second sale), its high-water mark with it,
    # and work goes on: the same seqs now hold other events.
    monkeypatch.setenv("QUITTANCE_STATE_DIR", str(tmp_path / "fresh-state"))
    shutil.copy(tmp_path / "snapshot.db", tmp_path / "t07.db")
    device = Ledger.open(tmp_path / "t07.db")
    device.act_as(server.agent_id("Ilunga Kabeya"))
    record_sale(device, name="Kalala Nkulu Pélagie")
    _refused(device, server, "fork")
    assert alert_kinds(server) == ["fork"]
    assert stopped_reason(server, device.device.id) == "fork"



def test_a_file_put_back_in_time_is_told_before_it_records_more(server, tmp_path, monkeypatch):
    device = _enrolled(tmp_path, server)
    record_sale(device)
    device.close()
    shutil.copy(tmp_path / "t07.db", tmp_path / "backup.db")  # a backup from earlier in the day
    device = Ledger.open(tmp_path / "t07.db")
    device.act_as(server.agent_id("Ilunga Kabeya"))
    record_sale(device, name="Tshibangu Mwamba Odette")
    assert sync(device, in_process(server)).ok
    device.close()
    monkeypatch.setenv("QUITTANCE_STATE_DIR", str(tmp_path / "fresh-state"))  # its high-water mark lost too
    shutil.copy(tmp_path / "backup.db", tmp_path / "t07.db")
    device = Ledger.open(tmp_path / "t07.db")
    _refused(device, server, "device_behind_server")  # told before it records events that would fork
    assert sync_status(device.store).stopped["code"] == "device_behind_server"
    assert alert_kinds(server) == []  # nothing wrong reached the server
