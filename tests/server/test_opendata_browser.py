"""The open-data page as a phone and a desktop show it: the real server (`quittance-server serve`,
a uvicorn process) over an SQLite file seeded by a real device, loaded by headless Chromium in
French, English and Portuguese. The screenshots go to docs/screenshots/opendata-*.png (the README
links them); look at them after a change of the page.

Without Chromium the test is skipped locally and fails under CI=true (.ci/run installs it)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from PIL import Image

from tests.readme_blocks import readme_block
from tests.server.opendata_support import seed
from tests.server.support import TEST_CONFIG, Server
from tests.server.test_verify_page_browser import chromium, free_port, share

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "docs" / "screenshots"
SIZES = {"phone": (360, 740), "desktop": (1280, 860), "phone-full": (360, 2300)}
BLUE = (0x1F, 0x4E, 0x8C)  # the summary's left border and the links
WHITE, PAPER = (0xFF, 0xFF, 0xFF), (0xF4, 0xF4, 0xF2)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    chromium()  # skip (or fail under CI) before starting anything
    folder = tmp_path_factory.mktemp("opendata-browser")
    data, url = folder / "server-data", f"sqlite:///{folder / 'server-data' / 'server.db'}"
    server = Server.start(data, url, TEST_CONFIG)
    try:
        seed(server, folder)
    finally:
        server.close()
    port = free_port()
    log = (folder / "server.log").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "sync.server.cli", "--data", str(data), "--database-url", url,
                                "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"],
                               cwd=REPO, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                if httpx.get(base + "/api/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("the server did not start:\n" + (folder / "server.log").read_text(errors="replace"))
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def screenshot(url: str, name: str, lang: str, size: str, profile: Path) -> Image.Image:
    browser = chromium()
    SHOTS.mkdir(parents=True, exist_ok=True)
    target = SHOTS / f"opendata-{name}-{size}-{lang}.png"
    target.unlink(missing_ok=True)
    width, height = SIZES[size]
    # --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--force-device-scale-factor=1", "--no-first-run", f"--accept-lang={lang}",
                    f"--user-data-dir={profile}", f"--window-size={width},{height}", f"--screenshot={target}", url],
                   check=True, capture_output=True, timeout=120)
    image = Image.open(target)
    image.load()
    return image.convert("RGB")


@pytest.mark.parametrize("lang", ["fr", "en", "pt"])
def test_a_month_at_phone_and_desktop_size(base_url, tmp_path, lang):
    # The browser asks for its language (Accept-Language): the page answers in it, no ?lang= needed.
    text = httpx.get(f"{base_url}/open-data/2026-11", headers={"Accept-Language": lang}).text
    assert f'<html lang="{lang}">' in text
    for size in ("phone", "desktop"):
        image = screenshot(f"{base_url}/open-data/2026-11", "month", lang, size, tmp_path / "profile")
        assert image.size == SIZES[size]
        assert share(image, BLUE) > 0.0005, size  # the summary's border and the links are drawn
        assert share(image, WHITE) > 0.15, size  # the summary and the tables
    desktop = screenshot(f"{base_url}/open-data/2026-11", "month", lang, "desktop", tmp_path / "profile")
    # On a desktop the page keeps a readable column: the paper shows on both sides of it.
    left, right = desktop.crop((0, 0, 200, 860)), desktop.crop((1080, 0, 1280, 860))
    assert share(left, PAPER) > 0.95 and share(right, PAPER) > 0.95


def test_the_whole_month_and_the_list_of_months_on_a_phone(base_url, tmp_path):
    full = screenshot(f"{base_url}/open-data/2026-11", "month", "fr", "phone-full", tmp_path / "profile")
    # Nothing is wider than the phone: no column is cut off at the right edge.
    assert share(full.crop((352, 0, 360, 2300)), PAPER) > 0.97
    months = screenshot(f"{base_url}/open-data", "months", "en", "phone", tmp_path / "profile")
    assert share(months, WHITE) > 0.05 and share(months, BLUE) > 0.0005
    missing = screenshot(f"{base_url}/open-data/2026-13", "not-a-month", "pt", "phone", tmp_path / "profile")
    assert share(missing, WHITE) > 0.01
    assert os.path.getsize(SHOTS / "opendata-month-phone-fr.png") > 5_000


def test_the_readme_curl_lines_work_as_written(base_url, tmp_path):
    """The README's two `curl` lines, run by bash as written, with its port 8000 moved to this server's."""
    # No pipefail: `head` closing the pipe early makes json.tool exit 32 (EPIPE), as in any shell.
    block = readme_block("/open-data/2026-11.json")
    script = block.replace("http://127.0.0.1:8000", base_url)
    result = subprocess.run(["bash", "-eu", "-c", script], cwd=tmp_path, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert '"month": "2026-11"' in result.stdout and len(result.stdout.splitlines()) == 12
    saved = (tmp_path / "open-data-2026-11.csv").read_text(encoding="utf-8-sig")
    assert saved.startswith("month,level,zone_code") and ",total," in saved
    assert json.loads(httpx.get(f"{base_url}/open-data/2026-11.json").text)["total"]["receipts"] == 20
