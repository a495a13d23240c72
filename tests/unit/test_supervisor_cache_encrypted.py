"""The supervisor's offline cache holds the server's answers (taxpayers' names, amounts): on an
encrypted device it is encrypted too, under a key derived from the device's, so a stolen tablet
reveals no more in that file than in its database (issue 13)."""
from __future__ import annotations

import os

from sync.client.supervisor import SupervisorCache

NAME = "Kabasélé Ngoyi Félicité"


def _every_byte(folder) -> bytes:  # noqa: ANN001 - a pytest tmp_path
    return b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())


def test_on_an_encrypted_device_the_cache_file_holds_no_readable_name(tmp_path):
    key = os.urandom(32)
    cache = SupervisorCache(tmp_path / "supervisor-cache.db", key)
    cache.put("registry", {"taxpayers": [{"name": NAME, "owed": 2_000_000}]}, "2026-11-30T07:00:00Z")
    cache.close()
    assert NAME.encode() not in _every_byte(tmp_path)
    assert b"SQLite format 3" not in _every_byte(tmp_path)
    again = SupervisorCache(tmp_path / "supervisor-cache.db", key)  # the next login reads it back
    assert again.get("registry").data["taxpayers"][0]["name"] == NAME
    again.close()


def test_a_cache_that_does_not_open_with_the_key_is_started_afresh(tmp_path):
    plain = SupervisorCache(tmp_path / "supervisor-cache.db")  # written before the device was encrypted
    plain.put("registry", {"taxpayers": [{"name": NAME}]}, "2026-11-30T07:00:00Z")
    plain.close()
    assert NAME.encode() in _every_byte(tmp_path)
    cache = SupervisorCache(tmp_path / "supervisor-cache.db", os.urandom(32))
    assert cache.get("registry") is None  # only a cache: nothing recorded in the field is in it
    cache.put("alerts", {"open": 3}, "2026-11-30T07:05:00Z")
    cache.close()
    assert NAME.encode() not in _every_byte(tmp_path)
