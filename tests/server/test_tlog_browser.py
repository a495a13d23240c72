"""The receipt page's transparency-log section in headless Chromium (Debian's `chromium`), served by
a real `quittance-server serve`: at phone width the section is on the page the browser renders, in
French, with the proof verified, and the picture is saved as docs/verify/log-fr.png.

Without Chromium the test is skipped locally and fails under CI=true (.ci/run installs it)."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
from PIL import Image

from tests.server.support import Server, TEST_CONFIG, enrolled_device, push_all, record_sale
from tests.server.test_readme_tlog import _free_port
from tests.server.test_verify_page_browser import SHOTS, TINTS, WIDTH, chromium, share

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
TALL = 2400  # the whole page, the log section below the verdict included


def test_the_log_section_renders_at_phone_width(tmp_path):
    browser = chromium()
    data = tmp_path / "server-data"
    url = f"sqlite:///{data / 'server.db'}"
    server = Server.start(data, url, TEST_CONFIG)
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    _taxpayer, payment = record_sale(ledger, amount=750_000)
    push_all(server, token, ledger)
    port = _free_port()
    env = {**os.environ, "QUITTANCE_SERVER_DATA": str(data), "QUITTANCE_DATABASE_URL": url}
    assert subprocess.run([str(BIN / "quittance-server"), "tlog", "checkpoint"], env=env, cwd=ROOT,
                          capture_output=True, timeout=120).returncode == 0
    log = (tmp_path / "serve.log").open("w")
    serve = subprocess.Popen([str(BIN / "quittance-server"), "serve", "--port", str(port)], cwd=ROOT, env=env,
                             stdout=log, stderr=subprocess.STDOUT)
    page = f"http://127.0.0.1:{port}/v/{payment.token}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(page, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline and serve.poll() is None, "serve did not start"
            time.sleep(0.2)
        common = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                  "--force-device-scale-factor=1", "--accept-lang=fr", f"--user-data-dir={tmp_path / 'profile'}"]
        dom = subprocess.run([*common, "--dump-dom", page], check=True, capture_output=True, text=True,
                             timeout=120).stdout
        assert "Journal public de transparence" in dom and "est valide" in dom and "log.json" in dom
        SHOTS.mkdir(parents=True, exist_ok=True)
        target = SHOTS / "log-fr.png"
        target.unlink(missing_ok=True)
        subprocess.run([*common, f"--window-size={WIDTH},{TALL}", f"--screenshot={target}", page],
                       check=True, capture_output=True, timeout=120)
        image = Image.open(target).convert("RGB")
        assert image.size == (WIDTH, TALL)
        assert share(image, TINTS["ok"]) > 0.005 and share(image, TINTS["bad"]) == 0
    finally:
        serve.terminate()
        serve.wait(timeout=20)
        log.close()
        ledger.close()
        server.close()
