"""GIS exports as QGIS sees them: every file is read back by GDAL's `ogrinfo` (Debian gdal-bin,
the reader QGIS itself uses), which must open it with no warning and find the right layers,
feature counts, CRS (WGS 84, EPSG:4326) and geometry types; GeoPackages also pass GDAL's own
validator (validate_gpkg.py, Debian python3-gdal). Taxpayers carry their payment status, buildings
their polygons, census submissions their geometry and answers; accents and formula-like text
come through as the data they are.

The `geometry` column of taxable_objects (device migration v16, branch h-positions-polygons) is
made here as that migration makes it, until it lands; census submissions are rows of v15's
`submissions` table written straight in (several forms and shapes at once), and once recorded
through the app itself. A device without them exports empty layers."""
from __future__ import annotations

import json
import os
import re
import shutil
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
import subprocess
import sys
from pathlib import Path

import pytest

from core.export import export_map
from core.ids import id_bytes, new_id
from core.registry import Location
from tests.cli_support import REPO, cli_device_template, quittance  # noqa: F401 (a fixture)
from tests.conftest import add_assessed_taxpayer

FORMULA = '=HYPERLINK("http://evil.example","Cliquez")'
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, where python3-gdal puts osgeo_utils


def need(tool: str, package: str) -> str:
    found = shutil.which(tool)
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail(f"Debian's {package} is missing: .ci/run installs it")
        pytest.skip(f"Debian package {package} not installed (apt-get install {package})")
    return found


def ogrinfo_summary(path: Path) -> dict[str, str]:
    """`ogrinfo -ro -al -so FILE`, which must succeed without a word on stderr or a warning;
    each layer's block of the summary, by layer name."""
    done = subprocess.run([need("ogrinfo", "gdal-bin"), "-ro", "-al", "-so", str(path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stderr == "" and "Warning" not in done.stdout and "ERROR" not in done.stdout, done.stderr
    blocks = done.stdout.split("\nLayer name: ")[1:]
    return {block.split("\n", 1)[0]: block for block in blocks}


def ogr_features(path: Path, *args: str) -> list[dict[str, str]]:
    """Each feature as ogrinfo prints it: field -> value text, and "geometry" as WKT."""
    done = subprocess.run([need("ogrinfo", "gdal-bin"), "-ro", "-q", "-al", str(path), *args],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    features = []
    for block in re.split(r"\nOGRFeature\([^)]*\):\d+\n", done.stdout)[1:]:
        fields = dict(re.findall(r"^  (\S+) \([^)]*\) = (.*)$", block, re.M))
        shapes = re.findall(r"^  ((?:MULTI)?(?:POINT|LINESTRING|POLYGON).*)$", block, re.M)
        fields["geometry"] = shapes[0] if shapes else ""
        features.append(fields)
    return features


def assert_wgs84(block: str, geometry: str, count: int) -> None:
    assert f"Geometry: {geometry}\n" in block, block[:200]
    assert f"Feature Count: {count}\n" in block, block[:200]
    assert 'GEOGCRS["WGS 84"' in block and 'ID["EPSG",4326]' in block
    assert "Data axis to CRS axis mapping: 2,1" in block  # stored longitude first, as RFC 7946 and GeoPackage say


def validate_gpkg(path: Path) -> None:
    """GDAL's GeoPackage validator (requirements of the standard, and its extra checks)."""
    need("ogrinfo", "gdal-bin")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import osgeo_utils.samples.validate_gpkg"], capture_output=True)
    if probe.returncode != 0:
        if os.environ.get("CI") == "true":
            pytest.fail("Debian's python3-gdal is missing: .ci/run installs it")
        pytest.skip("Debian package python3-gdal not installed (apt-get install python3-gdal)")
    done = subprocess.run([SYSTEM_PYTHON, "-m", "osgeo_utils.samples.validate_gpkg", "--extra", "--warning-as-error",
                           str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def strict_json(path: Path) -> dict:
    def refuse(constant: str):
        raise ValueError(f"{constant} is not JSON")
    return json.loads(path.read_text(encoding="utf-8"), parse_constant=refuse)


def ring_area(ring: list) -> float:
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:]))


# -- the city ------------------------------------------------------------------------------------
CLOCKWISE_SQUARE = [[22.4170, -5.8960], [22.4172, -5.8960], [22.4172, -5.8962], [22.4170, -5.8962]]  # not closed
COURTYARD = {"type": "Polygon", "coordinates": [
    [[22.4180, -5.8970], [22.4190, -5.8970], [22.4190, -5.8980], [22.4180, -5.8980], [22.4180, -5.8970]],
    [[22.4183, -5.8973], [22.4183, -5.8977], [22.4187, -5.8977], [22.4187, -5.8973], [22.4183, -5.8973]]]}


def shape_objects(conn: sqlite3.Connection) -> None:
    """Migration v16's column (h-positions-polygons), until it lands."""
    if "geometry" not in {row[1] for row in conn.execute("PRAGMA table_info(taxable_objects)")}:
        conn.execute("ALTER TABLE taxable_objects ADD COLUMN geometry TEXT")


def make_submissions(conn: sqlite3.Connection) -> None:
    """Migration v15's table (h-submissions, now on main): made only on a schema without it."""
    conn.execute("CREATE TABLE IF NOT EXISTS submissions (id TEXT PRIMARY KEY, form_id TEXT NOT NULL, "
                 "form_version TEXT NOT NULL, agent_id TEXT NOT NULL, answers TEXT NOT NULL, geometry TEXT, "
                 "taxpayer_id TEXT, recorded_at TEXT NOT NULL, event_seq INTEGER NOT NULL REFERENCES events(seq))")


@pytest.fixture
def city(ledger):
    located = {"paid": Location(-5.8962134, 22.4171, 4.0, "gps"), "partly": Location(-5.8871, 22.4302, 6.0, "gps"),
               "owes": Location(-5.9012, 22.4105, 9.0, "external-gnss")}
    ids = {"paid": add_assessed_taxpayer(ledger, "Kabasélé Ngoyi Françoise", periods=("2026",),
                                         phone="+243812345678", location=located["paid"]),
           "partly": add_assessed_taxpayer(ledger, FORMULA, periods=("2026",), location=located["partly"]),
           "owes": add_assessed_taxpayer(ledger, "Tshimanga Kapinga", periods=("2026",), location=located["owes"]),
           "nothing": ledger.register_taxpayer(name="Mbuyi Thérèse", zone="NDE")}
    ledger.open_session(0)
    ledger.pay(taxpayer_id=ids["paid"], tax_code="PAT", period="2026", amount=2_000_000, method="cash")
    ledger.pay(taxpayer_id=ids["partly"], tax_code="PAT", period="2026", amount=500_000, method="cash")
    conn = ledger.store.conn
    shape_objects(conn)
    objects = {
        "shop": ledger.add_taxable_object(taxpayer_id=ids["paid"], kind="other", reference="BAT-KAT-0001",
                                          description="Boutique Élégance, façade bleue",
                                          attributes={"surface_m2": 120, "usage": "commerce"}),
        "courtyard": ledger.add_taxable_object(taxpayer_id=ids["owes"], kind="other", reference=FORMULA,
                                               attributes={"surface_m2": 410.5}),
        "pointed": ledger.add_taxable_object(taxpayer_id=ids["owes"], kind="other", reference="BAT-KAT-0003"),
        "undrawn": ledger.add_taxable_object(taxpayer_id=ids["partly"], kind="other", reference="BAT-KAT-0004"),
    }
    shapes = {"shop": {"type": "Polygon", "coordinates": [CLOCKWISE_SQUARE]}, "courtyard": COURTYARD,
              "pointed": {"type": "Point", "coordinates": [22.41, -5.89]}}
    for key, shape in shapes.items():
        conn.execute("UPDATE taxable_objects SET geometry = ? WHERE id = ?", (json.dumps(shape), id_bytes(objects[key])))
    make_submissions(conn)
    agent = ledger.find_agent("Ilunga Kabeya").id
    submitted = [
        ("recensement", {"type": "Polygon", "coordinates": [CLOCKWISE_SQUARE + [CLOCKWISE_SQUARE[0]]]},
         {"nom": "Boutique Élégance", "batiment": {"usage": "commerce", "etages": "2"},
          "menage": [{"taille": "4"}, {"taille": "3"}], "remarque": "=1+1"}, ids["paid"]),
        ("recensement", None, {"nom": "Dépôt sans plan", "batiment": {"usage": "stockage", "etages": ""},
                               "menage": [], "remarque": ""}, None),
        ("marches", {"type": "Point", "coordinates": [22.4201, -5.8899, 612.4]}, {"etal": "E-12", "produit": "manioc"},
         None),
    ]
    for n, (form, geometry, answers, taxpayer) in enumerate(submitted):
        conn.execute("INSERT INTO submissions (id, form_id, form_version, agent_id, answers, geometry, taxpayer_id, "
                     "recorded_at, event_seq) VALUES (?, ?, '2026110101', ?, ?, ?, ?, ?, (SELECT max(seq) FROM events))",
                     (new_id(), form, agent, json.dumps(answers, ensure_ascii=False),
                      json.dumps(geometry) if geometry else None, taxpayer, f"2026-11-2{n}T10:00:00.000Z"))
    return ids, objects


# -- taxpayers -------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["gpkg", "geojson"])
def test_taxpayers_open_in_gdal_as_points_with_their_payment_status(ledger, city, tmp_path, fmt):
    ids, _objects = city
    out = tmp_path / f"taxpayers.{fmt}"
    done = export_map(ledger, "taxpayers", fmt, out)
    assert (done.features, done.skipped) == (4, 0)
    layers = ogrinfo_summary(out)
    assert list(layers) == ["taxpayers"]
    assert_wgs84(layers["taxpayers"], "Point", 4)
    for field in ("name: String", "payment_status: String", "due: Integer", "zone_code: String"):
        assert field in layers["taxpayers"], field
    features = {f["id"]: f for f in ogr_features(out)}
    status = {key: (features[i]["payment_status"], features[i]["assessed"], features[i]["paid"], features[i]["due"])
              for key, i in ids.items()}
    assert status == {"paid": ("paid", "2000000", "2000000", "0"), "partly": ("partly_paid", "2000000", "500000", "1500000"),
                      "owes": ("in_arrears", "2000000", "0", "2000000"), "nothing": ("never_assessed", "0", "0", "0")}
    paid = features[ids["paid"]]
    assert paid["geometry"] == "POINT (22.4171 -5.8962134)"  # x is the longitude
    assert (paid["name"], paid["phone"], paid["zone"]) == ("Kabasélé Ngoyi Françoise", "+243812345678", "Katoka")
    assert paid["last_payment"] in ("2026/11/22", "2026-11-22") and paid["year"] == "2026"
    assert features[ids["partly"]]["name"] == FORMULA  # data, not a formula: GIS tools evaluate nothing
    assert features[ids["nothing"]]["geometry"] == ""  # no position: a null geometry, still in the layer
    if fmt == "gpkg":
        validate_gpkg(out)


def test_taxpayers_geojson_is_strict_rfc_7946(ledger, city, tmp_path):
    ids, _objects = city
    out = tmp_path / "taxpayers.geojson"
    export_map(ledger, "taxpayers", "geojson", out, year=2026)
    document = strict_json(out)
    assert set(document) == {"type", "features"}  # no crs member: RFC 7946 removed it
    features = {f["properties"]["id"]: f for f in document["features"]}
    assert features[ids["paid"]]["geometry"] == {"type": "Point", "coordinates": [22.4171, -5.8962134]}
    assert features[ids["nothing"]]["geometry"] is None
    assert features[ids["paid"]]["properties"]["payment_status"] == "paid"
    assert features[ids["paid"]]["properties"]["status"] == "active"  # the registry's status, as before
    earlier = tmp_path / "2025.geojson"
    export_map(ledger, "taxpayers", "geojson", earlier, year=2025)
    assert {f["properties"]["payment_status"] for f in strict_json(earlier)["features"]} == {"never_assessed"}


# -- buildings -------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["gpkg", "geojson"])
def test_buildings_are_polygons_and_objects_without_one_are_left_out(ledger, city, tmp_path, fmt):
    ids, objects = city
    out = tmp_path / f"buildings.{fmt}"
    done = export_map(ledger, "buildings", fmt, out)
    drawn = {objects["shop"], objects["courtyard"]}
    undrawn = ledger.store.conn.execute("SELECT count(*) FROM taxable_objects").fetchone()[0] - len(drawn)
    assert (done.features, done.skipped) == (2, undrawn)  # a point or no shape: not a building's outline
    layers = ogrinfo_summary(out)
    assert_wgs84(layers["buildings"], "Polygon", 2)
    assert "Extent: (22.417000, -5.898000) - (22.419000, -5.896000)" in layers["buildings"]
    features = {f["id"]: f for f in ogr_features(out)}
    assert set(features) == drawn
    shop, courtyard = features[objects["shop"]], features[objects["courtyard"]]
    # Counter-clockwise, closed: the right-hand rule, whichever way the agent walked round it.
    assert shop["geometry"] == "POLYGON ((22.417 -5.896,22.417 -5.8962,22.4172 -5.8962,22.4172 -5.896,22.417 -5.896))"
    assert courtyard["geometry"].count("(") == 3  # the exterior and its hole
    assert (shop["description"], shop["taxpayer"], shop["payment_status"]) == \
        ("Boutique Élégance, façade bleue", "Kabasélé Ngoyi Françoise", "paid")
    assert (shop["surface_m2"], shop["usage"]) == ("120", "commerce")
    assert (courtyard["reference"], courtyard["surface_m2"], courtyard["payment_status"]) == (
        FORMULA, "410.5", "in_arrears")
    if fmt == "gpkg":
        assert "surface_m2: Real" in layers["buildings"]
        validate_gpkg(out)


def test_buildings_geojson_rings_follow_the_right_hand_rule(ledger, city, tmp_path):
    _ids, objects = city
    out = tmp_path / "buildings.geojson"
    export_map(ledger, "buildings", "geojson", out)
    rings = {f["properties"]["id"]: f["geometry"]["coordinates"] for f in strict_json(out)["features"]}
    for polygon in rings.values():
        assert all(ring[0] == ring[-1] and len(ring) >= 4 for ring in polygon)
        assert ring_area(polygon[0]) > 0  # exterior counter-clockwise
        assert all(ring_area(hole) < 0 for hole in polygon[1:])  # holes clockwise
    assert len(rings[objects["courtyard"]]) == 2


def test_a_device_before_polygons_exports_an_empty_buildings_layer(ledger, tmp_path):
    add_assessed_taxpayer(ledger)
    out = tmp_path / "buildings.gpkg"
    done = export_map(ledger, "buildings", "gpkg", out)
    assert (done.features, done.skipped) == (0, 1)
    assert_wgs84(ogrinfo_summary(out)["buildings"], "Polygon", 0)


# -- submissions -----------------------------------------------------------------------------------
def test_submissions_one_gpkg_layer_per_form_with_its_answers_as_columns(ledger, city, tmp_path):
    ids, _objects = city
    out = tmp_path / "census.gpkg"
    done = export_map(ledger, "submissions", "gpkg", out)
    assert done.layers == {"submissions_marches": 1, "submissions_recensement": 2}
    layers = ogrinfo_summary(out)
    assert_wgs84(layers["submissions_recensement"], "Polygon", 2)
    assert_wgs84(layers["submissions_marches"], "Point", 1)
    for field in ("nom: String", "batiment-usage: String", "batiment-etages: String", "menage_count: Integer",
                  "answers: String", "form_version: String"):
        assert field in layers["submissions_recensement"], field
    census = ogr_features(out, "submissions_recensement")
    first, second = census
    assert (first["nom"], first["batiment-usage"], first["menage_count"], first["remarque"]) == \
        ("Boutique Élégance", "commerce", "2", "=1+1")
    assert (first["agent"], first["taxpayer_id"], first["form_id"]) == ("Ilunga Kabeya", ids["paid"], "recensement")
    assert json.loads(first["answers"])["menage"] == [{"taille": "4"}, {"taille": "3"}]  # the repeat, whole
    assert first["geometry"].startswith("POLYGON ((22.417 -5.896,22.417 -5.8962,")
    assert (second["nom"], second["geometry"]) == ("Dépôt sans plan", "")  # no shape drawn: a null geometry
    market = ogr_features(out, "submissions_marches")[0]
    assert market["geometry"] == "POINT (22.4201 -5.8899)"  # 2D: the altitude is dropped
    validate_gpkg(out)


def test_submissions_geojson_is_one_collection_of_every_form(ledger, city, tmp_path):
    out = tmp_path / "census.geojson"
    assert export_map(ledger, "submissions", "geojson", out).features == 3
    layers = ogrinfo_summary(out)
    assert_wgs84(layers["census"], "Unknown (any)", 3)  # polygons and points together
    document = strict_json(out)
    assert {f["properties"]["form_id"] for f in document["features"]} == {"recensement", "marches"}
    market = next(f for f in document["features"] if f["properties"]["form_id"] == "marches")
    assert market["geometry"] == {"type": "Point", "coordinates": [22.4201, -5.8899]}
    assert market["properties"]["produit"] == "manioc"


def test_a_device_without_submissions_exports_an_empty_layer(ledger, tmp_path):
    out = tmp_path / "census.gpkg"
    assert export_map(ledger, "submissions", "gpkg", out).layers == {"submissions": 0}
    assert_wgs84(ogrinfo_summary(out)["submissions"], "Unknown (any)", 0)
    validate_gpkg(out)


# -- the command -----------------------------------------------------------------------------------
def test_payments_as_a_geopackage_of_points(ledger, city, tmp_path):
    out = tmp_path / "payments.gpkg"
    assert export_map(ledger, "payments", "gpkg", out).features == 2
    assert_wgs84(ogrinfo_summary(out)["payments"], "Point", 2)
    assert {f["amount"] for f in ogr_features(out)} == {"2000000", "500000"}


def test_the_command_refuses_csv_for_a_map_layer_and_a_pipe_for_a_geopackage(cli_device_template, tmp_path):
    from tests.cli_support import copy_device

    db, _taxpayer = copy_device(cli_device_template, tmp_path / "device")
    refused = quittance(tmp_path, "export", "--db", db, "--format", "csv", "--what", "buildings",
                        "--out", tmp_path / "b.csv")
    assert refused.returncode == 2 and "« buildings » ne s'exporte pas en csv" in refused.stderr
    assert not (tmp_path / "b.csv").exists()
    piped = quittance(tmp_path, "export", "--db", db, "--format", "gpkg", "--what", "taxpayers",
                      "--out", "/dev/stdout")
    assert piped.returncode == 2 and "/dev/stdout n'est pas un fichier" in piped.stderr
    assert piped.stdout == ""


def test_a_failed_geopackage_keeps_the_previous_file_whole(ledger, city, tmp_path, monkeypatch):
    from core import gis_layers
    from core.errors import QuittanceError

    out = tmp_path / "taxpayers.gpkg"
    out.write_bytes(b"yesterday's export")
    real = gis_layers.taxpayers

    def cut_short(*args):  # noqa: ANN002, ANN202
        data = real(*args)
        features = iter(data.features)

        def failing():  # noqa: ANN202
            yield next(features)
            raise OSError(28, "No space left on device")
        data.features = failing()
        return data
    monkeypatch.setattr(gis_layers, "taxpayers", cut_short)
    with pytest.raises(QuittanceError) as refused:
        export_map(ledger, "taxpayers", "gpkg", out)
    assert "No space left on device" in refused.value.message("en")
    assert out.read_bytes() == b"yesterday's export"
    assert sorted(p.name for p in tmp_path.iterdir() if "taxpayers" in p.name) == ["taxpayers.gpkg"]


DOC = REPO / "docs" / "census" / "gis-exports.md"
DOC_DB = "/tmp/t07.db"


def documented_lines() -> list[str]:
    """The shell block of the GIS exports guide (docs/census/gis-exports.md, or the README once
    the guide is folded into it)."""
    for path in (DOC, REPO / "README.md"):
        if not path.exists():
            continue
        for block in re.findall(r"```sh\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.S):
            if "--what buildings --out buildings.gpkg" in block:
                return [line for line in block.splitlines() if line.strip()]
    raise AssertionError("the GIS exports guide has lost its shell block")


def test_the_documented_commands_work_as_written(ledger, city, tmp_path):
    need("ogrinfo", "gdal-bin")  # the block ends with it: skip (or fail under CI) before running anything
    lines = documented_lines()
    prelude, steps = lines[:1], lines[1:]
    assert prelude == [f'q=".venv/bin/quittance --db {DOC_DB}"']
    work = tmp_path / "work"
    work.mkdir()
    (work / ".venv").symlink_to(Path(sys.executable).parent.parent)
    # The reader exported their PIN once (README, "Command line"): it unlocks the encrypted file.
    env = {**os.environ, "PYTHONPATH": str(REPO), "QUITTANCE_PIN": "1234"}
    outputs = []
    for step in steps:
        script = "\n".join([*prelude, step]).replace(DOC_DB, str(ledger.store.path))
        done = subprocess.run(["bash", "-c", script], cwd=work, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0 and done.stderr == "", f"{step}\n{done.stderr}"
        outputs.append(done.stdout)
    assert outputs[0].strip() == "4 ligne(s) exportée(s) vers taxpayers.gpkg."
    summary = json.loads(outputs[1])
    assert (summary["rows"], summary["layers"], summary["format"]) == (2, {"buildings": 2}, "gpkg")
    assert summary["skipped"] == ledger.store.conn.execute("SELECT count(*) FROM taxable_objects").fetchone()[0] - 2
    assert outputs[2].strip() == "3 ligne(s) exportée(s) vers census.geojson."
    assert "Layer name: taxpayers" in outputs[3] and "Feature Count: 4" in outputs[3]
    assert "payment_status: String" in outputs[3]
    assert_wgs84(ogrinfo_summary(work / "buildings.gpkg")["buildings"], "Polygon", 2)
    assert ogrinfo_summary(work / "census.geojson")["census"].count("Feature Count: 3") == 1


def test_the_spatial_index_is_sound_and_finds_what_lies_in_a_box(tmp_path):
    """The R-tree is built whole (core/gpkg_rtree.py), not by SQLite's inserts: SQLite's own
    rtreecheck() finds it sound, and GDAL's spatial filter, which reads it, finds exactly the
    points in a box; the triggers still keep it in step with an edit."""
    import random

    from core.geojson import point
    from core.gpkg import GeoPackage, Layer

    rng = random.Random(12)
    places = [(22.3 + rng.random() * 0.2, -5.95 + rng.random() * 0.1) for _ in range(5_000)]
    out = tmp_path / "points.gpkg"
    with GeoPackage(out) as package:
        package.write_layer(Layer("points", "Point", [("n", "INTEGER")]),
                            [(point(lon, lat), [n]) for n, (lon, lat) in enumerate(places)])
    conn = sqlite3.connect(out)
    try:
        assert conn.execute("SELECT rtreecheck('rtree_points_geom')").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM rtree_points_geom").fetchone()[0] == 5_000
    finally:
        conn.close()
    box = (22.35, -5.93, 22.40, -5.90)
    inside = sum(1 for lon, lat in places if box[0] <= lon <= box[2] and box[1] <= lat <= box[3])
    done = subprocess.run([need("ogrinfo", "gdal-bin"), "-ro", "-so", "-spat", *map(str, box), str(out), "points"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert f"Feature Count: {inside}\n" in done.stdout and 0 < inside < 5_000
    validate_gpkg(out)
    # An edit in QGIS (GDAL, which has the ST_ functions the standard's triggers call).
    edited = subprocess.run([need("ogrinfo", "gdal-bin"), str(out), "-sql", "DELETE FROM points WHERE n < 10"],
                            capture_output=True, text=True, timeout=120)
    assert edited.returncode == 0 and edited.stderr == "", edited.stderr
    conn = sqlite3.connect(out)
    try:
        assert conn.execute("SELECT rtreecheck('rtree_points_geom')").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM rtree_points_geom").fetchone()[0] == 4_990
    finally:
        conn.close()


# -- the writer's rules, and the server's export through it ------------------------------------------
@pytest.mark.parametrize(("stored", "expected"), [
    ({"type": "Point", "coordinates": [22.41710004, -5.89621349, 612.0]}, [22.4171, -5.8962135]),  # 7 places, 2D
    ({"type": "Point", "coordinates": [float("nan"), -5.9]}, None),
    ({"type": "Point", "coordinates": [200.0, -5.9]}, None),  # no longitude beyond 180
    ({"type": "Point", "coordinates": ["22.4", "-5.9"]}, None),  # text is no coordinate
    ({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 1]]]}, [[[0.0, 0.0], [1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]]),
    ({"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [0, 0]]]}, None),  # two corners are no ring
    ({"type": "Circle", "coordinates": [0, 0]}, None),
    ("not json", None),
], ids=["rounded-2d", "nan", "range", "text", "closed", "degenerate", "unknown", "garbage"])
def test_stored_geometries_are_made_strict_or_dropped(stored, expected):
    from core.geojson import parse_geometry

    made = parse_geometry(json.dumps(stored) if isinstance(stored, dict) else stored)
    assert (made and made["coordinates"]) == expected if expected is not None else made is None


def test_the_servers_geojson_goes_through_the_same_writer():
    """The server keeps the decimal text a device sent: rounded to 7 places in decimal (never a
    float), a negative zero written as 0, and no crs."""
    import io

    from core.standing import NOTHING
    from sync.server.export import write_geojson
    from sync.server.export_rows import Reference, TaxpayerRow

    ref = Reference("CDF", "Africa/Lubumbashi", {}, {}, {}, {}, {})
    rows = [TaxpayerRow("a", {"name": "Kabasélé", "latitude": "-5.896213449", "longitude": "22.41710000005"},
                        "KAT", "Katoka", NOTHING),
            TaxpayerRow("b", {"name": FORMULA, "latitude": "-0.00000001", "longitude": "0"}, "KAT", "Katoka", NOTHING),
            TaxpayerRow("c", {"name": "sans position"}, "KAT", "Katoka", NOTHING)]
    handle = io.StringIO()
    assert write_geojson(handle, rows, ref, 2026) == (2, 1)
    text = handle.getvalue()
    assert '"coordinates":[22.4171,-5.8962134]' in text and '"coordinates":[0,0]' in text
    document = json.loads(text)
    assert set(document) == {"type", "features"}
    assert [f["properties"]["name"] for f in document["features"]] == ["Kabasélé", FORMULA]


def test_a_census_submission_recorded_by_the_app_exports_with_its_answers(ledger, monkeypatch, tmp_path):
    """Through the real path (h-submissions: draft, submit, event, census link), not a row made
    by hand: the layer reads what the app records, and the export changes nothing in the ledger."""
    from tests.unit.forms.submission_kit import answers, building_census, serve_form

    serve_form(monkeypatch, ledger, building_census())
    draft = ledger.start_draft("census_buildings")
    ledger.save_draft(draft, answers())
    submission = ledger.submit_draft(draft)
    out = tmp_path / "census.gpkg"
    assert export_map(ledger, "submissions", "gpkg", out).layers == {"submissions_census_buildings": 1}
    block = ogrinfo_summary(out)["submissions_census_buildings"]
    assert_wgs84(block, "Point", 1)  # the first geo answer: the geopoint, before the outline
    feature = ogr_features(out)[0]
    assert feature["id"] == submission and feature["geometry"] == "POINT (22.4166 -5.8961)"
    assert (feature["owner-owner_name"], feature["building_count"], feature["zone"]) == ("Kabasélé Ngoyi", "2", "katoka")
    assert json.loads(feature["answers"])["building"][1]["plate"] == "KAT-0002"
    validate_gpkg(out)
    assert ledger.verify([]).ok
