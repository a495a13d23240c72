"""A revoked device is told so in plain words on the home and Sync screens, keeps its data, and
takes no payment until it is enrolled again: the payment screen says it before any amount is
typed (the core refuses it too)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, taxpayer_with_arrears, type_text
from tests.ui.sync_support import SERVER_URL, enroll_directly, server, use_server  # noqa: F401
from tests.ui.test_payment import open_payment

REVOKED = "Cet appareil a été révoqué par la mairie"


def revoke_and_sync(qtbot, main, ledger, server) -> None:  # noqa: ANN001
    enroll_directly(ledger, server)
    use_server(qtbot, main, server.transport())
    server.device(ledger.device.id).revoked = True  # a supervisor ran `device revoke`
    runner = main.ctx.sync
    assert runner.sync_now()
    qtbot.waitUntil(lambda: not runner.running and runner.revoked, timeout=WAIT_MS)


def test_a_revoked_device_is_told_so_keeps_its_data_and_takes_no_payment(qtbot, logged_in, demo_ledger, server,
                                                                         with_session):
    main = logged_in
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    receipts_before = demo_ledger.session_report().receipt_count
    revoke_and_sync(qtbot, main, demo_ledger, server)

    main.navigate("home")
    qtbot.waitUntil(lambda: main.home.sync_standing.isVisible(), timeout=WAIT_MS)
    assert main.home.sync_standing.text().startswith(REVOKED)
    assert "garde ses données" in main.home.sync_standing.text()

    main.navigate("sync")
    qtbot.waitUntil(lambda: main.sync.standing.isVisible(), timeout=WAIT_MS)
    assert main.sync.standing.text().startswith(REVOKED)
    assert not main.sync.result.isVisible()  # said once, beside the way out
    assert not main.sync.sync_button.isEnabled()
    assert main.sync.enroll_button.isVisible() and main.sync.enroll_button.text() == "Inscrire à nouveau…"

    # Its data is all there: the registry is searched and the taxpayer's card opens.
    assert demo_ledger.reads.taxpayer_card(taxpayer_id).taxpayer["id"] == taxpayer_id
    view = open_payment(qtbot, main, taxpayer_id)
    assert view.notice.isVisible() and "révoqué" in view.notice.text()  # before any amount is typed
    assert "T09" in view.notice.text()
    assert not view.amount.isEnabled() and not view.continue_button.isEnabled()
    view.review()  # Ctrl+Return: nothing opens, nothing is recorded
    assert not view.receipt.isVisible()
    assert demo_ledger.session_report().receipt_count == receipts_before


def test_enrolled_again_the_device_takes_payments_again(qtbot, logged_in, demo_ledger, server, with_session):
    main = logged_in
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    revoke_and_sync(qtbot, main, demo_ledger, server)
    main.navigate("sync")
    qtbot.waitUntil(lambda: main.sync.enroll_button.isVisible(), timeout=WAIT_MS)
    qtbot.mouseClick(main.sync.enroll_button, Qt.MouseButton.LeftButton)
    enroll = main.enroll
    assert enroll.server.text() == SERVER_URL  # the address it had is offered
    type_text(enroll.code, server.add_code("T10"))
    qtbot.mouseClick(enroll.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: main.current_view() is main.sync and not main.ctx.sync.revoked, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not main.sync.standing.isVisible(), timeout=WAIT_MS)

    view = open_payment(qtbot, main, taxpayer_id)
    assert view.amount.isEnabled() and view.continue_button.isEnabled()
    assert "révoqué" not in view.notice.text()
