"""An export killed halfway (SIGKILL, a power cut) leaves no file with personal data behind: it is
written with no name until whole (core/export.py, output_file)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NAME = "Kabasélé Ngoyi Félicité"
WRITER = f"""
import sys, time
from pathlib import Path
from core.export import output_file
with output_file(Path(sys.argv[1]), "w", encoding="utf-8-sig", newline="") as handle:
    handle.write("name\\n" + "{NAME}\\n" * 5000)
    handle.flush()
    print("halfway", flush=True)
    time.sleep(120)
"""


@pytest.mark.skipif(not hasattr(os, "O_TMPFILE"), reason="unnamed files are Linux's (O_TMPFILE)")
def test_a_killed_export_leaves_nothing_readable(tmp_path):
    out = tmp_path / "taxpayers.csv"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(out)], cwd=REPO, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        assert writer.stdout.readline().strip() == "halfway"
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    left = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert [p for p in left if NAME.encode() in p.read_bytes()] == [] and left == []


def test_a_finished_export_is_whole_and_alone(tmp_path):
    from core.export import output_file

    out = tmp_path / "taxpayers.csv"
    with output_file(out, "w", encoding="utf-8") as handle:
        handle.write(f"name\n{NAME}\n")
    assert out.read_text(encoding="utf-8") == f"name\n{NAME}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taxpayers.csv"]
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_a_geopackage_export_has_no_file_until_it_is_whole(ledger, tmp_path, monkeypatch):
    """While its layers are written, a GeoPackage export has no file in the folder (it is built in
    memory): killed then, it would leave nothing; finished, it is one file QGIS opens."""
    from core import gpkg
    from core.export import export_map
    from tests.conftest import add_assessed_taxpayer

    add_assessed_taxpayer(ledger, NAME)
    folder = tmp_path / "exports"
    folder.mkdir()
    seen_while_writing: list[list[str]] = []
    write_layer = gpkg.GeoPackage.write_layer

    def watched(self, layer, features):  # noqa: ANN001,ANN202 - GeoPackage.write_layer's
        seen_while_writing.append(sorted(p.name for p in folder.iterdir()))
        return write_layer(self, layer, features)

    monkeypatch.setattr(gpkg.GeoPackage, "write_layer", watched)
    export_map(ledger, "taxpayers", "gpkg", folder / "taxpayers.gpkg")
    assert seen_while_writing and all(names == [] for names in seen_while_writing)
    assert sorted(p.name for p in folder.iterdir()) == ["taxpayers.gpkg"]
    assert (folder / "taxpayers.gpkg").read_bytes().startswith(b"SQLite format 3\x00")
    assert NAME.encode() in (folder / "taxpayers.gpkg").read_bytes()
