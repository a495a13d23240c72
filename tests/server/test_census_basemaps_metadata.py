"""A basemap whose metadata a buggy tool wrote (a minzoom of 99999999999, bounds of `nan`, a tile
format the devices cannot draw) is refused or tidied when added, never a database error: an
integer that large overflowed PostgreSQL's INTEGER column, and devices would refuse the file."""
from __future__ import annotations

import pytest

from sync.server.reference import AdminError
from tests.server.test_census_basemaps import _add, make_mbtiles

BASE = {"name": "Kananga", "format": "png", "bounds": "22.38,-5.93,22.47,-5.86"}


def test_zooms_no_map_has_fall_back_to_the_tiles_own(server, tmp_path):
    done = _add(server, make_mbtiles(tmp_path / "z.mbtiles", metadata={**BASE, "minzoom": "99999999999",
                                                                       "maxzoom": "-3"}))
    assert (done["minzoom"], done["maxzoom"]) == (12, 14)


@pytest.mark.parametrize("bounds", ["nan,nan,nan,nan", "-inf,-5,inf,5", "22,-5"])
def test_bounds_that_are_no_place_are_refused(server, tmp_path, bounds):
    with pytest.raises(AdminError) as refused:
        _add(server, make_mbtiles(tmp_path / "b.mbtiles", metadata={**BASE, "bounds": bounds}))
    assert "bounds" in str(refused.value)


def test_tiles_the_devices_cannot_draw_are_refused(server, tmp_path):
    with pytest.raises(AdminError) as refused:
        _add(server, make_mbtiles(tmp_path / "v.mbtiles", metadata={**BASE, "format": "pbf"}))
    assert "pbf" in str(refused.value) and "PNG" in str(refused.value)
