"""Running `quittance` for real, as a subprocess, with its home (and so its default database) in
a temporary folder that a test can check was left untouched."""
from __future__ import annotations

import os
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PIN = "1234"
AGENTS = ("Ilunga", "Mbuyi")


def run(*argv: object, env: dict[str, str] | None = None, pin: str | None = PIN,
        timeout: float = 300) -> subprocess.CompletedProcess:
    """One run of `quittance` as an operator's shell would: stdin not a terminal, so the PIN can only
    come from the environment (`pin=None`: none given). `env` adds to or overrides the environment."""
    environment = {key: value for key, value in os.environ.items() if key != "QUITTANCE_PIN"}
    environment["PYTHONPATH"] = str(REPO)
    if pin is not None:
        environment["QUITTANCE_PIN"] = pin
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "desktop.main", *map(str, argv)], cwd=REPO, env=environment,
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)


def cli_env(home: Path, pin: str | None = PIN) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "QUITTANCE_PIN"}
    env.update(home_env(home), PYTHONPATH=str(REPO))
    if pin is not None:
        env["QUITTANCE_PIN"] = pin
    return env


def home_env(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "XDG_DATA_HOME": str(home / "data")}


def default_db(home: Path) -> Path:
    """Where `quittance` puts the device database when no --db is given (platformdirs, XDG)."""
    return home / "data" / "quittance" / "device.db"


def quittance(home: Path, *argv: object, pin: str | None = PIN) -> subprocess.CompletedProcess:
    """`run` with the home (and so the default database) in `home`, which a test can check is untouched."""
    return run(*argv, env=home_env(home), pin=pin)


def ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="session")
def cli_device_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A device made through the command line: two agents (PIN 1234), 30 seeded taxpayers, a
    registered one found by `search therese`, Ilunga's session open and one receipt."""
    work = tmp_path_factory.mktemp("cli-template")
    db = work / "device.db"
    ok(quittance(work, "init", "--db", db, "--municipality", "Commune de Kananga", "--currency", "CDF",
                 "--device-code", "T07", "--agent", AGENTS[0], "--agent", AGENTS[1], "--pin", PIN))
    ok(quittance(work, "seed", "--db", db, "--as", AGENTS[0], "--taxpayers", 30))
    taxpayer = ok(quittance(work, "register", "--db", db, "--as", AGENTS[0], "--name", "Thérèse Mbuyi"))
    ok(quittance(work, "session", "open", "--db", db, "--as", AGENTS[0]))
    ok(quittance(work, "pay", "--db", db, "--as", AGENTS[0], "--taxpayer", taxpayer, "--tax", "PAT",
                 "--period", "2026", "--amount", "5000", "--method", "cash", "--advance"))
    (work / "taxpayer_id").write_text(taxpayer)
    return db


def copy_device(template: Path, folder: Path) -> tuple[Path, str]:
    """A fresh copy of the template device in `folder`, and its registered taxpayer's id."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "device.db"
    db.write_bytes(template.read_bytes())
    envelope = Path(f"{template}.keys")  # the encrypted file's key envelope goes with it
    if envelope.exists():
        Path(f"{db}.keys").write_bytes(envelope.read_bytes())
    return db, (template.parent / "taxpayer_id").read_text()
