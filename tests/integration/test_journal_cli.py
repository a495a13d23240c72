"""Exports, backups and restores through the real command line, each journaled: an export by
what, format and rows (never the data nor where it went), a backup by how far it goes, a restore
in the side file (the restored database is locked) that joins the chain at the next opening."""
from __future__ import annotations

import json

from core import journal, journal_file
from core.service import Ledger
from tests.cli_support import cli_env, run
from tests.conftest import add_assessed_taxpayer, make_ledger


def test_export_backup_and_restore_are_journaled(tmp_path):
    db = tmp_path / "device.db"
    ledger = make_ledger(db)
    add_assessed_taxpayer(ledger, name="Kabasélé Ngoyi Félicité", phone="+243812345678")
    ledger.close()
    env = cli_env(tmp_path / "home")

    exported = run("--db", db, "export", "--what", "taxpayers", "--format", "csv", "--out", tmp_path / "t.csv",
                   env=env)
    assert exported.returncode == 0, exported.stderr
    backup = tmp_path / "usb" / "monday.db"
    backup.parent.mkdir()
    made = run("--db", db, "backup", "--out", backup, "--json", env=env)
    assert made.returncode == 0, made.stderr
    head = json.loads(made.stdout)

    listed = json.loads(run("--db", db, "journal", "--json", env=env).stdout)["entries"]
    assert listed[0]["seq"] == head["last_seq"]  # the backup holds its own entry: restorable as made
    assert [(e["kind"], e["details"]) for e in listed[:2]] == [
        ("backup", {"encrypted": True}),
        ("export", {"what": "taxpayers", "format": "csv", "rows": 1})]
    assert "t.csv" not in json.dumps(listed) and "Kabas" not in json.dumps(listed)

    restored = run("--db", db, "restore", backup, env=env)
    assert restored.returncode == 0, restored.stderr
    [waiting] = journal_file.read_pending(db).lines
    assert waiting["kind"] == "restore" and waiting["details"]["seq"] == head["last_seq"]
    text = run("--db", db, "journal", env={**env, "LANGUAGE": "fr"}).stdout
    assert "(en attente du déverrouillage)  Restauration" in text

    reopened = Ledger.open(db)  # this process still holds the key: the side file joins
    try:
        entry = journal.entries(reopened.store.conn, "restore")[0]
        assert entry.at == waiting["at"] and entry.details["seq"] == head["last_seq"]
        assert [e.kind for e in journal.entries(reopened.store.conn)][:2] == ["restore", "backup"]
        assert reopened.verify().ok
    finally:
        reopened.close()
