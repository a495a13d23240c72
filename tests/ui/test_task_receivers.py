"""A background job that outlives its screen (a printer answering after the window closed) is
dropped quietly instead of calling into a deleted widget."""
import threading

from PySide6.QtWidgets import QLabel

from desktop.tasks import Latest, TaskRunner


def test_a_result_for_a_deleted_widget_is_dropped(qtbot):
    runner = TaskRunner()
    release = threading.Event()
    shown = QLabel()
    latest = Latest()
    gone = QLabel()
    runner.submit(lambda: release.wait(5) and "late", latest.only_latest(latest.next(), gone.setText))
    runner.submit(lambda: release.wait(5) and "direct", gone.setText)
    runner.submit(lambda: "alive", shown.setText)
    gone.deleteLater()
    qtbot.waitUntil(lambda: shown.text() == "alive")
    qtbot.wait(50)  # the deferred delete has run
    release.set()
    qtbot.waitUntil(lambda: not runner.is_busy())  # pytest-qt fails the test on an exception in the loop
    assert shown.text() == "alive"
