"""Web Mercator (EPSG:3857) arithmetic for slippy-map tiles: longitude/latitude to tile and
pixel at a zoom, and back, and how many metres a pixel covers. Pure functions, no Qt."""
from __future__ import annotations

import math

MAX_ZOOM = 30  # deeper than any basemap; 2**zoom tiles a side
RASTER_FORMATS = ("png", "jpg", "jpeg", "webp")  # tiles a map draws (vector tiles are refused)

TILE_SIZE = 256
EARTH_RADIUS_M = 6_378_137.0
MAX_LATITUDE = 85.05112878  # where the square world of Web Mercator ends


def world_size(zoom: float) -> float:
    """Width (and height) of the whole world in pixels at `zoom`."""
    return TILE_SIZE * 2.0 ** zoom


def lonlat_to_pixel(lon: float, lat: float, zoom: float) -> tuple[float, float]:
    """Global pixel (x to the east, y to the south) of a point at `zoom`."""
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    size = world_size(zoom)
    x = (lon + 180.0) / 360.0 * size
    sin = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)) * size
    return x, y


def pixel_to_lonlat(x: float, y: float, zoom: float) -> tuple[float, float]:
    size = world_size(zoom)
    lon = x / size * 360.0 - 180.0
    n = math.pi - 2.0 * math.pi * y / size
    lat = math.degrees(math.atan(math.sinh(n)))
    return lon, lat


def lonlat_to_tile(lon: float, lat: float, zoom: int) -> tuple[int, int]:
    """XYZ tile (x, y counted from the north-west) holding the point."""
    x, y = lonlat_to_pixel(lon, lat, zoom)
    last = 2 ** zoom - 1
    return min(last, max(0, int(x // TILE_SIZE))), min(last, max(0, int(y // TILE_SIZE)))


def tile_bounds(x: int, y: int, zoom: int) -> tuple[float, float, float, float]:
    """(west, south, east, north) of an XYZ tile in degrees."""
    west, north = pixel_to_lonlat(x * TILE_SIZE, y * TILE_SIZE, zoom)
    east, south = pixel_to_lonlat((x + 1) * TILE_SIZE, (y + 1) * TILE_SIZE, zoom)
    return west, south, east, north


def xyz_to_tms_row(y: int, zoom: int) -> int:
    """MBTiles store rows counted from the south (TMS); XYZ counts from the north."""
    return (2 ** zoom - 1) - y


def metres_per_pixel(lat: float, zoom: float) -> float:
    """Ground distance one pixel covers at `lat` (shrinks with the cosine of the latitude)."""
    return math.cos(math.radians(lat)) * 2 * math.pi * EARTH_RADIUS_M / world_size(zoom)
