"""Screenshots of the Sync screen with census photos still to send, at 1024 x 600 in French,
English and Portuguese (after a sync with a server that does not take photos yet):

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.sync_photos_screenshots docs/screenshots

writes sync-photos-{fr,en,pt}.png."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from desktop.screenshots import _settle
from tests.sync_client.fake_server import FakeServer
from tests.ui.sync_screenshots import LANGUAGES, _close, _window
from tests.ui.sync_support import enroll_directly
from tests.ui.test_sync_photos import record_photo_submission


def shots(folder: Path, work: Path) -> list[Path]:
    server, saved = FakeServer(), []
    ledger, window = _window(work, "photos", server)
    try:
        enroll_directly(ledger, server)
        record_photo_submission(ledger)
        record_photo_submission(ledger)
        for lang in LANGUAGES:
            window.set_language(lang)
            window.navigate("sync")
            _settle(window, lambda: window.sync.status is not None and window.sync.sync_button.isEnabled())
            runner = window.ctx.sync
            before = runner.last_result
            window.sync.sync_button.click()
            _settle(window, lambda: runner.last_result is not before and not runner.running)
            _settle(window, lambda: "photo" in window.sync.counts.text() or "foto" in window.sync.counts.text())
            path = folder / f"sync-photos-{lang}.png"
            window.grab().save(str(path))
            saved.append(path)
    finally:
        _close(ledger, window)
    return saved


if __name__ == "__main__":
    from desktop.app import application

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory() as work:
        for made in shots(out, Path(work)):
            print(made)
