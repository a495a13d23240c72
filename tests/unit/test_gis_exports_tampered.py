"""A taxpayer whose position was edited behind the app's back (latitude 95, NULL, text) is still in
the taxpayers layer, with a null geometry, and GDAL opens both files without a warning. `verify`
names the edit; the export does not stop the municipality's GIS work over it."""
from __future__ import annotations

import json

import pytest

from core.export import export_map
from core.registry import Location
from tests.unit.test_gis_exports import ogr_features, ogrinfo_summary


@pytest.mark.parametrize("latitude", [95, None, "abc"])
@pytest.mark.parametrize("fmt", ["gpkg", "geojson"])
def test_a_position_off_the_globe_exports_as_a_null_geometry(ledger, tmp_path, latitude, fmt):
    kept = ledger.register_taxpayer(name="Kasongo", location=Location(-5.9, 22.4, 5.0, "gps"))
    moved = ledger.register_taxpayer(name="Mwamba", location=Location(-5.91, 22.41, 5.0, "gps"))
    with ledger.store.transaction() as conn:
        conn.execute("UPDATE taxpayers SET latitude = ? WHERE id = ?", (latitude, moved))
    out = tmp_path / f"taxpayers.{fmt}"
    assert export_map(ledger, "taxpayers", fmt, out).features == 2
    assert "Feature Count: 2" in next(iter(ogrinfo_summary(out).values()))
    shapes = {f["id"]: f["geometry"] for f in ogr_features(out)}
    assert shapes[kept].startswith("POINT (22.4 -5.9") and shapes[moved] == ""
    if fmt == "geojson":
        assert "Infinity" not in out.read_text() and json.loads(out.read_text())["type"] == "FeatureCollection"
    assert not ledger.verify().ok
