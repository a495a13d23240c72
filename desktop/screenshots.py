"""`quittance gui --screenshot DIR`: every main screen, with demo data, saved as PNG.

Runs on a fresh demo device in a temporary folder (never on the agent's database), stages a
realistic day (a session, payments, a void, a registration under way) and grabs each screen at
a 10-inch tablet's 1280 x 800. Works offscreen (QT_QPA_PLATFORM=offscreen)."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from core.demo import ensure_demo
from core.service import Ledger
from desktop.app import application, build_window
from desktop.main_window import MainWindow

SIZE = (1280, 800)
NMEA_LOG = Path(__file__).resolve().parents[1] / "resources" / "demo" / "kananga.nmea"


def _settle(window: MainWindow, until: Callable[[], bool] | None = None, timeout: float = 20.0) -> None:
    """Let background work finish and the screen repaint (the UI thread is ours here)."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if not window.ctx.runner.is_busy() and (until is None or until()):
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def _save(widget: QWidget, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path


def _save_with_dialog(window: MainWindow, dialog: QWidget, folder: Path, name: str) -> Path:
    """A modal dialog over a dimmed window, as the agent sees it."""
    dialog.adjustSize()
    base = window.grab()
    painter = QPainter(base)
    painter.fillRect(base.rect(), QColor(0, 0, 0, 110))
    picture: QPixmap = dialog.grab()
    corner = QPoint((base.width() - picture.width()) // 2, (base.height() - picture.height()) // 2)
    painter.drawPixmap(corner, picture)
    painter.setPen(QColor("#0b3d5c"))
    painter.drawRect(corner.x() - 1, corner.y() - 1, picture.width() + 1, picture.height() + 1)
    painter.end()
    path = folder / f"{name}.png"
    base.save(str(path))
    return path


def _stage(ledger: Ledger) -> dict[str, str]:
    """A morning's work: a session with a float, three payments, one voided."""
    agent = ledger.find_agent("Ilunga Kabeya")
    ledger.act_as(agent.id)
    ledger.open_session(5_000_000)
    paid_ids: list[str] = []
    for text in ("tshibangu", "kalala", "ngoyi"):
        for result in ledger.reads.search(text, limit=40):
            card = ledger.reads.taxpayer_card(result.hit.taxpayer_id)
            line = card.oldest_due()
            if line is not None and line.is_arrears and result.hit.taxpayer_id not in paid_ids:
                ledger.pay(taxpayer_id=card.taxpayer["id"], tax_code=line.tax_code, period=line.period,
                           amount=line.due, method="cash" if len(paid_ids) != 1 else "mobile_money",
                           reference=None if len(paid_ids) != 1 else "MP261122.1043.K88412")
                paid_ids.append(card.taxpayer["id"])
                break
    voided = ledger.reads.taxpayer_card(paid_ids[-1]).payments[0]
    ledger.void(voided.receipt_no, "Erreur de période : reçu refait")
    # The card shown is someone with arrears, a payment in the history and more still owed.
    shown = paid_ids[0]
    for result in ledger.reads.search("mukendi", limit=60):
        card = ledger.reads.taxpayer_card(result.hit.taxpayer_id)
        if len([b for b in card.balances if b.due > 0]) >= 2 and card.oldest_due().is_arrears:
            line = card.oldest_due()
            ledger.pay(taxpayer_id=card.taxpayer["id"], tax_code=line.tax_code, period=line.period,
                       amount=line.due // 2, method="cash")
            shown = card.taxpayer["id"]
            break
    return {"card": shown}


def take_screenshots(folder: Path, work_dir: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    app = application()
    ledger = ensure_demo(work_dir / "demo.db")
    ledger.save_setting("printer", {"uri": (work_dir / "printer-output.bin").resolve().as_uri(),
                                    "profile": "generic-58"})
    ledger.save_setting("gps", {"source": "file", "file": str(NMEA_LOG), "replay_interval_ms": 400,
                                "threshold_m": 10.0, "uere_m": 5.0})
    staged = _stage(ledger)
    window = build_window(ledger, demo=True)
    saved: list[Path] = []
    try:
        window.resize(*SIZE)
        window.show()
        _settle(window)
        saved.append(_save(window, folder, "01-login"))

        agent = ledger.find_agent("Ilunga Kabeya")
        window._logged_in(agent.id, agent.name)
        _settle(window, lambda: window.home.summary is not None)
        saved.append(_save(window, folder, "02-home"))

        window.show_search("kabasélé")
        _settle(window, lambda: window.search._shown_text == "kabasélé")
        saved.append(_save(window, folder, "03-search"))

        window.open_card(staged["card"])
        _settle(window, lambda: window.card.card is not None)
        saved.append(_save(window, folder, "04-card"))

        window.card.request_payment()
        _settle(window)
        saved.append(_save(window, folder, "05-payment"))
        dialog, commit = window.payment.confirmation()
        saved.append(_save_with_dialog(window, dialog, folder, "06-payment-confirm"))
        dialog.deleteLater()
        commit()
        _settle(window, lambda: window.payment.receipt.print_status.state in ("printed", "failed")
                and not window.payment.receipt.preview_busy.isVisible())
        saved.append(_save(window, folder, "07-receipt"))

        window.navigate("new")
        form = window.form
        form.business.setChecked(True)
        form.name.setText("Ngalula Mbombo Thérèse")
        form.business_name.setText("Alimentation La Grâce")
        form.phone.setText("+243 81 555 0142")
        form.zone.setCurrentIndex(form.zone.findText("Katoka", Qt.MatchFlag.MatchStartsWith))
        form.address.setText("Katoka, en face du grand marché")
        row = form.objects.add_row()
        row.kind.setCurrentIndex(row.kind.findData("business_premises"))
        row.reference.setText("BUS-KAT-0200417")
        row.surface.setValue(24)
        form.location_panel.toggle_capture()
        panel = form.location_panel
        _settle(window, lambda: panel.live is not None and panel.live.accuracy_m is not None
                and panel.live.accuracy_m < 25)
        saved.append(_save(window, folder, "08-register-capturing"))
        panel.stop()

        window.navigate("session")
        _settle(window, lambda: window.session.report is not None)
        saved.append(_save(window, folder, "09-session"))
        report = ledger.close_session()
        window.session._closed(report)
        window.session.session_id = None
        window.session._render()
        _settle(window, lambda: window.session.print_status.state in ("printed", "failed"))
        saved.append(_save(window, folder, "10-z-report"))

        window.navigate("sync")
        _settle(window, lambda: window.sync.status is not None)
        saved.append(_save(window, folder, "11-sync"))

        window.navigate("settings")
        _settle(window)
        saved.append(_save(window, folder, "12-settings"))

        window.ctx.languages.apply("en")
        window.open_card(staged["card"])
        _settle(window, lambda: window.card.card is not None)
        saved.append(_save(window, folder, "13-card-english"))
        window.ctx.languages.apply("pt")
        window.navigate("home")
        _settle(window, lambda: window.home.summary is not None)
        saved.append(_save(window, folder, "14-home-portuguese"))
    finally:
        window.shutdown()
        window.close()
        ledger.close()
        app.processEvents()
    return saved
