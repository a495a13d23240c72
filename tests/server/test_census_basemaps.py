"""Basemaps: `basemap add` keeps a checked MBTiles file, devices list and download it with its
SHA-256 (sync/client/basemaps.py), and what is not an MBTiles is refused, saying why."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import httpx
import pytest

from core.errors import QuittanceError
from sync.client.basemaps import download_basemap, list_basemaps
from sync.client.http import Backoff, SyncClient
from sync.server import basemaps
from sync.server.reference import AdminError
from tests.server.support import auth, enrolled_device

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def make_mbtiles(path: Path, *, metadata: dict[str, str] | None = None, tiles: int = 3,
                 tables: tuple[str, ...] = ("metadata", "tiles")) -> Path:
    conn = sqlite3.connect(path)
    if "metadata" in tables:
        conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        meta = {"name": "Kananga demo", "format": "png", "attribution": "© Quittance demo (drawn)",
                "bounds": "22.38,-5.93,22.47,-5.86", "minzoom": "12", "maxzoom": "14"} if metadata is None else metadata
        conn.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
    if "tiles" in tables:
        conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
        conn.executemany("INSERT INTO tiles VALUES (?,?,?,?)", [(12 + i % 3, 2300 + i, 1900 + i, PNG)
                                                                 for i in range(tiles)])
    conn.commit()
    conn.close()
    return path


def _add(server, path: Path, name: str | None = None) -> dict:  # noqa: ANN001
    with server.engine.begin() as conn:
        return basemaps.add(conn, path, server.settings.data_dir, name)


def _client(server, token: str) -> SyncClient:  # noqa: ANN001
    return SyncClient("http://testserver", transport=server.client._transport, token=token, max_attempts=1,
                      backoff=Backoff(sleep=lambda _s: None))


def test_a_basemap_added_is_listed_and_downloaded_whole(server, tmp_path):
    source = make_mbtiles(tmp_path / "kananga.mbtiles")
    done = _add(server, source)
    assert done["added"] and done["name"] == "Kananga demo" and done["attribution"] == "© Quittance demo (drawn)"
    assert (done["minzoom"], done["maxzoom"], done["bounds"]) == (12, 14, "22.38,-5.93,22.47,-5.86")
    assert done["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    token = enrolled_device(tmp_path / "d.db", server)[1]
    with _client(server, token) as client:
        listed = list_basemaps(client)
        assert [(b["id"], b["name"], b["size"]) for b in listed] == [(done["id"], "Kananga demo", source.stat().st_size)]
        seen: list[int] = []
        path = download_basemap(client, listed[0], tmp_path / "maps", progress=lambda got, _all: seen.append(got))
    assert path == tmp_path / "maps" / f"{done['id']}.mbtiles"
    assert path.read_bytes() == source.read_bytes() and seen[-1] == source.stat().st_size
    assert list((tmp_path / "maps").iterdir()) == [path]  # no .part left behind


def test_the_same_file_twice_is_kept_once_and_a_name_can_be_given(server, tmp_path):
    source = make_mbtiles(tmp_path / "a.mbtiles")
    first = _add(server, source, name="Centre-ville")
    again = _add(server, source)
    assert first["name"] == "Centre-ville" and again["added"] is False and again["id"] == first["id"]
    with server.engine.connect() as conn:
        assert len(basemaps.list_basemaps(conn)) == 1


def test_a_download_that_does_not_match_its_checksum_is_refused_and_deleted(server, tmp_path):
    done = _add(server, make_mbtiles(tmp_path / "a.mbtiles"))
    token = enrolled_device(tmp_path / "d.db", server)[1]
    stored = server.settings.data_dir / "basemaps" / f"{done['sha256']}.mbtiles"
    data = bytearray(stored.read_bytes())
    data[-1] ^= 0xFF  # a byte changed on the server's disk (or on the way)
    stored.write_bytes(bytes(data))
    with _client(server, token) as client, pytest.raises(QuittanceError) as refused:
        download_basemap(client, list_basemaps(client)[0], tmp_path / "maps")
    assert refused.value.code == "basemap_corrupt"
    assert "Kananga demo" in refused.value.message("fr") and "endommagée" in refused.value.message("fr")
    assert list((tmp_path / "maps").iterdir()) == []


def test_basemaps_need_a_device_token_and_an_unknown_one_is_404(server, tmp_path):
    assert server.client.get("/api/v1/basemaps").status_code == 401
    token = enrolled_device(tmp_path / "d.db", server)[1]
    missing = server.client.get("/api/v1/basemaps/01938a00-0000-7000-8000-0000000000aa", headers=auth(token))
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("kind, words", [
    ("text", "not an SQLite database"),
    ("no_tiles", "no tiles table"),
    ("no_metadata", "no metadata table"),
    ("empty", "holds no tile"),
    ("bad_bounds", "not WGS84 degrees"),
])
def test_what_is_not_an_mbtiles_is_refused_saying_why(server, tmp_path, kind, words):
    path = tmp_path / "bad.mbtiles"
    if kind == "text":
        path.write_text("not a database at all, just some text padding it out", encoding="utf-8")
    elif kind == "no_tiles":
        make_mbtiles(path, tables=("metadata",))
    elif kind == "no_metadata":
        make_mbtiles(path, tables=("tiles",))
    elif kind == "empty":
        make_mbtiles(path, tiles=0)
    else:
        make_mbtiles(path, metadata={"name": "x", "bounds": "500000,9340000,510000,9350000"})
    with pytest.raises(AdminError, match=words):
        _add(server, path)
    with server.engine.connect() as conn:
        assert basemaps.list_basemaps(conn) == []
