"""Screenshots of the update banner at 1024 x 600: an update waiting, in French, English and
Portuguese, and a release refused because its file was altered on the server (French), each
after a real sync with the real server (in process, SQLite):

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.update_screenshots docs/screenshots

writes update-waiting-{fr,en,pt}.png and update-refused-fr.png."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from core.demo import ensure_demo
from desktop.app import application, build_window
from desktop.screenshots import _settle
from sync.client.enroll import enroll_ledger
from sync.client.http import Backoff
from sync.server import releases
from sync.server.serverkey import load_or_create
from tests.fixtures.installers import make_deb
from tests.server.support import TEST_CONFIG, Server
from tests.ui.sync_screenshots import LANGUAGES, SIZE, _close
from tests.ui.sync_support import SERVER_URL


def _published(work: Path, name: str, version: str, altered: bool = False) -> Server:
    data = work / f"server-{name}"
    server = Server.start(data, f"sqlite:///{data / 'server.db'}", TEST_CONFIG)
    with server.engine.begin() as conn:
        done = releases.add(conn, make_deb(work / f"{name}.deb", version), data, load_or_create(server.settings.key_path),
                            version=version, platform="linux-deb", notes="")
    if altered:
        stored = data / "releases" / f"{done['sha256']}.deb"
        stored.write_bytes(stored.read_bytes()[:-1000])
    return server


def _window_after_sync(work: Path, name: str, server: Server):  # noqa: ANN202
    (work / name).mkdir()
    ledger = ensure_demo(work / name / "device.db", taxpayers=300)
    transport = server.client._transport  # noqa: SLF001 - the app in this process
    enroll_ledger(ledger, SERVER_URL, server.enrollment_code("T09"), transport=transport,
                  backoff=Backoff(sleep=lambda seconds: None))
    window = build_window(ledger, demo=True)
    window.ctx.sync.transport = transport
    window.ctx.sync.backoff = Backoff(sleep=lambda seconds: None)
    window.resize(*SIZE)
    window.show()
    agent = ledger.find_agent("Ilunga Kabeya")
    window._logged_in(agent.id, agent.name)
    _settle(window, lambda: window.ctx.sync.status is not None)
    window.ctx.sync.sync_now()
    _settle(window, lambda: window.ctx.sync.last_result is not None and not window.ctx.sync.running, timeout=60)
    _settle(window, window.update_banner.isVisible)
    return ledger, window


def shots(folder: Path, work: Path) -> list[Path]:
    saved: list[Path] = []
    server = _published(work, "waiting", "1.4.0")
    ledger, window = _window_after_sync(work, "waiting", server)
    try:
        for lang in LANGUAGES:
            window.set_language(lang)
            window.navigate("home")
            _settle(window)
            path = folder / f"update-waiting-{lang}.png"
            window.grab().save(str(path))
            saved.append(path)
    finally:
        _close(ledger, window)
        server.close()
    server = _published(work, "refused", "1.5.0", altered=True)
    ledger, window = _window_after_sync(work, "refused", server)
    try:
        window.set_language("fr")
        window.navigate("home")
        _settle(window)
        path = folder / "update-refused-fr.png"
        window.grab().save(str(path))
        saved.append(path)
    finally:
        _close(ledger, window)
        server.close()
    return saved


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory() as work:
        for made in shots(out, Path(work)):
            print(made)
