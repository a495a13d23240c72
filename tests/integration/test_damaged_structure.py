"""A hostile review: the file's structure edited behind Quittance's back (a table dropped, a
setting rewritten into nonsense, another program's SQLite file). Each gave a traceback; now
every command says what is wrong in one line, exits 3 (2 for a file that was never a device),
and changes nothing."""
from __future__ import annotations

import hashlib
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
from pathlib import Path

import pytest

from tests.cli_support import cli_device_template, copy_device, count, quittance  # noqa: F401


def _pay(home: Path, db: Path, taxpayer: str):
    return quittance(home, "pay", "--db", db, "--as", "Ilunga", "--taxpayer", taxpayer, "--tax", "PAT",
                     "--period", "2026", "--amount", "100", "--method", "cash", "--advance")


def _edit(db: Path, *statements: str) -> str:
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        conn.execute(statement)
    conn.close()
    return hashlib.sha256(db.read_bytes()).hexdigest()


def _one_clear_line(result, status: int, *needles: str) -> None:
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("quittance: "), result.stderr
    for needle in needles:
        assert needle in lines[0]


@pytest.mark.parametrize("table", ["events", "payments", "voids", "receipt_counters", "settings", "agents",
                                   "cash_sessions"])
def test_a_dropped_table_is_named_by_every_command_and_nothing_changes(cli_device_template, tmp_path, table):
    db, taxpayer = copy_device(cli_device_template, tmp_path / "device")
    before = _edit(db, f"DROP TABLE {table}")
    for result in (quittance(tmp_path, "verify", "--db", db), _pay(tmp_path, db, taxpayer),
                   quittance(tmp_path, "search", "--db", db, "therese")):
        _one_clear_line(result, 3, "modifié hors de Quittance", f"tables {table}.")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_another_programs_numbered_sqlite_file_is_not_a_device(tmp_path):
    db = tmp_path / "notes.db"
    _edit(db, "PRAGMA user_version = 6", "CREATE TABLE notes (text TEXT)")
    before = db.read_bytes()
    _one_clear_line(quittance(tmp_path, "verify", "--db", db), 2, "n'est pas une base Quittance")
    assert db.read_bytes() == before
    assert not Path(f"{db}-wal").exists()


@pytest.mark.parametrize("edit", [
    "UPDATE settings SET value = '{' WHERE key = 'municipality'",
    "UPDATE settings SET value = json_set(value, '$.timezone', 'Mars/Olympus') WHERE key = 'municipality'",
    "UPDATE settings SET value = '[1, 2]' WHERE key = 'device'",
], ids=["municipality-not-json", "unknown-time-zone", "device-not-an-object"])
def test_a_setting_rewritten_into_nonsense_is_a_clear_refusal(cli_device_template, tmp_path, edit):
    db, taxpayer = copy_device(cli_device_template, tmp_path / "device")
    before = _edit(db, edit)
    for result in (quittance(tmp_path, "verify", "--db", db), _pay(tmp_path, db, taxpayer)):
        _one_clear_line(result, 3, "Les paramètres de l'appareil", "illisibles")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_signing_key_edited_away_records_nothing_and_verify_names_it(cli_device_template, tmp_path):
    db, taxpayer = copy_device(cli_device_template, tmp_path / "device")
    _edit(db, "UPDATE settings SET value = json_set(value, '$.private_key', 'zz') WHERE key = 'device'")
    payments = count(db, "payments")
    _one_clear_line(_pay(tmp_path, db, taxpayer), 3, "device.private_key", "illisibles")
    assert count(db, "payments") == payments
    verify = quittance(tmp_path, "verify", "--db", db)
    assert verify.returncode == 1
    assert verify.stdout.startswith("ALTÉRÉ : la clé de signature des paramètres est absente ou illisible")


def test_init_never_starts_a_second_chain_on_a_ledger_whose_device_settings_were_deleted(cli_device_template,
                                                                                          tmp_path):
    """`init` appended a second device.initialised, under a new key and device id, to the old chain."""
    db, _taxpayer = copy_device(cli_device_template, tmp_path / "device")
    _edit(db, "DELETE FROM settings WHERE key = 'device'")
    events, agents = count(db, "events"), count(db, "agents")
    result = quittance(tmp_path, "init", "--db", db, "--municipality", "Commune de Kananga", "--currency", "CDF",
                       "--device-code", "T07", "--agent", "Ilunga", "--pin", "1234")
    _one_clear_line(result, 2, f"contient déjà un registre ({events} événements)")
    assert (count(db, "events"), count(db, "agents")) == (events, agents)


@pytest.mark.parametrize("edit, command", [
    ("UPDATE payments SET issued_at = 'x'", ["receipt", "T07-2026-000001", "--as", "Ilunga", "--out", "{out}"]),
    ("UPDATE payments SET balance_after = 'x'", ["receipt", "T07-2026-000001", "--as", "Ilunga", "--out", "{out}"]),
], ids=["date that is no date", "amount that is text"])
def test_a_row_edited_into_what_quittance_never_writes_is_one_line_and_verify_names_it(cli_device_template,
                                                                                         tmp_path, edit, command):
    """Each gave a traceback (ValueError, TypeError)."""
    db, _taxpayer = copy_device(cli_device_template, tmp_path / "device")
    _edit(db, "DROP TRIGGER payments_no_update", edit)
    argv = [part.format(out=tmp_path / "r.pdf") for part in command]
    _one_clear_line(quittance(tmp_path, *argv, "--db", db), 3, "des données que Quittance n'écrit jamais",
                    "quittance verify")
    verify = quittance(tmp_path, "verify", "--db", db)
    assert verify.returncode == 1 and "table payments" in verify.stdout
