"""The README's census block on the server, run exactly as written (its /tmp paths moved into a
temporary folder), on SQLite and PostgreSQL: the form published, the zones' outlines, a basemap
drawn and added, the submissions' CSV files."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sync.server.schema import zones
from tests.readme_blocks import command_lines, readme_block

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent / "quittance-server"


def test_the_readme_census_server_block_works_as_written(tmp_path, database_url):
    env = {**os.environ, "QUITTANCE_SERVER_DATA": str(tmp_path / "server-data"),
           "QUITTANCE_DATABASE_URL": database_url}
    launcher = ".venv/bin/quittance-server" if (ROOT / ".venv/bin/quittance-server").exists() else str(BIN)
    python = ".venv/bin/python" if (ROOT / ".venv/bin/python").exists() else sys.executable
    subprocess.run([launcher, "init"], cwd=ROOT, env=env, check=True, capture_output=True, timeout=120)
    lines = [line.replace("/tmp", str(tmp_path)).replace(".venv/bin/quittance-server", launcher)
             .replace(".venv/bin/python", python) for line in command_lines(readme_block("$s form publish"))]
    prelude, steps = lines[0], lines[1:]
    shown = []
    for step in steps:
        done = subprocess.run(["bash", "-c", f"{prelude}\n{step}"], cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{step}\n{done.stderr}"
        shown.append(done.stdout)
    listed = subprocess.run([launcher, "form", "list", "--json"], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert "census_buildings" in listed.stdout
    basemaps = json.loads(subprocess.run([launcher, "basemap", "list", "--json"], cwd=ROOT, env=env,
                                         capture_output=True, text=True, timeout=120).stdout)
    assert "Kananga (demo)" in json.dumps(basemaps, ensure_ascii=False)
    assert (tmp_path / "census" / "census_buildings.csv").exists()
    from sqlalchemy import create_engine, select
    engine = create_engine(database_url)
    with engine.connect() as conn:
        outlined = conn.execute(select(zones.c.code).where(zones.c.geometry.is_not(None))).scalars().all()
    engine.dispose()
    assert len(outlined) == 8
