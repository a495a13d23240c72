"""Screenshots of the backup offered at the close of a cash session, at 1024 x 600, in French,
English and Portuguese (a temporary folder stands in as the root sticks are mounted under):

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.backup_screenshots docs/screenshots

writes backup-offer-{fr,en,pt}.png (two sticks plugged in), backup-written-{fr,en,pt}.png (the
backup written and verified) and backup-no-stick-{fr,en,pt}.png. The dialog is its own window:
each picture is the main window with the dialog painted where it stands over it."""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter, QPen

from core.demo import ensure_demo
from desktop.app import application, build_window
from desktop.screenshots import _settle

SIZE = (1024, 600)
LANGUAGES = ("fr", "en", "pt")


def _composite(window, dialog, path: Path) -> Path:  # noqa: ANN001
    picture = window.grab()
    painter = QPainter(picture)
    # Offscreen there is no window manager: centre it over the window, as one would.
    offset = QPoint((window.width() - dialog.width()) // 2, max(0, (window.height() - dialog.height()) // 2))
    painter.drawPixmap(offset, dialog.grab())
    painter.setPen(QPen(QColor("#5b6670"), 2))  # the window's edge a window manager would draw
    painter.drawRect(offset.x(), offset.y(), dialog.width() - 1, dialog.height() - 1)
    painter.end()
    picture.save(str(path))
    return path


def shots(folder: Path, work: Path) -> list[Path]:
    saved = []
    for lang in LANGUAGES:
        media = work / f"media-{lang}"
        ledger = ensure_demo(work / f"{lang}.db", taxpayers=300)
        window = build_window(ledger, demo=True)
        window.ctx.removable_roots = [media]
        window.resize(*SIZE)
        window.show()
        agent = ledger.find_agent("Ilunga Kabeya")
        window._logged_in(agent.id, agent.name)
        window.set_language(lang)
        _settle(window)
        try:
            media.mkdir()
            session = window.session
            for state in ("no-stick", "offer", "written"):
                ledger.act_as(agent.id)
                ledger.open_session(0)
                window.navigate("session")
                _settle(window, lambda: session.session_id is not None)
                window.ctx.op(lambda led: led.close_session(), session._closed)
                _settle(window, lambda: session.backup_offer is not None and session.backup_offer.isVisible())
                offer = session.backup_offer
                if state != "no-stick":
                    for name in ("KINGSTON", "SD_CARTE"):
                        (media / name).mkdir(exist_ok=True)
                    offer.scan()
                    _settle(window, lambda: offer.volume_button("KINGSTON") is not None)
                else:
                    _settle(window, lambda: offer.empty.isVisible())
                if state == "written":
                    offer.volume_button("KINGSTON").click()
                    _settle(window, lambda: offer.backup is not None)
                _settle(window)
                saved.append(_composite(window, offer, folder / f"backup-{state}-{lang}.png"))
                offer.reject()
        finally:
            window.shutdown()
            window.close()
            ledger.close()
    return saved


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "docs/screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory() as work:
        for path in shots(folder, Path(work)):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
