"""A first start closed halfway starts again where the agent was, and what was done is not done
again: the enrollment (one device on the server, one enrollment event), the printer chosen. The
start-up (desktop/wizard/startup.py) shows the wizard only while the first start is not over."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from core import unlocked, vault
from core.service import Ledger
from desktop.wizard import device
from desktop.wizard.frame import FirstStartWizard
from desktop.wizard.startup import first_language, run_first_start
from sync.server.schema import devices
from tests.ui.conftest import WAIT_MS
from tests.ui.wizard_support import (SERVER_URL, click, close_wizard, discovery, device_path,  # noqa: F401
                                     enroll_by_typing, next_page, open_wizard, printer_file, real_server, wait_page)


def _enrollment_events(ledger: Ledger) -> int:
    with ledger.store.read() as conn:
        return conn.execute("SELECT count(*) FROM events WHERE type = 'device.enrolled'").fetchone()[0]


def test_closed_after_enrollment_it_resumes_where_the_agent_was(qtbot, real_server, discovery, device_path,
                                                                printer_file):
    server = real_server
    wizard = open_wizard(qtbot, device_path, server, discovery, language="pt")
    wait_page(qtbot, wizard, "language")
    next_page(qtbot, wizard, "enroll")
    enroll_by_typing(qtbot, wizard, SERVER_URL, server.enrollment_code("T15"))
    next_page(qtbot, wizard, "printer")
    page = wizard.page
    qtbot.waitUntil(lambda: page.printers.count() == 2, timeout=WAIT_MS)
    page.printers.setCurrentRow(0)
    next_page(qtbot, wizard, "gnss")
    device_id = wizard.session.ledger.device.id
    close_wizard(wizard)  # the agent closes the window (or the power goes)
    assert device.needs_first_start(device_path)
    # A restart: the process's unlocked keys are gone. The encrypted database opens again with
    # nobody typing a PIN: no agent has a wrap yet, the key is in the envelope's open wrap.
    assert vault.is_encrypted(device_path) and vault.agents_listed(device_path) == []
    unlocked.forget(device_path)

    ledger = device.open_existing(device_path)
    assert first_language(ledger) == "pt"
    wizard = open_wizard(qtbot, device_path, server, discovery, ledger=ledger, language=first_language(ledger))
    wait_page(qtbot, wizard, "gnss")  # where the agent was, not the first page
    assert wizard.page.title.text() == "Posição (GPS)"
    click(qtbot, wizard.back_button)
    wait_page(qtbot, wizard, "printer")
    assert wizard.page.address.text() == printer_file.as_uri()  # what was chosen is shown
    click(qtbot, wizard.back_button)
    wait_page(qtbot, wizard, "enroll")
    page = wizard.page
    assert page.enrolled and page.form_card.isHidden()  # said done, not offered again
    assert "dispositivo T15" in page.done_text.text()
    assert wizard.next_button.isEnabled()
    next_page(qtbot, wizard, "printer")
    next_page(qtbot, wizard, "gnss")
    next_page(qtbot, wizard, "summary")
    assert wizard.page.value("printer").startswith(printer_file.as_uri())
    with qtbot.waitSignal(wizard.finished, timeout=WAIT_MS):
        click(qtbot, wizard.next_button)
    assert wizard.session.ledger.device.id == device_id
    assert _enrollment_events(wizard.session.ledger) == 1
    assert len(server.rows(devices)) == 1
    close_wizard(wizard)
    assert not device.needs_first_start(device_path)


def test_closed_before_enrolling_nothing_is_left_and_it_starts_over(qtbot, real_server, discovery, device_path):
    wizard = open_wizard(qtbot, device_path, real_server, discovery)
    wait_page(qtbot, wizard, "language")
    click(qtbot, wizard.page.tiles["en"])
    next_page(qtbot, wizard, "enroll")
    close_wizard(wizard)
    assert not device_path.exists() and not device.marker_path(device_path).exists()
    assert device.needs_first_start(device_path)
    assert device.open_existing(device_path) is None


def test_a_refused_enrollment_resumes_on_the_enrollment_page(qtbot, real_server, discovery, device_path):
    wizard = open_wizard(qtbot, device_path, real_server, discovery, language="en")
    wait_page(qtbot, wizard, "language")
    next_page(qtbot, wizard, "enroll")
    enroll_by_typing(qtbot, wizard, SERVER_URL, "WRONG-CODE-1")
    assert wizard.page.notice.isVisible()
    close_wizard(wizard)
    ledger = device.open_existing(device_path)
    assert ledger.is_initialised() and not device.is_enrolled(ledger)
    wizard = open_wizard(qtbot, device_path, real_server, discovery, ledger=ledger, language=first_language(ledger))
    wait_page(qtbot, wizard, "enroll")
    page = wizard.page
    assert not page.enrolled and page.server.text() == SERVER_URL  # what was typed is still there
    enroll_by_typing(qtbot, wizard, SERVER_URL, real_server.enrollment_code("T16"))
    assert page.enrolled
    close_wizard(wizard)


def _close_wizard_when_shown(qtbot, seen: list) -> None:  # noqa: ANN001
    def close() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstStartWizard) and w.isVisible()]
        if not shown or shown[0].session.runner.is_busy():  # a resume reads where it was first
            QTimer.singleShot(20, close)
            return
        seen.append(shown[0].page.key)
        shown[0].close()
    QTimer.singleShot(20, close)


def test_the_start_up_shows_the_wizard_only_until_it_is_finished(qtbot, tmp_path, real_server, discovery,
                                                                 device_path):
    seen: list[str] = []
    _close_wizard_when_shown(qtbot, seen)
    assert run_first_start(device_path) == 0  # closed: the app stops, the next start shows it again
    assert seen == ["language"] and not device_path.exists()

    wizard = open_wizard(qtbot, device_path, real_server, discovery)
    wait_page(qtbot, wizard, "language")
    next_page(qtbot, wizard, "enroll")
    enroll_by_typing(qtbot, wizard, SERVER_URL, real_server.enrollment_code("T17"))
    close_wizard(wizard)
    seen.clear()
    _close_wizard_when_shown(qtbot, seen)
    assert run_first_start(device_path) == 0
    assert seen == ["printer"]  # resumed after the enrollment

    device.mark_finished(device_path)
    assert run_first_start(device_path) is None  # a device set up: straight on to the login
