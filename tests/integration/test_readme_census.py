"""The README's census session on the device, run exactly as written (its /tmp paths moved into a
temporary folder), each step checked by what it left: the form on the device, the CSV files of
its repeats, a GeoPackage GDAL opens, a GeoJSON, the averaged GNSS point."""
from __future__ import annotations

import json
import subprocess

from tests.cli_support import REPO, cli_env
from tests.integration.test_readme_commands import _quittance_launcher
from tests.readme_blocks import command_lines, readme_block
from tests.unit.test_gis_exports import ogrinfo_summary


def test_the_readme_census_session_works_as_written(tmp_path):
    lines = command_lines(readme_block('q=".venv/bin/quittance --db /tmp/census.db"'))
    lines = [line.replace("/tmp", str(tmp_path)).replace(".venv/bin/quittance", _quittance_launcher())
             for line in lines]
    prelude = [line for line in lines if line.startswith(("export ", "q="))]
    steps = [line for line in lines if line not in prelude]
    assert len(steps) == 8
    env = cli_env(tmp_path / "home", pin=None)  # only what the README itself exports
    shown = []
    for step in steps:
        done = subprocess.run(["bash", "-c", "\n".join([*prelude, step])], cwd=REPO, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, f"{step}\n{done.stderr}"
        shown.append(done.stdout)
    assert "census_buildings" in shown[3] and "Recensement des bâtiments" in shown[3]
    for name in ("census_buildings", "census_buildings-building", "census_buildings-household",
                 "census_buildings-member"):
        header = (tmp_path / f"{name}.csv").read_text(encoding="utf-8-sig").splitlines()[0]
        assert "KEY" in header
    layers = ogrinfo_summary(tmp_path / "taxpayers.gpkg")
    assert "Feature Count: 200" in next(iter(layers.values()))
    buildings = json.loads((tmp_path / "buildings.geojson").read_text(encoding="utf-8"))
    assert buildings["type"] == "FeatureCollection"
    assert "Point moyen : -5.896" in shown[-1]  # the demo receiver's log, in Kananga, averaged
