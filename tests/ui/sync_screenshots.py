"""Screenshots of the enrollment and Sync screens at 1024 x 600, in French, English and Portuguese,
against the fake server of tests/sync_client (the real one lands later):

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.sync_screenshots docs/screenshots

writes sync-enroll-{fr,en,pt}.png (a code the server refused), sync-screen-{fr,en,pt}.png (after a
sync: one record refused by the server with its reason, one waiting), sync-progress-fr.png (a sync
under way) and sync-revoked-{fr,en,pt}.png (the home screen of a revoked device) and
sync-screen-revoked-pt.png (its Sync screen); sync-enroll-scan-{en,pt}.png (the camera open on a
photo-like picture of the enrollment QR code `quittance-server device add` writes, turned the other
way up: the wrong one was shown first) and sync-enroll-no-camera-{en,pt}.png."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from core.demo import ensure_demo
from desktop.app import application, build_window
from desktop.screenshots import _settle
from sync.client.http import Backoff
from tests.sync_client.conftest import add_events
from tests.sync_client.fake_server import FakeServer
from tests.ui.qr_frames import NoCameras, StillCameras, photo_like, qimage
from tests.ui.sync_support import SERVER_URL, HoldingTransport, enroll_directly

SIZE = (1024, 600)
LANGUAGES = ("fr", "en", "pt")


class SecondPushHeld(HoldingTransport):
    """The first batch goes; the second waits, so the bar stands part-way."""

    def __init__(self, inner) -> None:  # noqa: ANN001
        super().__init__(inner)
        self.pushes = 0

    def handle_request(self, request):  # noqa: ANN001, ANN201
        if request.url.path.endswith("/push"):
            self.pushes += 1
            if self.pushes == 1:
                return self.inner.handle_request(request)
        return super().handle_request(request)


def _window(work: Path, name: str, server: FakeServer, transport=None):  # noqa: ANN001, ANN202
    ledger = ensure_demo(work / f"{name}.db", taxpayers=300)
    window = build_window(ledger, demo=True)
    window.ctx.sync.transport = transport or server.transport()
    window.ctx.sync.backoff = Backoff(sleep=lambda seconds: None)
    window.resize(*SIZE)
    window.show()
    agent = ledger.find_agent("Ilunga Kabeya")
    window._logged_in(agent.id, agent.name)
    _settle(window)
    return ledger, window


def _close(ledger, window) -> None:  # noqa: ANN001
    window.shutdown()
    window.close()
    ledger.close()


def enroll_shots(folder: Path, work: Path) -> list[Path]:
    saved = []
    ledger, window = _window(work, "enroll", FakeServer())
    try:
        for lang in LANGUAGES:
            window.set_language(lang)
            window.navigate("sync")
            _settle(window, lambda: window.sync.status is not None)
            window.show_enroll()
            view = window.enroll
            view.server.setText(SERVER_URL)
            view.code.setText("K7Q2M9XD")
            view.submit()
            _settle(window, lambda: view.notice.isVisible())
            path = folder / f"sync-enroll-{lang}.png"
            window.grab().save(str(path))
            saved.append(path)
    finally:
        _close(ledger, window)
    return saved


def scan_shots(folder: Path, work: Path) -> list[Path]:
    import qrcode

    saved = []
    receipt = work / "receipt-qr.png"
    qrcode.make("https://verifier.kananga.example/v/Q1.eyJuIjoiVDA5In0.c2ln").save(receipt)
    ledger, window = _window(work, "scan", FakeServer())
    try:
        for lang in ("en", "pt"):
            window.set_language(lang)
            window.navigate("sync")
            _settle(window, lambda: window.sync.status is not None)
            window.enroll.cameras = StillCameras([qimage(photo_like(receipt, angle=8, scale=0.7))])
            window.show_enroll()
            view = window.enroll
            view.scan()
            _settle(window, lambda: view.scanner._state == "wrong")
            path = folder / f"sync-enroll-scan-{lang}.png"
            window.grab().save(str(path))
            saved.append(path)
            view.scanner.close_camera()
            window.enroll.cameras = NoCameras()
            window.show_enroll()
            _settle(window)
            path = folder / f"sync-enroll-no-camera-{lang}.png"
            window.grab().save(str(path))
            saved.append(path)
    finally:
        _close(ledger, window)
    return saved


def sync_shots(folder: Path, work: Path) -> list[Path]:
    saved = []
    server = FakeServer(quarantine=lambda parsed: ("zone_not_assigned", "zone KAT is not this agent's")
                        if parsed.data.get("name") == "Mwamba Odette" else None)
    holding = SecondPushHeld(server.transport())
    ledger, window = _window(work, "sync", server, holding)
    runner = window.ctx.sync
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
    try:
        enroll_directly(ledger, server)
        add_events(ledger, 600)  # a day of census: three batches
        runner.refresh()
        _settle(window, lambda: runner.enrolled)
        window.navigate("sync")
        holding.hold = True
        runner.sync_now()
        _settle(window, lambda: holding.entered.is_set() and "250" in window.sync.phase.text(), 10)
        window.sync.filter.setFocus()
        path = folder / "sync-progress-fr.png"
        window.grab().save(str(path))
        saved.append(path)
        holding.release()
        _settle(window, lambda: not runner.running)
        ledger.register_taxpayer(name="Mwamba Odette", zone="KAT")  # the server sets it aside
        runner.sync_now()
        _settle(window, lambda: not runner.running)
        ledger.register_taxpayer(name="Ngalula Thérèse", zone="KAT")  # made after the sync: waiting
        for lang in LANGUAGES:
            window.set_language(lang)
            window.navigate("home")
            window.navigate("sync")
            _settle(window, lambda: window.sync.model.rowCount() > 0)
            window.sync.filter.setFocus()
            path = folder / f"sync-screen-{lang}.png"
            window.grab().save(str(path))
            saved.append(path)
        server.device(ledger.device.id).revoked = True
        runner.sync_now()
        _settle(window, lambda: not runner.running and runner.revoked)
        for lang in LANGUAGES:
            window.set_language(lang)
            window.navigate("home")
            _settle(window, lambda: window.home.summary is not None)
            path = folder / f"sync-revoked-{lang}.png"
            window.grab().save(str(path))
            saved.append(path)
        window.navigate("sync")
        _settle(window, lambda: window.sync.standing.isVisible())
        window.sync.filter.setFocus()
        path = folder / "sync-screen-revoked-pt.png"
        window.grab().save(str(path))
        saved.append(path)
    finally:
        _close(ledger, window)
    return saved


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "docs/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory() as work:
        for path in enroll_shots(folder, Path(work)) + scan_shots(folder, Path(work)) + sync_shots(folder, Path(work)):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
