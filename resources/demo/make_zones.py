"""Writes resources/demo/zones.geojson: one made-up polygon per demo zone of Kananga.

The polygons tile the demo bounding box (core.seed.DEFAULT_BBOX) in three wavy rows so that
the named demo taxpayers of resources/server/demo-taxpayers.csv fall inside their own zone.
They are drawn for the demo, not surveyed. Run: python -m resources.demo.make_zones
"""
from __future__ import annotations

import json
from pathlib import Path

from core.seed import DEFAULT_BBOX, ZONES

OUT = Path(__file__).resolve().parent / "zones.geojson"
MIN_LAT, MIN_LON, MAX_LAT, MAX_LON = DEFAULT_BBOX
# Every column break of every row, so neighbouring cells share their vertices exactly.
LONS = [MIN_LON, 22.385, 22.405, 22.41, 22.42, 22.445, 22.45, 22.47, MAX_LON]
# Row boundaries (north to south) as latitudes at each of LONS: gently wavy, like real wards.
ROWS = [
    [MAX_LAT] * len(LONS),
    [-5.884, -5.886, -5.887, -5.8875, -5.888, -5.887, -5.886, -5.8845, -5.883],
    [-5.913, -5.916, -5.917, -5.917, -5.9165, -5.9155, -5.915, -5.9135, -5.912],
    [MIN_LAT] * len(LONS),
]
# (row, west lon, east lon, zone code)
CELLS = [
    (0, MIN_LON, 22.42, "NGA"), (0, 22.42, MAX_LON, "LUK"),
    (1, MIN_LON, 22.41, "NDE"), (1, 22.41, 22.445, "KAT"), (1, 22.445, MAX_LON, "KAN"),
    (2, MIN_LON, 22.405, "TSH"), (2, 22.405, 22.45, "MAL"), (2, 22.45, MAX_LON, "BEN"),
]


def _ring(row: int, west: float, east: float) -> list[list[float]]:
    i, j = LONS.index(west), LONS.index(east)
    top = [[LONS[k], ROWS[row][k]] for k in range(i, j + 1)]
    bottom = [[LONS[k], ROWS[row + 1][k]] for k in range(j, i - 1, -1)]
    ring = top + bottom
    return ring + [ring[0]]  # GeoJSON rings are closed, counter-clockwise not required by readers here


def zones_geojson() -> dict:
    names = dict(ZONES)
    features = [{"type": "Feature", "properties": {"code": code, "name": names[code]},
                 "geometry": {"type": "Polygon", "coordinates": [_ring(row, west, east)]}}
                for row, west, east, code in CELLS]
    return {"type": "FeatureCollection", "features": features}


if __name__ == "__main__":
    OUT.write_text(json.dumps(zones_geojson(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(OUT)
