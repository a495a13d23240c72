"""A restore cannot reissue a receipt number (issue 13).

A real device pays and pushes to a real server process (uvicorn, SQLite and PostgreSQL), is backed
up with `quittance backup`, pays more and pushes again. Restoring the old backup with
`quittance restore` is then refused, and says why in the municipality's language: by the server
(which holds more), and with the server stopped by the device's own record of what the server
acknowledged, even with the high-water mark file gone; with the device's database lost too, by
the mark. Nothing is changed by a refusal. The newest backup restores, and the next payment takes
the next number: none is issued twice."""
from __future__ import annotations

import json
from pathlib import Path

from core.highwater import mark_path
from core.service import Ledger
from tests import device_sqlite as sqlite3  # the device's driver, keyed as the app keys it
from tests.cli_support import cli_env, run
from tests.server.support import record_sale
from tests.sync_e2e.served import ROOT
from tests.sync_e2e.support import enrolled_device, sync


def _receipts(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT receipt_no FROM payments ORDER BY receipt_seq")]
    finally:
        conn.close()


def _refused(result, *words: str) -> str:  # noqa: ANN001
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""
    for word in words:
        assert word in result.stderr, result.stderr
    return result.stderr


def test_restoring_a_backup_older_than_the_server_is_refused(server, served, tmp_path):
    db, home = tmp_path / "t07.db", tmp_path / "home"
    env = {**cli_env(home), "PYTHONPATH": str(ROOT)}
    ledger = enrolled_device(db, server, served.base_url, None)
    record_sale(ledger, name="Kabasélé Ngoyi Françoise")
    assert sync(ledger).ok
    device_id = ledger.device.id
    ledger.close()

    old = tmp_path / "usb" / "monday.db"
    old.parent.mkdir()
    made = run("--db", db, "backup", "--out", old, "--json", env=env)
    assert made.returncode == 0, made.stderr
    old_head = json.loads(made.stdout)
    assert old_head["last_receipt"] == "T07-2026-000001" and old_head["verified"]

    ledger = Ledger.open(db)
    ledger.act_as(server.agent_id("Ilunga Kabeya"))
    record_sale(ledger, name="Mukendi Kalala Awa")
    record_sale(ledger, name="Ilunga Beya Noëlle")
    result = sync(ledger)
    assert result.ok and result.pending == 0
    ledger.close()
    issued = _receipts(db)
    assert issued == ["T07-2026-000001", "T07-2026-000002", "T07-2026-000003"]
    untouched = db.read_bytes()

    # The server is asked, and holds more than the backup: refused, whatever the mark says.
    mark = mark_path(device_id)
    mark_bytes = mark.read_bytes()
    mark.unlink()
    said = _refused(run("--db", db, "restore", old, env=env), "le serveur détient déjà jusqu'à l'événement",
                    "(reçu T07-2026-000003)", f"s'arrête à l'événement {old_head['last_seq']}",
                    "ferait réémettre des numéros de reçu")
    english = _refused(run("--db", db, "restore", old, env={**env, "LANG": "en_GB.UTF-8"}), "Restauration")
    assert said == english  # the municipality's language (French), not the terminal's
    assert db.read_bytes() == untouched

    # The server is gone: the device's own record of what the server acknowledged still refuses.
    served.stop()
    _refused(run("--db", db, "restore", old, env=env), "cet appareil a noté que le serveur détient déjà")
    assert db.read_bytes() == untouched
    mark.write_bytes(mark_bytes)

    # The device's database is lost too: its high-water mark outside the file still refuses.
    db.rename(tmp_path / "broken.db")
    _refused(run("--db", db, "restore", old, env=env), "cet appareil a déjà enregistré jusqu'à",
             "T07-2026-000003")
    assert not db.exists()
    (tmp_path / "broken.db").rename(db)

    # The newest backup restores, and the next receipt is the next number.
    newest = tmp_path / "usb" / "friday.db"
    assert run("--db", db, "backup", "--out", newest, env=env).returncode == 0
    restored = run("--db", db, "restore", newest, env=env)
    assert restored.returncode == 0, restored.stderr
    assert "Restauré" in restored.stdout and "T07-2026-000003" in restored.stdout
    assert not list(tmp_path.glob("t07.db.before-restore*"))
    ledger = Ledger.open(db)
    ledger.act_as(server.agent_id("Ilunga Kabeya"))
    _taxpayer, payment = record_sale(ledger, name="Tshala Mbuyi Grâce")
    ledger.close()
    assert payment.receipt_no == "T07-2026-000004"
    assert len(set(_receipts(db))) == 4
