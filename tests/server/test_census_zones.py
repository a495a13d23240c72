"""Zones' polygons: `quittance-server zone geometry --file ZONES.geojson` sets them by zone code,
devices receive them in the zone's pulled record, and a file with an unknown code, an invalid
polygon or coordinates that are not WGS84 is refused whole."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from sync.server import cli
from sync.server.schema import zones
from tests.server.support import ZONE_IDS, auth, enrolled_device

BIN = Path(sys.executable).parent / "quittance-server"
ROOT = Path(__file__).resolve().parents[2]
SQUARE = [[[22.40, -5.90], [22.42, -5.90], [22.42, -5.88], [22.40, -5.88], [22.40, -5.90]]]


def _feature(code: str, coordinates=SQUARE, kind: str = "Polygon") -> dict:  # noqa: ANN001
    return {"type": "Feature", "properties": {"code": code, "name": code},
            "geometry": {"type": kind, "coordinates": coordinates}}


def _file(tmp_path: Path, *features: dict, **extra) -> Path:  # noqa: ANN003
    path = tmp_path / "zones.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features), **extra}), encoding="utf-8")
    return path


def _run(server, *args: str) -> subprocess.CompletedProcess:  # noqa: ANN001
    """The command as typed, run in this process (the demo test below runs a real one)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url,
                         *args])
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def _pulled_zones(server, token: str) -> dict[str, dict]:  # noqa: ANN001
    page = server.client.get("/api/v1/pull", headers=auth(token), params={"limit": 5000}).json()
    return {r["data"]["code"]: r for r in page["records"] if r["kind"] == "zone"}


def test_polygons_are_set_by_code_and_pulled_by_devices(server, tmp_path):
    token = enrolled_device(tmp_path / "d.db", server)[1]
    before = _pulled_zones(server, token)
    assert before["KAT"]["data"]["geometry"] is None
    multi = [SQUARE, [[[22.43, -5.90], [22.44, -5.90], [22.44, -5.89], [22.43, -5.90]]]]
    done = _run(server, "zone", "geometry", "--file", str(_file(tmp_path, _feature("kat"),
                                                                  _feature("NDE", multi, "MultiPolygon"))), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"changed": ["KAT", "NDE"], "unchanged": [], "without_geometry": ["LUK"]}
    after = _pulled_zones(server, token)
    kat = after["KAT"]
    # GeoJSON as text: a pull page is signed canonical JSON, which has no floats.
    assert json.loads(kat["data"]["geometry"]) == {"type": "Polygon", "coordinates": SQUARE}
    assert kat["version"] == before["KAT"]["version"] + 1 and kat["id"] == ZONE_IDS["KAT"]
    assert json.loads(after["NDE"]["data"]["geometry"])["type"] == "MultiPolygon"
    again = _run(server, "zone", "geometry", "--file", str(tmp_path / "zones.geojson"))
    assert again.returncode == 0 and "unchanged: KAT, NDE" in again.stdout


def test_a_rename_keeps_the_polygon(server, tmp_path):
    _run(server, "zone", "geometry", "--file", str(_file(tmp_path, _feature("KAT"))))
    assert _run(server, "zone", "rename", "KAT", "Katoka-Centre").returncode == 0
    token = enrolled_device(tmp_path / "d.db", server)[1]
    kat = _pulled_zones(server, token)["KAT"]["data"]
    assert kat["name"] == "Katoka-Centre" and json.loads(kat["geometry"])["coordinates"] == SQUARE


BOWTIE = [[[22.40, -5.90], [22.42, -5.88], [22.42, -5.90], [22.40, -5.88], [22.40, -5.90]]]
UTM = [[[500000, 9340000], [510000, 9340000], [510000, 9350000], [500000, 9340000]]]


@pytest.mark.parametrize("features, extra, words", [
    ([_feature("KAT"), _feature("XYZ")], {}, "unknown zone code(s) in the file: XYZ"),
    ([_feature("KAT", BOWTIE)], {}, "feature 1 (zone KAT): a ring crosses itself"),
    ([_feature("KAT", [SQUARE[0][:4]])], {}, "a ring is not closed"),
    ([_feature("KAT", [[[22.4, -5.9], [22.41, -5.9], [22.4, -5.9]]])], {}, "fewer than 4 positions"),
    ([_feature("KAT", [22.4, -5.9], "Point")], {}, "geometry is Point, not a Polygon or MultiPolygon"),
    ([_feature("KAT", UTM)], {}, "is not WGS84 degrees"),
    ([_feature("KAT")], {"crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::32734"}}},
     "only WGS84 longitude/latitude"),
    ([_feature("KAT"), _feature("KAT")], {}, "appears twice"),
    ([{"type": "Feature", "properties": {}, "geometry": None}], {}, "no property \"code\""),
])
def test_a_bad_file_is_refused_whole_naming_the_feature(server, tmp_path, features, extra, words):
    refused = _run(server, "zone", "geometry", "--file", str(_file(tmp_path, *features, **extra)))
    assert refused.returncode == 2 and words in refused.stderr, refused.stderr
    assert all(row["geometry"] is None for row in server.rows(zones))


def test_the_demo_server_gets_the_demo_zones_polygons(tmp_path, database_url):
    env = {**os.environ, "QUITTANCE_SERVER_DATA": str(tmp_path / "server-data"),
           "QUITTANCE_DATABASE_URL": database_url}
    init = subprocess.run([str(BIN), "init", "--json"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    assert json.loads(init.stdout)["zone_polygons"] == 8
    listed = subprocess.run([str(BIN), "init", "--if-needed"], env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=120)
    assert listed.returncode == 0 and "Already initialised" in listed.stdout
