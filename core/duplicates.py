"""Possible duplicate taxpayers: the same phone, or a similar name within a short distance."""
from __future__ import annotations

import math
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3

from core.registry import normalise_phone
from core.search import SearchHit, fts_query

_EARTH_RADIUS_M = 6_371_000.0


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * _EARTH_RADIUS_M * math.asin(math.sqrt(a))


_COLUMNS = "t.id, t.name, t.business_name, t.phone, t.id_number, z.name, t.status"


def find_similar(conn: sqlite3.Connection, *, name: str, phone: str | None, latitude: float | None,
                 longitude: float | None, radius_m: float = 200.0, limit: int = 10) -> list[SearchHit]:
    found: dict[str, SearchHit] = {}
    try:
        normalised = normalise_phone(phone) if phone else None
    except Exception:
        normalised = None
    if normalised:
        digits = normalised.lstrip("+")[-8:]
        # The index holds every phone's last eight digits as a token; it holds other numbers too,
        # so the phone itself is checked.
        for row in conn.execute(
            f"SELECT {_COLUMNS} FROM taxpayers t LEFT JOIN zones z ON z.id = t.zone_id "
            "WHERE t.num IN (SELECT rowid FROM taxpayer_search WHERE taxpayer_search MATCH ?) LIMIT ?",
            (f'"{digits}"', limit * 5),
        ):
            if (row[3] or "").endswith(digits):
                found[row[0]] = SearchHit(*row)
    query = fts_query(name)
    if query and latitude is not None and longitude is not None:
        # Every word of the name must match (a name, or anything else indexed); then keep only
        # those close by.
        dlat = radius_m / 111_000
        dlon = radius_m / max(1.0, 111_000 * math.cos(math.radians(latitude)))
        for row in conn.execute(
            f"SELECT {_COLUMNS}, t.latitude, t.longitude FROM taxpayers t LEFT JOIN zones z ON z.id = t.zone_id "
            "WHERE t.num IN (SELECT rowid FROM taxpayer_search WHERE taxpayer_search MATCH ?) "
            "AND t.latitude BETWEEN ? AND ? AND t.longitude BETWEEN ? AND ? LIMIT ?",
            (query, latitude - dlat, latitude + dlat, longitude - dlon, longitude + dlon, limit),
        ):
            if distance_m(latitude, longitude, row[7], row[8]) <= radius_m:
                found.setdefault(row[0], SearchHit(*row[:7]))
    return list(found.values())[:limit]
