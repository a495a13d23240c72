"""The map's core: Web Mercator arithmetic, MBTiles reading and its refusals, installed
basemaps, the map points' payment statuses, and zone outlines (pulled and demo)."""
from __future__ import annotations

import json
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
from pathlib import Path

import pytest

from core import basemaps, reference
from core.demo import ensure_demo
from core.errors import QuittanceError
from core.map_points import map_points, zone_outlines
from core.mbtiles import MBTiles, read_info
from core.webmercator import lonlat_to_pixel, lonlat_to_tile, metres_per_pixel, pixel_to_lonlat, tile_bounds

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16  # only its magic number is read here


def make_mbtiles(path: Path, tiles: dict[tuple[int, int, int], bytes], meta: dict[str, str] | None = None) -> Path:
    """tiles by (zoom, column, TMS row), as the file stores them."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", list((meta or {}).items()))
    conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", [(*key, data) for key, data in tiles.items()])
    conn.commit()
    conn.close()
    return path


def test_web_mercator_round_trip_and_known_values() -> None:
    assert lonlat_to_pixel(0, 0, 0) == pytest.approx((128, 128))
    lon, lat = pixel_to_lonlat(*lonlat_to_pixel(22.417055, -5.896231, 17), 17)
    assert (lon, lat) == pytest.approx((22.417055, -5.896231), abs=1e-9)
    assert metres_per_pixel(0, 0) == pytest.approx(156_543.03, rel=1e-6)
    x, y = lonlat_to_tile(22.417055, -5.896231, 14)
    west, south, east, north = tile_bounds(x, y, 14)
    assert west <= 22.417055 <= east and south <= -5.896231 <= north


def test_tile_lookup_flips_tms_rows(tmp_path: Path) -> None:
    # XYZ (zoom 1, x 0, y 0) is the north-west tile; MBTiles store it as TMS row 1.
    path = make_mbtiles(tmp_path / "t.mbtiles", {(1, 0, 1): PNG + b"nw", (1, 0, 0): PNG + b"sw"},
                        {"name": "Test", "attribution": "© me", "format": "png", "bounds": "-180,-85,180,85"})
    with MBTiles(path) as tiles:
        assert tiles.tile(1, 0, 0).endswith(b"nw")
        assert tiles.tile(1, 0, 1).endswith(b"sw")
        assert tiles.tile(1, 1, 1) is None and tiles.tile(1, 5, 0) is None
        assert (tiles.info.name, tiles.info.attribution, tiles.info.minzoom, tiles.info.maxzoom) == ("Test", "© me", 1, 1)
        assert tiles.info.bounds == (-180, -85, 180, 85)


def test_format_is_sniffed_when_metadata_does_not_say(tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "bare.mbtiles", {(3, 1, 1): b"\xff\xd8\xff\xe0jpeg"})
    info = read_info(path)
    assert (info.format, info.name, info.minzoom, info.maxzoom) == ("jpg", "bare", 3, 3)


@pytest.mark.parametrize("make, code, french", [
    (lambda p: p.write_text("not a database"), "basemap_not_mbtiles", "n'est pas un fond de carte"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE other (a)").connection.commit(), "basemap_no_tiles",
     "ne contient aucune tuile"),
    (lambda p: make_mbtiles(p, {}), "basemap_no_tiles", "ne contient aucune tuile"),
    (lambda p: make_mbtiles(p, {(0, 0, 0): b"\x1a\x00vector"}, {"format": "pbf"}), "basemap_wrong_format",
     "contient des tuiles pbf"),
])
def test_bad_files_are_refused_with_a_clear_message(tmp_path: Path, make, code: str, french: str) -> None:  # noqa: ANN001
    path = tmp_path / "bad.mbtiles"
    make(path)
    with pytest.raises(QuittanceError) as refused:
        MBTiles(path)
    assert refused.value.code == code
    assert french in refused.value.message("fr") and "bad.mbtiles" in refused.value.message("fr")
    assert refused.value.message("pt") != refused.value.message("en") != refused.value.message("fr")


def test_install_copies_a_valid_basemap_and_refuses_a_bad_one(tmp_path: Path) -> None:
    source = make_mbtiles(tmp_path / "Ma carte!.mbtiles", {(2, 1, 1): PNG},
                          {"name": "Kananga centre", "attribution": "© OSM contributors", "format": "png"})
    folder = basemaps.folder_for(tmp_path / "device" / "quittance.db")
    installed = basemaps.install(source, folder)
    assert installed.path.parent == folder and installed.path.is_file()
    listed = basemaps.list_basemaps(folder)
    assert [(b.info.name, b.info.attribution) for b in listed] == [("Kananga centre", "© OSM contributors")]
    assert basemaps.chosen(listed, None) == listed[0] == basemaps.chosen(listed, installed.file)
    (tmp_path / "junk.mbtiles").write_text("junk")
    with pytest.raises(QuittanceError):
        basemaps.install(tmp_path / "junk.mbtiles", folder)
    assert [p.name for p in folder.iterdir()] == [installed.file]  # nothing half-copied left behind


@pytest.fixture
def demo(tmp_path: Path):
    ledger = ensure_demo(tmp_path / "demo.db", taxpayers=60)
    ledger.act_as(ledger.agents()[0].id)
    yield ledger
    ledger.close()


def test_map_points_say_each_taxpayers_payment_status(demo) -> None:  # noqa: ANN001
    points = {p.taxpayer_id: p for p in map_points(demo.store.conn, demo.today().year)}
    assert len(points) == 60 and {p.status for p in points.values()} == {"in_arrears"}  # the seed has no payments
    owing = [tid for tid, p in points.items() if "PAT" in p.taxes]
    demo.open_session(0)
    full, part = owing[0], owing[1]
    for line in demo.reads.taxpayer_card(full).balances:
        if line.due > 0:
            demo.pay(taxpayer_id=full, tax_code=line.tax_code, period=line.period, amount=line.due, method="cash")
    # The map shows the current year: half of a line of this year makes "partly paid"; paying a
    # past year's arrears instead changes this year's colour in nothing, but that year's.
    year = demo.today().year
    line = next(b for b in demo.reads.taxpayer_card(part).balances if b.due > 0 and b.period.startswith(str(year)))
    demo.pay(taxpayer_id=part, tax_code=line.tax_code, period=line.period, amount=line.due // 2, method="cash")
    past = next((tid, b) for tid in owing[4:] for b in demo.reads.taxpayer_card(tid).balances
                if b.due > 0 and b.period.startswith(str(year - 1)))
    demo.pay(taxpayer_id=past[0], tax_code=past[1].tax_code, period=past[1].period, amount=past[1].due,
             method="cash")
    with demo.store.transaction() as conn:
        conn.execute("DELETE FROM assessments WHERE object_num IN (SELECT o.num FROM taxable_objects o "
                     "JOIN taxpayers t ON t.num = o.taxpayer_num WHERE t.id = ?)", (owing[2],))
    after = {p.taxpayer_id: p for p in map_points(demo.store.conn, demo.today().year)}
    assert (after[full].status, after[full].due) == ("paid", 0)
    assert after[part].status == "partly_paid" and 0 < after[part].due < points[part].due
    assert after[owing[2]].status == "never_assessed"
    assert after[owing[3]].status == "in_arrears" and after[owing[3]].zone_code
    assert after[past[0]].status == "in_arrears"
    last_year = {p.taxpayer_id: p for p in map_points(demo.store.conn, year - 1)}
    assert last_year[past[0]].status in ("paid", "partly_paid")


def test_demo_zones_have_outlines_and_pulled_zones_keep_theirs(demo) -> None:  # noqa: ANN001
    outlines = {o.code: o for o in zone_outlines(demo.store.conn)}
    assert sorted(outlines) == ["BEN", "KAN", "KAT", "LUK", "MAL", "NDE", "NGA", "TSH"]
    assert outlines["KAT"].geometry["type"] == "Polygon"
    square = {"type": "Polygon", "coordinates": [[[22.4, -5.9], [22.41, -5.9], [22.41, -5.89], [22.4, -5.9]]]}
    with demo.store.transaction() as conn:
        reference._zone(conn, "01938a00-0000-7000-8000-0000000000aa", {"code": "NEW", "name": "Nouvelle",
                                                                        "geometry": square}, 3, "server")
        reference._zone(conn, "01938a00-0000-7000-8000-0000000000bb", {"code": "BAR", "name": "Sans contour"},
                        3, "server")
        with pytest.raises(QuittanceError):
            reference._zone(conn, "01938a00-0000-7000-8000-0000000000cc",
                            {"code": "BAD", "name": "Mauvais", "geometry": {"type": "Point"}}, 3, "server")
    outlines = {o.code: o for o in zone_outlines(demo.store.conn)}
    assert outlines["NEW"].geometry == square and "BAR" not in outlines


def test_demo_zone_file_matches_the_demo_zones() -> None:
    data = json.loads((Path(__file__).resolve().parents[2] / "resources/demo/zones.geojson").read_text())
    codes = sorted(f["properties"]["code"] for f in data["features"])
    assert codes == ["BEN", "KAN", "KAT", "LUK", "MAL", "NDE", "NGA", "TSH"]
