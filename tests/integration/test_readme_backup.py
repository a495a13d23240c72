"""The README's "Backup and restore" block, run as written (its /tmp paths moved into a temporary
folder): a backup of a real device, `verify` on the backup, a restore of it. Then the same restore
line once the device has issued another receipt: refused, nothing changed."""
from __future__ import annotations

from tests.cli_support import PIN, cli_env, ok, run
from tests.integration.test_readme_commands import _quittance_launcher
from tests.readme_blocks import ROOT, command_lines, readme_block, run_line

PAY = ("--tax", "PAT", "--period", "2026", "--amount", "5000", "--method", "cash", "--advance")


def test_the_readme_backup_block_works_as_written(tmp_path):
    home, db = tmp_path / "home", tmp_path / "t07.db"
    env = cli_env(home, PIN)
    ok(run("init", "--db", db, "--municipality", "Commune de Kananga", "--currency", "CDF", "--device-code", "T07",
           "--agent", "Ilunga", "--pin", PIN, "--timezone", "Africa/Lubumbashi", env=env))
    ok(run("seed", "--db", db, "--as", "Ilunga", "--taxpayers", 20, env=env))
    taxpayer = ok(run("register", "--db", db, "--as", "Ilunga", "--name", "Thérèse Mbuyi", env=env))
    ok(run("session", "open", "--db", db, "--as", "Ilunga", env=env))
    assert ok(run("pay", "--db", db, "--as", "Ilunga", "--taxpayer", taxpayer, *PAY, env=env)) == "T07-2026-000001"
    (tmp_path / "stick").mkdir()

    lines = [line.replace("/tmp/", f"{tmp_path}/").replace(".venv/bin/quittance", _quittance_launcher())
             for line in command_lines(readme_block("backup --out"))]
    assert len(lines) == 3
    outputs = []
    for line in lines:
        done = run_line(line, ROOT, env)
        assert done.returncode == 0, f"{line}\n{done.stderr}"
        outputs.append(done.stdout)
    written, verified, restored = outputs
    assert written.startswith(f"Sauvegarde écrite : {tmp_path}/stick/t07-backup.db (")
    assert "dernier reçu T07-2026-000001" in written and "Vérifiée : intègre" in written
    assert verified.startswith("Intègre :")
    assert restored.startswith(f"Restauré : {db} contient maintenant la sauvegarde")

    # The device goes on: the same restore would now issue T07-2026-000002 again.
    assert ok(run("pay", "--db", db, "--as", "Ilunga", "--taxpayer", taxpayer, *PAY, env=env)) == "T07-2026-000002"
    before = db.read_bytes()
    refused = run_line(lines[2], ROOT, env)
    assert refused.returncode == 2 and refused.stdout == ""
    assert "Restauration refusée" in refused.stderr and "(reçu T07-2026-000002)" in refused.stderr
    assert db.read_bytes() == before
    assert ok(run("pay", "--db", db, "--as", "Ilunga", "--taxpayer", taxpayer, *PAY, env=env)) == "T07-2026-000003"
