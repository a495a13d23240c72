"""MBTiles as they come from the field: metadata written by hand or by a buggy tool (bounds off
the globe or `inf`, a centre of `nan`, a minzoom of 99999999999), a tile stored as NULL or text.
The basemap installs and shows what it can, or is refused with a message: never a traceback,
never a hang (a minzoom that large made the map ask for tile 2**99999999999)."""
from __future__ import annotations

from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file

import pytest

from core.errors import QuittanceError
from core.mbtiles import MBTiles
from tests.unit.test_census_map_core import PNG, make_mbtiles

JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 16


@pytest.mark.parametrize("meta", [{"bounds": "-500,-100,500,100"}, {"bounds": "-inf,nan,inf,1e999"},
                                  {"bounds": "30,10,20,-10"}, {"bounds": "a,b"}])
def test_bounds_off_the_globe_are_ignored(tmp_path, meta):
    with MBTiles(make_mbtiles(tmp_path / "b.mbtiles", {(2, 1, 1): PNG}, meta)) as tiles:
        assert tiles.info.bounds is None  # the map then frames the municipality


def test_sane_bounds_are_kept(tmp_path):
    with MBTiles(make_mbtiles(tmp_path / "b.mbtiles", {(2, 1, 1): PNG}, {"bounds": "22.3,-6,22.5,-5.8"})) as tiles:
        assert tiles.info.bounds == (22.3, -6.0, 22.5, -5.8)


@pytest.mark.parametrize("center", ["nan,nan,nan", "0,0,inf", "0,0,99", "400,0,5"])
def test_a_centre_that_is_no_place_is_ignored(tmp_path, center):
    with MBTiles(make_mbtiles(tmp_path / "c.mbtiles", {(2, 1, 1): PNG}, {"center": center})) as tiles:
        assert tiles.info.center is None


@pytest.mark.parametrize("meta", [{"minzoom": "99999999999", "maxzoom": "1e9"}, {"minzoom": "-4"},
                                  {"minzoom": "12", "maxzoom": "3"}])
def test_zooms_outside_what_a_map_has_fall_back_to_the_tiles_own(tmp_path, meta):
    with MBTiles(make_mbtiles(tmp_path / "z.mbtiles", {(2, 1, 1): PNG, (5, 3, 3): PNG}, meta)) as tiles:
        assert (tiles.info.minzoom, tiles.info.maxzoom) == (2, 5)
        assert tiles.tile(99999999999, 0, 0) is None


def test_jpeg_tiles_without_metadata_are_sniffed(tmp_path):
    path = tmp_path / "j.mbtiles"
    make_mbtiles(path, {(2, 1, 1): JPEG})
    sqlite3.connect(path).execute("DROP TABLE metadata").connection.commit()
    with MBTiles(path) as tiles:
        assert tiles.info.format == "jpg" and tiles.tile(2, 1, 2) == JPEG


def test_a_null_tile_is_no_tile_and_text_tiles_are_refused(tmp_path):
    with MBTiles(make_mbtiles(tmp_path / "n.mbtiles", {(2, 1, 1): None}, {"format": "png"})) as tiles:
        assert tiles.tile(2, 1, 2) is None
    with pytest.raises(QuittanceError) as refused:
        MBTiles(make_mbtiles(tmp_path / "t.mbtiles", {(2, 1, 1): "hello"}))
    assert refused.value.code == "basemap_wrong_format" and "t.mbtiles" in refused.value.message("en")
