"""Printer profiles: the built-in classes, and a user's own file without touching code."""
from __future__ import annotations

import json

import pytest

from printing.errors import PrintError
from printing.profiles import load_profile, profile_names


def test_builtin_profiles(monkeypatch, tmp_path):
    monkeypatch.setenv("QUITTANCE_PRINTER_PROFILES", str(tmp_path))
    assert {"generic-58", "generic-80", "pos-5890", "epson-tm-p20", "epson-tm-p80"} <= set(profile_names())
    p58, p80 = load_profile("generic-58"), load_profile("generic-80")
    assert (p58.columns, p58.dots, p80.columns, p80.dots) == (32, 384, 48, 576)
    assert load_profile("pos-5890").qr_mode == "image" and load_profile("epson-tm-p20").qr_mode == "native"
    assert all(load_profile(n).code_page == "cp858" and load_profile(n).code_page_slot == 19 for n in profile_names())


def test_a_user_profile_file_is_found_and_may_extend_a_builtin(monkeypatch, tmp_path):
    (tmp_path / "goojprt-pt210.json").write_text(json.dumps(
        {"extends": "pos-5890", "description": "GOOJPRT PT-210 de la mairie", "bt_pacing_ms": 60}))
    (tmp_path / "generic-58.json").write_text(json.dumps({"extends": "generic-58", "feed_lines": 6}))
    monkeypatch.setenv("QUITTANCE_PRINTER_PROFILES", str(tmp_path))
    mine = load_profile("goojprt-pt210")
    assert (mine.bt_pacing_ms, mine.bt_chunk_bytes, mine.columns) == (60, 128, 32)
    assert load_profile("generic-58").feed_lines == 6, "a user file overrides the built-in of that name"
    assert "goojprt-pt210" in profile_names()


@pytest.mark.parametrize("content, detail", [
    ("{not json", "Expecting"),
    (json.dumps({"extends": "generic-58", "qr_mode": "laser"}), "qr_mode must be one of image, native"),
    (json.dumps({"extends": "generic-58", "code_page": "utf-8"}), "code page"),
    (json.dumps({"extends": "generic-58", "columns": 48}), "columns"),
    (json.dumps({"extends": "generic-58", "colums": 48}), "unknown field(s) colums"),
    (json.dumps({"dots": 384}), "missing field"),
])
def test_a_broken_user_profile_says_what_is_wrong(monkeypatch, tmp_path, content, detail):
    (tmp_path / "broken.json").write_text(content)
    monkeypatch.setenv("QUITTANCE_PRINTER_PROFILES", str(tmp_path))
    with pytest.raises(PrintError) as refused:
        load_profile("broken")
    assert refused.value.code == "invalid_profile"
    assert detail in refused.value.message("fr") and "broken.json" in refused.value.message("fr")
