"""Issue 13: a plain database from before encryption is encrypted after the first successful
login, with a progress bar while the window stays responsive; the agent then works as usual."""
from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QProgressBar, QProgressDialog
from PySide6.QtCore import QTimer

from core import encryption_migration, sqlite_driver
from core.service import Ledger
from core.store import Store
from tests.conftest import add_assessed_taxpayer, make_ledger
from tests.ui.conftest import log_in

NAME = "Kabasélé Ngoyi Félicité"


def test_first_login_on_a_plain_database_encrypts_it_with_a_progress_bar(qtbot, tmp_path, monkeypatch):
    from desktop.app import build_window

    path = tmp_path / "device.db"
    Ledger(Store(path, create=True, plain=True)).close()  # as an older version left it: plain
    ledger = make_ledger(path)
    add_assessed_taxpayer(ledger, name=NAME)
    ledger.agent_id = None
    assert not ledger.store.encrypted and NAME.encode() in path.read_bytes()

    release, checking = threading.Event(), threading.Event()
    real_verify = encryption_migration._verify_copy

    def slow_verify(*args):  # noqa: ANN002 - the check of the copy, held until the test saw the bar
        checking.set()
        release.wait(20)
        return real_verify(*args)

    monkeypatch.setattr(encryption_migration, "_verify_copy", slow_verify)
    seen: dict = {}

    def look() -> None:
        if not checking.is_set() or seen:  # the first sight of the bar, while the check is held
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible() and widget.value() > 0:
                seen.update(label=widget.labelText(), value=widget.value(), maximum=widget.maximum(),
                            bar=widget.findChild(QProgressBar).text())
                release.set()

    poll = QTimer(interval=50)
    poll.timeout.connect(look)
    main = build_window(ledger)
    qtbot.addWidget(main)
    main.show()
    poll.start()
    try:
        log_in(qtbot, main, agent_index=0, pin="1234")
    finally:
        poll.stop()
        release.set()
    assert seen["label"] == "Vérification de la copie chiffrée"
    assert seen["value"] == int(0.7 * seen["maximum"]) and seen["bar"].startswith("70")
    assert ledger.store.encrypted and not sqlite_driver.is_plain_sqlite(str(path))
    assert NAME.encode() not in path.read_bytes()
    assert [hit.hit.name for hit in ledger.reads.search("kabasele")] == [NAME]  # the same ledger, keyed
    main.shutdown()
    ledger.close()
