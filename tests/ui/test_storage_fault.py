"""A storage fault during a payment: a red banner in the agent's language says what happened and
what to do, new payments stop until a check succeeds, and what the agent typed stays."""
from __future__ import annotations

from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, taxpayer_with_arrears, wait_idle
from tests.ui.test_payment import confirm, open_payment


@pytest.fixture
def short_lock_timeout(monkeypatch):
    monkeypatch.setenv("QUITTANCE_LOCK_TIMEOUT", "0.3")  # read when the ledger is opened, before the window


def test_a_locked_database_stops_payments_with_a_banner_until_it_is_cleared(
        short_lock_timeout, qtbot, logged_in, demo_ledger, with_session, tmp_path):
    main = logged_in
    assert demo_ledger.store.lock_timeout == 0.3
    payment_view = open_payment(qtbot, main, taxpayer_with_arrears(demo_ledger))
    payment_view.amount.setText("1 234")
    banner = main.storage_banner
    assert not banner.isVisible()

    other = sqlite3.connect(demo_ledger.store.path, isolation_level=None)  # a backup tool, say
    other.execute("BEGIN EXCLUSIVE")
    try:
        confirm(qtbot)
        qtbot.mouseClick(payment_view.continue_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
        wait_idle(qtbot, main)
        assert "verrouillée par un autre programme" in banner.message.text()
        assert "paiements" in banner.title.text()
        assert not payment_view.continue_button.isEnabled()
        assert payment_view.amount.text() == "1 234"  # nothing the agent typed is lost
        assert payment_view.pages.currentIndex() == 0
        main.grab().save(str(tmp_path / "storage-banner.png"))

        qtbot.mouseClick(banner.check_button, Qt.MouseButton.LeftButton)  # still locked: still stopped
        wait_idle(qtbot, main)
        assert banner.isVisible() and not payment_view.continue_button.isEnabled()
    finally:
        other.execute("ROLLBACK")
        other.close()

    qtbot.mouseClick(banner.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=WAIT_MS)
    assert payment_view.continue_button.isEnabled()
    assert not payment_view.notice.isVisible()  # the refusal the fault caused went with it
    assert payment_view.amount.text() == "1 234"
    confirm(qtbot)
    qtbot.mouseClick(payment_view.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: payment_view.pages.currentWidget() is payment_view.receipt, timeout=WAIT_MS)
    assert payment_view.receipt.payment.amount == 123_400


def test_the_banner_speaks_the_agents_language(qtbot, logged_in, demo_ledger):
    from core.errors import StorageFault

    main = logged_in
    main.ctx.storage_fault = StorageFault("storage_full", path="x", folder="x", detail="")
    main.ctx.storageFaultChanged.emit()
    main.set_language("pt")
    wait_idle(qtbot, main)
    assert "O disco está cheio" in main.storage_banner.message.text()
    assert main.storage_banner.check_button.text() == "Verificar de novo"
    assert main.storage_banner.isVisible() and not main.card.pay_button.isEnabled()


def test_an_older_copy_opens_with_the_banner_and_no_payment(qtbot, demo_template, tmp_path):
    import shutil

    from core.service import Ledger
    from desktop.app import build_window
    from tests.ui.conftest import log_in

    db = tmp_path / "device.db"
    sqlite3.copy_device(demo_template, db)  # the file with its key envelope
    ledger = Ledger.open(db)
    ledger.act_as(ledger.agents()[0].id)
    ledger.open_session(0)
    ledger.close()
    shutil.copy(db, tmp_path / "old.db")
    ledger = Ledger.open(db)
    taxpayer_id = ledger.reads.search("a", limit=1)[0].hit.taxpayer_id
    ledger.act_as(ledger.agents()[0].id)
    receipt = ledger.pay(taxpayer_id=taxpayer_id, tax_code="VIG", period="2026", amount=1_000, method="cash",
                         advance=True).receipt_no
    ledger.close()
    shutil.copy(tmp_path / "old.db", db)  # last week's copy put back

    ledger = Ledger.open(db)
    main = build_window(ledger, demo=True)
    qtbot.addWidget(main)
    main.show()
    try:
        log_in(qtbot, main)
        assert main.storage_banner.isVisible()
        assert receipt in main.storage_banner.message.text()
        main.open_card(taxpayer_id)
        qtbot.waitUntil(lambda: main.card.card is not None, timeout=WAIT_MS)
        assert not main.card.pay_button.isEnabled()
        assert ledger.reads.search("a", limit=1)  # reads still work
    finally:
        main.shutdown()
        main.close()
        ledger.close()


LONGEST = dict(code="ledger_behind_receipts", first=812, last=840, count=29, receipts=12,
               first_receipt="T07-2026-000401", last_receipt="T07-2026-000412",
               path="/home/agent/.local/share/quittance/device.db")


def inside_window(main, widget) -> bool:  # noqa: ANN001
    from PySide6.QtCore import QRect

    corner = widget.mapTo(main, widget.rect().topLeft())
    return widget.isVisible() and main.rect().contains(QRect(corner, widget.size()))


@pytest.mark.parametrize("language", ["fr", "en", "pt"])
@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_the_banner_leaves_the_stopped_form_on_screen(qtbot, logged_in, demo_ledger, with_session, language, size):
    """The longest fault (an older copy, with a long path) on a 1024x600 tablet and at 1280x800:
    the whole message is shown, with no blank band, and the window keeps its size, so that the
    payment form's Cancel button and the rail stay on screen."""
    from core.errors import StorageFault

    main = logged_in
    main.set_language(language)
    main.resize(*size)
    payment_view = open_payment(qtbot, main, taxpayer_with_arrears(demo_ledger))
    fields = dict(LONGEST)
    main.ctx.storage_fault = StorageFault(fields.pop("code"), **fields)
    main.ctx.storageFaultChanged.emit()
    for passing in ((1024, 600), size):  # a narrow screen first: what it needed must not stay reserved
        main.resize(*passing)
        qtbot.wait(50)
    wait_idle(qtbot, main)
    banner = main.storage_banner
    qtbot.waitUntil(lambda: banner.isVisible() and banner.width() > 0, timeout=WAIT_MS)
    qtbot.wait(50)  # the layout settles
    assert (main.width(), main.height()) == size
    message = banner.message
    assert "T07-2026-000412" in message.text()
    assert message.height() >= message.heightForWidth(message.width()), "the message is cut"
    assert banner.height() <= banner.heightForWidth(banner.width()) + 4, "a blank band under the message"
    for widget in (banner.check_button, payment_view.cancel_button, payment_view.continue_button,
                   main.rail.logout):
        assert inside_window(main, widget), widget.objectName() or widget.text()
    assert not payment_view.continue_button.isEnabled()


def test_a_refusal_the_storage_caused_goes_when_the_storage_works_again(
        short_lock_timeout, qtbot, logged_in, demo_ledger):
    main = logged_in
    main.navigate("session")
    session = main.session
    qtbot.waitUntil(lambda: session.pages.currentIndex() == 0, timeout=WAIT_MS)  # no session open yet
    other = sqlite3.connect(demo_ledger.store.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.keyClicks(session.float_input, "5000")
        qtbot.mouseClick(session.open_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: session.notice.isVisible(), timeout=WAIT_MS)
        wait_idle(qtbot, main)
        assert "verrouillée par un autre programme" in session.notice.text()
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.mouseClick(main.storage_banner.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not main.storage_banner.isVisible(), timeout=WAIT_MS)
    assert not session.notice.isVisible()  # its cause is gone
