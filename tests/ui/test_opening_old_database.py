"""Issue 13, Updates: "the database migrates on first start, with progress". A real database
written by an older release (a day of work, rewritten as schema v4 wrote it: no event signatures,
no schema marks; tests/unit/test_migrations.py) opens in the app through desktop/opening.py: the
progress dialog shows the migration in the agent's language, and afterwards every event is still
there with the same hashes, the payments and receipts are the same, `verify` passes, and the window
finds the taxpayer registered that day."""
from __future__ import annotations

import json
from tests import device_sqlite
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QProgressDialog

from core import migrations
from core.highwater import mark_path
from desktop.app import application
from desktop.opening import open_ledger


def _older_database(path: Path) -> dict:
    from tests.unit.test_migrations import _as_written_before_v5
    from tests.unit.test_verify_replay import build_day

    from unittest import mock

    from core.ledger_journal import JournalLedger

    # A v4 device kept no technical journal (v18): its day has no journal.recorded events.
    with mock.patch.object(JournalLedger, "journal_in", lambda *args, **kwargs: False):
        day = build_day(path)
    _as_written_before_v5(path)  # PRAGMA user_version = 4, as that release left its files
    conn = device_sqlite.connect(path)
    device_id = json.loads(conn.execute("SELECT value FROM settings WHERE key = 'device'").fetchone()[0])["id"]
    conn.close()
    mark_path(device_id).unlink()  # that release kept no high-water mark
    return day


def _contents(path: Path) -> dict:
    conn = device_sqlite.connect(path)
    try:
        return {"events": conn.execute("SELECT seq, type, hash FROM events ORDER BY seq").fetchall(),
                "payments": conn.execute("SELECT receipt_no, amount FROM payments ORDER BY receipt_no").fetchall(),
                "voids": conn.execute("SELECT count(*) FROM voids").fetchone()[0],
                "taxpayers": conn.execute("SELECT count(*) FROM taxpayers").fetchone()[0],
                "version": conn.execute("PRAGMA user_version").fetchone()[0]}
    finally:
        conn.close()


class DialogWatcher(QObject):
    """Every label and value the opening's progress dialog painted while it was on screen."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, int, int]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (event.type() in (QEvent.Type.Show, QEvent.Type.Paint) and isinstance(watched, QProgressDialog)
                and watched.objectName() == "openingProgress"):
            self.seen.append((watched.labelText(), watched.value(), watched.maximum()))
        return False


def test_an_older_database_migrates_on_first_start_with_progress_and_loses_nothing(tmp_path, qtbot):
    path = tmp_path / "device.db"
    day = _older_database(path)
    before = _contents(path)
    assert before["version"] == 4 < migrations.LATEST_VERSION and before["events"]
    app = application()
    watcher = DialogWatcher()
    app.installEventFilter(watcher)
    try:
        ledger = open_ledger(path, show_after_ms=0)  # the dialog at once: the file is small, the test quick
    finally:
        app.removeEventFilter(watcher)
    try:
        assert watcher.seen, "no progress dialog was shown while the database was brought up to date"
        labels = {text for text, _value, _maximum in watcher.seen if text}
        assert any(text.startswith("Mise à jour de la base de données") for text in labels), labels
        assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]

        after = _contents(path)
        assert after["version"] == migrations.LATEST_VERSION
        # Every event, in order, with the same hash; then the technical journal's entry for the migration.
        assert after["events"][:-1] == before["events"] and after["events"][-1][1] == "journal.recorded"
        assert (after["payments"], after["voids"], after["taxpayers"]) == \
            (before["payments"], before["voids"], before["taxpayers"])
        report = ledger.verify()
        assert report.ok, report.first_problem

        from desktop.app import build_window

        main = build_window(ledger, demo=False)
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        try:
            assert main.on_login_screen()
            found = ledger.reads.search("kabasele felicite")
            assert [r.hit.taxpayer_id for r in found] == [day["taxpayer"]]
            assert day["receipts"][0] in {r for r, _amount in after["payments"]}
        finally:
            main.shutdown()
            main.close()
    finally:
        ledger.close()
