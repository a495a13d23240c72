"""The verification page as a citizen's phone shows it: a real uvicorn process serves it, headless
Chromium (Debian's `chromium`) loads it at 360 x 740 and saves a screenshot of each verdict into
docs/verify/, and the test checks the verdict's colour is on screen. Look at the pictures after a
change of the page; the README links them.

Without Chromium the test is skipped locally and fails under CI=true (.ci/run installs it)."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from PIL import Image

from core.token import verification_code
from tests.server.verify_support import build_world

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "docs" / "verify"
WIDTH, HEIGHT = 360, 740
TINTS = {"ok": (0xE3, 0xF4, 0xE6), "wait": (0xFF, 0xF3, 0xD1), "bad": (0xFD, 0xE6, 0xE4)}


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Debian's chromium is missing: .ci/run installs it")
        pytest.skip("Debian package chromium not installed (apt-get install chromium)")
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """(base URL, world): the routes over real receipts, in a uvicorn process of their own."""
    chromium()  # skip (or fail under CI) before starting anything
    folder = tmp_path_factory.mktemp("verify-browser")
    world = build_world(folder)
    (folder / "world.json").write_text(world.to_json(), encoding="utf-8")
    port = free_port()
    env = {**os.environ, "QUITTANCE_VERIFY_WORLD": str(folder / "world.json")}
    log = (folder / "uvicorn.log").open("wb")
    process = subprocess.Popen([sys.executable, "-m", "uvicorn", "tests.server.verify_app:app", "--host", "127.0.0.1",
                                "--port", str(port), "--no-access-log"], cwd=REPO, env=env, stdout=log,
                               stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                if httpx.get(base + "/v/", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("uvicorn did not start:\n" + (folder / "uvicorn.log").read_text(errors="replace"))
            time.sleep(0.1)
        yield base, world
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()


def screenshot(url: str, name: str, profile: Path) -> Image.Image:
    """`name` ends with the phone's language ('recorded-fr'): the browser asks for it (Accept-Language)."""
    browser = chromium()  # before touching the committed picture: a skip must leave it in place
    SHOTS.mkdir(parents=True, exist_ok=True)
    target = SHOTS / f"{name}.png"
    target.unlink(missing_ok=True)
    # --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--force-device-scale-factor=1", "--no-first-run", f"--accept-lang={name.rsplit('-', 1)[1]}", f"--user-data-dir={profile}",
                    f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={target}", url],
                   check=True, capture_output=True, timeout=120)
    image = Image.open(target)
    image.load()
    return image.convert("RGB")


def share(image: Image.Image, colour: tuple[int, int, int]) -> float:
    pixels = list(image.getdata()) if not hasattr(image, "get_flattened_data") else image.get_flattened_data()
    return sum(1 for p in pixels if p == colour) / len(pixels)


def test_each_verdict_at_phone_size(served, tmp_path):
    base, world = served
    code = verification_code(world.tokens["recorded"])
    pages = {
        "recorded-fr": (f"/v/{world.tokens['recorded']}", "ok"),
        "not-synced-fr": (f"/v/{world.tokens['not_synced']}", "wait"),
        "forged-fr": (f"/v/{world.tokens['altered']}", "bad"),
        "voided-fr": (f"/v/{world.tokens['voided']}", "bad"),
        "recorded-pt": (f"/v/{world.tokens['recorded']}", "ok"),
        "by-number-en": (f"/v/?number={world.numbers['recorded'].lower()}&code={code.lower()}", "ok"),
    }
    for name, (path, kind) in pages.items():
        image = screenshot(base + path, name, tmp_path / "profile")
        assert image.size == (WIDTH, HEIGHT), name
        # The verdict's box fills a good part of the screen in its own colour, and in no other.
        assert share(image, TINTS[kind]) > 0.04, name
        for other, tint in TINTS.items():
            if other != kind:
                assert share(image, tint) == 0, (name, other)


def test_the_form_and_a_wrong_pair_at_phone_size(served, tmp_path):
    base, world = served
    form = screenshot(base + "/v/", "form-en", tmp_path / "profile")
    wrong = screenshot(f"{base}/v/?number=T07-2026-999999&code=7KQ2-M9XD", "no-match-fr", tmp_path / "profile")
    for image in (form, wrong):
        assert image.size == (WIDTH, HEIGHT)
        assert all(share(image, tint) == 0 for tint in TINTS.values())  # no verdict without a match
        assert share(image, (0x1F, 0x4E, 0x8C)) > 0.005  # the button
