"""The start-up's one call into the wizard: on a fresh install (no database) or a first start
left halfway (its marker file), the wizard runs before the main window; otherwise nothing."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEventLoop

from core.errors import StorageFault
from desktop.display_check import user_language
from desktop.i18n import LANGUAGES, Languages
from desktop.wizard import device

WINDOW_SIZE = (1024, 600)  # the smallest tablet the app is laid out for


def first_language(ledger) -> str:  # noqa: ANN001 - a Ledger or None
    chosen = ledger.setting("language") if ledger is not None else None
    return chosen if chosen in LANGUAGES else user_language(os.environ)


def run_first_start(db_path: Path) -> int | None:
    """None when the device is set up (it was, or the agent just finished the wizard): the
    start-up goes on to the login. 0 when the agent closed the wizard before its end."""
    db_path = Path(db_path)
    if not device.needs_first_start(db_path):
        return None
    from desktop.app import application
    from desktop.opening import open_ledger
    from desktop.wizard.frame import FirstStartWizard
    from desktop.wizard.session import FirstStartSession

    application()
    try:
        ledger = open_ledger(db_path) if db_path.exists() else None
    except StorageFault:
        return None  # the start-up's own opening says what is wrong, in its words
    languages = Languages()
    languages.apply(first_language(ledger))
    session = FirstStartSession(db_path, languages, ledger=ledger)
    wizard = FirstStartWizard(session)
    outcome: dict[str, bool] = {}
    loop = QEventLoop()
    wizard.finished.connect(lambda: (outcome.setdefault("finished", True), loop.quit()))
    wizard.closed.connect(loop.quit)
    wizard.resize(*WINDOW_SIZE)
    wizard.show()
    wizard.start()
    loop.exec()
    wizard.hide()
    session.close()
    wizard.deleteLater()
    languages.release()
    return None if outcome.get("finished") else 0
