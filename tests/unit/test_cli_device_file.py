"""Issue 8 §1: a command that needs a device, run on a missing, empty or non-database file, says
so in one line and creates nothing: no database, no -wal or -shm beside it, no folder. An empty
file used to be migrated into an (uninitialised) device database."""
from __future__ import annotations

from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
from pathlib import Path

import pytest

from tests.cli_support import quittance


def _missing(folder: Path) -> Path:
    return folder / "device.db"


def _empty(folder: Path) -> Path:
    path = folder / "device.db"
    path.touch()
    return path


def _not_sqlite(folder: Path) -> Path:
    path = folder / "notes.txt"
    path.write_text("Liste des contribuables de Katoka\n" * 20, encoding="utf-8")
    return path


def _other_programs_sqlite(folder: Path) -> Path:
    path = folder / "photos.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    return path


FILES = {"missing": _missing, "empty": _empty, "not SQLite": _not_sqlite,
         "another program's SQLite": _other_programs_sqlite}
COMMANDS = {
    "verify": ["verify"],
    "search": ["search", "kabasele"],
    "export": ["export", "--format", "csv", "--what", "taxpayers", "--out", "{out}/t.csv"],
    "register": ["register", "--name", "Thérèse Mbuyi"],
    "session": ["session", "open"],
    "printer test": ["printer", "test", "--printer", "file://{out}/test.bin"],
    "gui": ["gui"],
}
EXPECTED = {"missing": "quittance init", "empty": "vide", "not SQLite": "n'est pas une base Quittance",
            "another program's SQLite": "n'est pas une base Quittance"}
# Bytes that are not SQLite at all may be a damaged device file: a storage fault (exit 3, issue 8 §4).
# The rest is a path that names no device: refused input (exit 2).
STATUS = {"missing": 2, "empty": 2, "not SQLite": 3, "another program's SQLite": 2}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else b"<dir>") for p in folder.rglob("*")}


@pytest.mark.parametrize("state", FILES)
@pytest.mark.parametrize("command", COMMANDS)
def test_no_device_there_is_said_in_one_line_and_nothing_is_created(tmp_path, state, command):
    folder, out = tmp_path / "data", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    db = FILES[state](folder)
    before = _snapshot(folder)
    argv = [part.format(out=out) for part in COMMANDS[command]]
    result = quittance(tmp_path / "home", *argv, "--db", db)
    assert result.returncode == STATUS[state]
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and EXPECTED[state] in lines[0], result.stderr
    assert _snapshot(folder) == before
    assert list(out.iterdir()) == []
    assert not (tmp_path / "home").exists()


@pytest.mark.parametrize("command", ["verify", "search"])
def test_a_missing_folder_is_not_created(tmp_path, command):
    """Whatever the status (a missing folder is also a storage fault, issue 8 §4), one line, nothing made."""
    db = tmp_path / "data" / "not-yet" / "device.db"
    argv = [part.format(out=tmp_path) for part in COMMANDS[command]]
    result = quittance(tmp_path / "home", *argv, "--db", db)
    assert result.returncode in (2, 3)
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "data").exists() and not (tmp_path / "home").exists()


def _numbered_sqlite(folder: Path) -> Path:
    path = folder / "inventory.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 6")  # numbers its own schema, as Quittance does
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("make", [_other_programs_sqlite, _numbered_sqlite, _not_sqlite],
                         ids=["sqlite", "numbered sqlite", "not SQLite"])
def test_init_never_writes_its_tables_into_another_programs_file(tmp_path, make):
    """`init --db photos.sqlite` added Quittance's twenty tables to the photo library."""
    folder = tmp_path / "data"
    folder.mkdir()
    path = make(folder)
    before = _snapshot(folder)
    result = quittance(tmp_path / "home", "init", "--db", path, "--municipality", "K", "--currency", "CDF",
                       "--device-code", "T07", "--agent", "Ilunga", "--pin", "1234")
    assert result.returncode in (2, 3)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "n'est pas une base Quittance" in lines[0], result.stderr
    assert _snapshot(folder) == before
