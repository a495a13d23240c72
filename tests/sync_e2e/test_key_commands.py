"""The README's key rotation and logo commands, run as written, against a real server process and
a device driven by its own `quittance` commands, on SQLite and PostgreSQL."""
from __future__ import annotations

import json
import shlex
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
import subprocess
from pathlib import Path

from core.keys import public_key_of
from sync.server.db import reading
from sync.server.schema import server_keys
from tests.cli_support import cli_env, ok, run
from tests.sync_e2e.served import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_line(start: str) -> list[str]:
    """The README's command that starts with `start`, as written (its trailing comment dropped)."""
    [line] = [line for line in README.splitlines() if line.startswith(start)]
    return shlex.split(line, comments=True)


def _server(served, argv: list[str]) -> subprocess.CompletedProcess:  # noqa: ANN001
    env = {**cli_env(Path("/nonexistent")), "QUITTANCE_SERVER_DATA": str(served.data_dir),
           "QUITTANCE_DATABASE_URL": served.database_url}
    done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def test_rotate_the_key_and_set_the_logo_as_the_readme_says_and_the_device_follows(server, served, tmp_path):
    db, env = tmp_path / "t07.db", cli_env(tmp_path / "home")
    ok(run("--db", db, "init", "--municipality", "Commune de Kananga", "--currency", "CDF", "--device-code", "T01",
           "--agent", "Ilunga", "--timezone", "Africa/Lubumbashi", env=env))
    code = json.loads(_server(served, [str(ROOT / ".venv/bin/quittance-server"), "device", "add", "T07", "--agent",
                                       "Ilunga Kabeya", "--json"]).stdout)["enrollment_code"]
    ok(run("--db", db, "enroll", "--server", served.base_url, "--code", code, env=env))
    assert json.loads(ok(run("--db", db, "sync", "--json", env=env)))["ok"]
    trusted_before = _setting(db, "sync.server_public_key")

    logo = json.loads(_server(served, readme_line(".venv/bin/quittance-server logo set")).stdout)
    rotated = json.loads(_server(served, readme_line(".venv/bin/quittance-server key rotate")).stdout)
    listing = _server(served, readme_line(".venv/bin/quittance-server key list")).stdout

    assert logo["logo"] is True and rotated["previous_key"] == trusted_before
    assert "in use" in listing.splitlines()[-1] and rotated["public_key"] in listing.splitlines()[-1]
    key_file = Path(rotated["key_path"])
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert public_key_of(key_file.read_text().strip()) == rotated["public_key"]
    with reading(server.engine) as conn:  # the database holds public keys and hand-overs, never the private half
        stored = " ".join(str(v) for row in conn.execute(server_keys.select()) for v in row)
    assert key_file.read_text().strip() not in stored

    synced = json.loads(ok(run("--db", db, "sync", "--json", env=env)))  # the server process was not restarted
    assert synced["ok"] and synced["pulled"] >= 1, synced
    assert _setting(db, "sync.server_public_key") == rotated["public_key"]
    assert "Intègre" in ok(run("--db", db, "verify", env=env))
    assert _setting(db, "municipality.logo")  # the logo came with the pull


def _setting(db: Path, key: str):  # noqa: ANN202
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    finally:
        conn.close()
    return json.loads(row[0]) if row else None


def test_the_readme_init_with_a_logo_and_a_file_naming_one(tmp_path, database_url):  # noqa: F811
    env = {**cli_env(tmp_path / "home"), "QUITTANCE_SERVER_DATA": str(tmp_path / "server-data"),
           "QUITTANCE_DATABASE_URL": database_url}
    init = subprocess.run(readme_line(".venv/bin/quittance-server init --file") + ["--json"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    assert json.loads(init.stdout)["logo"] is True
    # A file that is no image is refused in words, and nothing is initialised.
    (tmp_path / "seal.png").write_text("not an image")
    config = json.loads((ROOT / "resources/server/demo-kananga.json").read_text(encoding="utf-8"))
    config["municipality"]["logo"] = "seal.png"
    (tmp_path / "town.json").write_text(json.dumps(config))
    other = {**env, "QUITTANCE_SERVER_DATA": str(tmp_path / "other"),
             "QUITTANCE_DATABASE_URL": f"sqlite:///{tmp_path / 'other.db'}"}
    refused = subprocess.run([str(ROOT / ".venv/bin/quittance-server"), "init", "--file", str(tmp_path / "town.json")],
                             cwd=ROOT, env=other, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "is not a readable PNG or JPEG image" in refused.stderr
    stats = subprocess.run([str(ROOT / ".venv/bin/quittance-server"), "init", "--if-needed"], cwd=ROOT, env=other,
                           capture_output=True, text=True, timeout=120)
    assert "Initialised" in stats.stdout  # the refused init left nothing behind
