"""Issue 8, section 8: a migration that takes more than a second shows a progress bar while the
app opens, and the window stays responsive (the migration runs off the UI thread)."""
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressBar, QProgressDialog

from core import migrations
from desktop.app import application
from desktop.opening import open_ledger
from tests.conftest import make_ledger


def test_a_slow_migration_shows_its_progress_while_the_app_opens(tmp_path, monkeypatch, qtbot):
    path = tmp_path / "device.db"
    make_ledger(path).close()
    release = threading.Event()
    reported = threading.Event()  # the step under test has said where it is; earlier ones may still show

    def slow_migration(conn, report):
        report(0.5)
        reported.set()
        release.wait(20)  # until the test has seen the dialog

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, slow_migration])
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    application()
    seen = {}

    def look() -> None:
        if not reported.is_set():
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible() and widget.value() > 0:
                bar = widget.findChild(QProgressBar)
                seen.update(label=widget.labelText(), value=widget.value(), maximum=widget.maximum(),
                            bar=(bar.isTextVisible(), bar.text(), bar.height(), bar.fontMetrics().height()))
                release.set()

    poll = QTimer(interval=50)
    poll.timeout.connect(look)
    poll.start()
    try:
        ledger = open_ledger(path)
    finally:
        poll.stop()
        release.set()
    assert seen["label"].startswith("Mise à jour de la base de données")
    assert seen["value"] == seen["maximum"] // 2  # half of the one step left to run
    text_visible, text, height, text_height = seen["bar"]
    assert text_visible and text.startswith("50") and height >= text_height, "the percentage is cut"
    assert migrations.schema_version(ledger.store.conn) == migrations.LATEST_VERSION
    ledger.close()


def test_a_quick_open_shows_no_dialog(tmp_path, qtbot):
    path = tmp_path / "device.db"
    make_ledger(path).close()
    application()
    ledger = open_ledger(path)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    assert ledger.is_initialised()
    ledger.close()


def test_the_progress_speaks_the_language_the_app_was_set_to(tmp_path, monkeypatch, qtbot):
    """A French municipality, an agent who chose English in the settings: the app opens in
    English, and so must the dialog before it."""
    path = tmp_path / "device.db"
    ledger = make_ledger(path)
    ledger.save_setting("language", "en")
    ledger.close()
    release = threading.Event()
    reported = threading.Event()  # the step under test has said where it is; earlier ones may still show

    def slow_migration(conn, report):
        report(0.5)
        reported.set()
        release.wait(20)

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, slow_migration])
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    application()
    seen = {}

    def look() -> None:
        if not reported.is_set():
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible() and widget.value() > 0:
                seen["label"] = widget.labelText()
                release.set()

    poll = QTimer(interval=50)
    poll.timeout.connect(look)
    poll.start()
    try:
        open_ledger(path).close()
    finally:
        poll.stop()
        release.set()
    assert seen["label"].startswith("Updating the database")
