"""Starting the desktop app: Qt set-up, the ledger, the language, the main window."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from core.errors import QuittanceError
from core.service import Ledger
from desktop.context import AppContext
from desktop.display_check import require_display, user_language
from desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES
from desktop.main_window import MainWindow
from desktop.theme import apply_theme


UI_SWITCH_INTERVAL = 0.001  # seconds


def application() -> QApplication:
    """The QApplication, made once, with high-DPI scaling that keeps fractional factors (a
    10-inch tablet at 150 % must not round to 100 % or 200 %)."""
    app = QApplication.instance()
    # The UI thread shares Python's interpreter lock with the workers (receipt rendering, print
    # jobs, queries). Each Python call the UI thread makes (a slot, a delegate's paint) may wait
    # for a worker to let go of it: 5 ms by default, several times a frame. 1 ms keeps those waits
    # under a frame's budget; the workers lose little (they mostly wait on SQLite and the printer).
    sys.setswitchinterval(UI_SWITCH_INTERVAL)
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Quittance")
        app.setOrganizationName("Quittance")
        app.setDesktopFileName("quittance")  # names the app to the system position service (geoclue)
    if not app.property("quittance_themed"):  # also when a test harness made the application
        apply_theme(app)
        app.setProperty("quittance_themed", True)
    return app


def initial_language(ledger: Ledger) -> str:
    chosen = ledger.setting("language")
    if chosen in LANGUAGES:
        return chosen
    return ledger.locale if ledger.locale in LANGUAGES else DEFAULT_LANGUAGE


def build_window(ledger: Ledger, demo: bool = False) -> MainWindow:
    """The main window over an open, initialised ledger (also used by tests and screenshots)."""
    application()
    ctx = AppContext(ledger, demo=demo)
    ctx.languages.apply(initial_language(ledger))
    return MainWindow(ctx)


def _refuse(text: str, code: int = 2) -> int:
    application()
    QMessageBox.critical(None, "Quittance", text)
    return code


def run_gui(db_path: str | Path, demo: bool = False, supervisor: bool = False) -> int:
    unable = require_display()  # before anything makes Qt load its platform plugin
    if unable is not None:
        return unable
    db_path = Path(db_path)
    # -- first-start wizard hook (desktop/wizard): a fresh install, or a first start left halfway --
    from desktop.wizard.startup import run_first_start
    stopped = run_first_start(db_path)
    if stopped is not None:  # closed before its end: the next start resumes it
        return stopped
    # -- end of the first-start wizard hook --------------------------------------------------------
    if not db_path.exists():
        # Never leave an empty database behind: the device is set up with `quittance init`.
        # No device yet, so no language chosen on it: the system's (fr unless it says en or pt).
        return _refuse(QuittanceError("not_initialised").message(user_language(os.environ)))
    app = application()
    from desktop.start_flow import StartFlow  # it builds on this module

    # Through the unlock window when the device is encrypted and nobody has opened it yet.
    flow = StartFlow(db_path, demo=demo, supervisor=supervisor)
    try:
        refused = flow.start()
        if refused is not None:
            return _refuse(*refused)
        return app.exec()
    finally:
        flow.close()
