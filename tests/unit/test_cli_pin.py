"""Issue 8 §7: a command-line write needs the acting agent's PIN, from the QUITTANCE_PIN variable
or typed at a hidden prompt on a terminal, never as a flag. Wrong PINs count toward the login's
lockout. With several agents, --as says who acts. The demo device needs no PIN."""
from __future__ import annotations

import fcntl
import json
import os
import select
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
import subprocess
import sys
import termios
from pathlib import Path

import pytest

from core import vault
from core.auth import MAX_FAILURES
from core.demo import ensure_demo
from tests.cli_support import (REPO, cli_device_template, cli_env, copy_device, count, ok,  # noqa: F401
                               quittance)

WRITES = {
    "seed": ["seed", "--taxpayers", "3"],
    "register": ["register", "--name", "Kasongo"],
    "session close": ["session", "close"],
    "pay": ["pay", "--taxpayer", "{taxpayer}", "--tax", "PAT", "--period", "2026", "--amount", "100",
            "--method", "cash", "--advance"],
    "void": ["void", "T07-2026-000001", "--reason", "Erreur"],
    "receipt": ["receipt", "T07-2026-000001", "--out", "{folder}/r.pdf"],
    "print": ["print", "T07-2026-000001", "--printer", "file://{folder}/printer.bin"],
}


def _ledger_state(db: Path) -> tuple[int, ...]:
    return tuple(count(db, table) for table in ("events", "taxpayers", "payments", "voids", "receipt_prints"))


def _write(command: str, folder: Path, taxpayer: str) -> list[str]:
    return [part.format(folder=folder, taxpayer=taxpayer) for part in WRITES[command]]


@pytest.mark.parametrize("command", WRITES)
@pytest.mark.parametrize("pin, refusal", [(None, "QUITTANCE_PIN"), ("9999", "PIN incorrect")])
def test_a_write_without_the_right_pin_is_refused_and_records_nothing(cli_device_template, tmp_path, command,
                                                                        pin, refusal):
    db, taxpayer = copy_device(cli_device_template, tmp_path / "device")
    before = _ledger_state(db)
    result = quittance(tmp_path / "home", *_write(command, tmp_path, taxpayer), "--db", db, "--as", "Ilunga",
                       pin=pin)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and refusal in result.stderr
    assert "rien n'a été enregistré" in result.stderr.lower()
    assert _ledger_state(db) == before
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "printer.bin").exists()


def test_a_wrong_pin_never_opens_the_encrypted_database(cli_device_template, tmp_path):
    """The PIN unwraps the database's key (core/vault.py) before any write is checked: a wrong one
    reads nothing and records nothing, however many times it is tried. (Counting them toward the
    device's lockout is the key envelope's work; the per-agent lock of core/auth.py still counts a
    PIN that opened the database but is not the acting agent's.)"""
    db, taxpayer = copy_device(cli_device_template, tmp_path / "device")
    home, before = tmp_path / "home", _ledger_state(db)
    for _attempt in range(MAX_FAILURES + 1):
        result = quittance(home, "register", "--db", db, "--as", "Ilunga", "--name", "X", pin="0000")
        assert result.returncode == 2 and "PIN incorrect" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert _ledger_state(db) == before
    ok(quittance(home, "register", "--db", db, "--as", "Mbuyi", "--name", "X"))


def test_with_several_agents_a_write_says_who_acts(cli_device_template, tmp_path):
    db, _ = copy_device(cli_device_template, tmp_path / "device")
    result = quittance(tmp_path / "home", "register", "--db", db, "--name", "Kasongo")
    assert result.returncode == 2
    assert "--as" in result.stderr and "Ilunga" in result.stderr and "Mbuyi" in result.stderr
    result = quittance(tmp_path / "home", "register", "--db", db, "--as", "Nobody", "--name", "Kasongo")
    assert result.returncode == 2 and "Agent inconnu : Nobody" in result.stderr
    ok(quittance(tmp_path / "home", "register", "--db", db, "--as", "mbuyi", "--name", "Kasongo"))


def test_reads_need_an_agents_pin_once_the_database_is_encrypted(cli_device_template, tmp_path):
    db, _ = copy_device(cli_device_template, tmp_path / "device")
    for argv in (["verify"], ["search", "therese"],
                 ["export", "--format", "csv", "--what", "payments", "--out", tmp_path / "p.csv"]):
        refused = quittance(tmp_path / "home", *argv, "--db", db, pin=None)
        assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
        assert "verrouillée" in refused.stderr and "QUITTANCE_PIN" in refused.stderr
        assert not (tmp_path / "p.csv").exists()
        ok(quittance(tmp_path / "home", *argv, "--db", db))  # any agent's PIN: no write, no --as


def test_the_pin_is_never_a_flag(cli_device_template, tmp_path):
    db, _ = copy_device(cli_device_template, tmp_path / "device")
    result = quittance(tmp_path / "home", "register", "--db", db, "--as", "Ilunga", "--pin", "1234",
                       "--name", "X", pin=None)
    assert result.returncode == 2 and "--pin" in result.stderr


def test_the_demo_device_needs_no_pin_because_of_its_setting_not_its_path(tmp_path):
    demo = ensure_demo(tmp_path / "anywhere" / "demo.db", taxpayers=20)
    demo.close()
    ok(quittance(tmp_path / "home", "register", "--db", tmp_path / "anywhere" / "demo.db", "--as", "Ilunga Kabeya",
                 "--name", "Kasongo", pin=None))
    lookalike = tmp_path / ".demo" / "demo.db"
    ok(quittance(tmp_path / "home", "init", "--db", lookalike, "--municipality", "K", "--currency", "CDF",
                 "--device-code", "T07", "--pin", "1234"))
    result = quittance(tmp_path / "home", "register", "--db", lookalike, "--name", "Kasongo", pin=None)
    assert result.returncode == 2 and "QUITTANCE_PIN" in result.stderr


def test_init_takes_the_agents_pin_from_the_environment_and_refuses_to_make_agents_without_one(tmp_path):
    db = tmp_path / "device.db"
    init = ["init", "--db", db, "--municipality", "K", "--currency", "CDF", "--device-code", "T07", "--agent", "Ilunga"]
    result = quittance(tmp_path / "home", *init, pin=None)
    assert result.returncode == 2 and "QUITTANCE_PIN" in result.stderr
    ok(quittance(tmp_path / "home", *init, pin="4321"))
    assert quittance(tmp_path / "home", "register", "--db", db, "--name", "X", pin="1234").returncode == 2
    ok(quittance(tmp_path / "home", "register", "--db", db, "--name", "X", pin="4321"))


def _read_until(fd: int, needle: bytes, limit: float = 60.0) -> bytes:
    seen = b""
    while needle not in seen:
        ready, _, _ = select.select([fd], [], [], limit)
        if not ready:
            break
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    return seen


def test_on_a_terminal_the_pin_is_asked_at_a_hidden_prompt(cli_device_template, tmp_path):
    db, _ = copy_device(cli_device_template, tmp_path / "device")
    primary, secondary = os.openpty()

    def take_the_terminal() -> None:  # the child's own controlling terminal, as in a real shell
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    process = subprocess.Popen(
        [sys.executable, "-m", "desktop.main", "register", "--db", str(db), "--as", "Ilunga", "--name", "Kasongo"],
        cwd=REPO, env=cli_env(tmp_path / "home", pin=None), stdin=secondary, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, start_new_session=True, preexec_fn=take_the_terminal)
    os.close(secondary)
    try:
        prompt = _read_until(primary, b": ")
        assert b"PIN de Ilunga" in prompt
        os.write(primary, b"1234\n")
        out, err = process.communicate(timeout=120)
        echoed = _read_until(primary, b"1234", limit=1.0)
    finally:
        os.close(primary)
    assert process.returncode == 0, err
    assert len(out.decode().strip()) == 36  # the new taxpayer's id; the PIN was read, not printed
    assert b"1234" not in echoed  # typed with echo off


@pytest.mark.parametrize("stored", ["scrypt$3$8$1$00$00", "scrypt$1073741824$8$1$00$00", "scrypt$x$y$z$zz$00",
                                    "garbage"],
                         ids=["n not a power of two", "n of a gigabyte", "not numbers", "no scheme"])
def test_a_pin_hash_edited_into_nonsense_is_a_wrong_pin_not_a_traceback(cli_device_template, tmp_path, stored):
    """`scrypt$3$…` in the agents table gave "ValueError: n must be a power of 2" with a traceback."""
    db, taxpayer = copy_device(cli_device_template, tmp_path / "device")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE agents SET pin_hash = ? WHERE name = 'Ilunga'", (stored,))
    ilunga = conn.execute("SELECT id FROM agents WHERE name = 'Ilunga'").fetchone()[0]
    conn.commit()
    conn.close()
    # On the encrypted device an agent's own wrap is their PIN: Ilunga's is moved off 1234, so that
    # 1234 (Mbuyi's too) opens the database but Ilunga's login falls to the edited hash.
    vault.change_pin(db, sqlite3.key_of(db), ilunga, "2580")
    before = _ledger_state(db)
    result = quittance(tmp_path / "home", *_write("pay", tmp_path, taxpayer), "--db", db, "--as", "Ilunga")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "PIN incorrect" in result.stderr
    # Nothing recorded but the technical journal's entry for the wrong PIN (core/journal.py).
    assert _ledger_state(db) == (before[0] + 1, *before[1:])
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT kind FROM journal ORDER BY event_seq DESC LIMIT 1").fetchone()[0] == "wrong_pin"
    finally:
        conn.close()
