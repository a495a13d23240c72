"""Views refresh from the changes the ledger's writes report (AppContext.op), not from a guess:
a payment made through an operation moves the home screen's figures and the print queue; a
setting the home screen does not show leaves it alone."""
from __future__ import annotations

from tests.ui.conftest import WAIT_MS, taxpayer_with_arrears, wait_idle


def test_home_counts_move_after_a_payment_made_through_an_operation(qtbot, logged_in, demo_ledger, with_session):
    logged_in.navigate("home")
    wait_idle(qtbot, logged_in)
    home = logged_in.home
    assert home.isVisible() and home.summary is not None
    now = demo_ledger.reads.home_summary()  # the session was opened behind the window's back
    issued, pending = now.today.issued, now.pending_events
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    line = demo_ledger.reads.taxpayer_card(taxpayer_id).oldest_due()
    heard = []
    logged_in.ctx.changed.connect(heard.append)
    paid = []

    # What the payment screen runs, without its dialogs: the write as an operation, off the UI thread.
    logged_in.ctx.op(lambda ledger: ledger.pay(taxpayer_id=taxpayer_id, tax_code=line.tax_code, period=line.period,
                                               amount=1_000, method="cash"), paid.append)
    qtbot.waitUntil(lambda: bool(paid) and home.summary.today.issued == issued + 1, timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)

    receipt_no = paid[0].receipt_no
    assert heard[0].payments == {receipt_no} and heard[0].taxpayers == {taxpayer_id}
    assert str(issued + 1) in home.today_count.text()
    # The print queue heard of the new receipt from the same changes and printed it; that print is
    # an operation too, so the home screen counts its event as well: the payment's and the print's
    # events wait for sync.
    qtbot.waitUntil(lambda: demo_ledger.reads.receipt_facts(receipt_no).copies_printed == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: home.summary.pending_events == pending + 2, timeout=WAIT_MS)
    assert home.sync_pending.text() == str(pending + 2)
    assert any(changes.print_queue and changes.payments == {receipt_no} for changes in heard[1:])


def test_a_setting_the_home_screen_does_not_show_leaves_it_alone(qtbot, logged_in, demo_ledger):
    logged_in.navigate("home")
    wait_idle(qtbot, logged_in)
    home = logged_in.home
    before = home.summary
    assert before is not None
    heard = []
    logged_in.ctx.changed.connect(heard.append)

    # A setting the app keeps for itself (not journaled: core/ledger_settings.UNJOURNALED_SETTINGS).
    logged_in.ctx.op(lambda ledger: ledger.save_setting("login.failures", {}))
    qtbot.waitUntil(lambda: bool(heard), timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    assert heard[0].settings == {"login.failures"} and not heard[0].events
    assert home.summary is before  # not read again: nothing it shows changed

    # A setting a person changes is journaled (core/journal.py): one more event waits to be synced.
    logged_in.ctx.op(lambda ledger: ledger.save_setting("server_url", "https://revenue.example"))
    qtbot.waitUntil(lambda: home.summary is not before, timeout=WAIT_MS)
    assert home.summary.pending_events == before.pending_events + 1
    before = home.summary

    # What sync records is shown there, so that change is read again.
    logged_in.ctx.op(lambda ledger: ledger.save_setting("sync.last_at", "2026-11-22T12:00:00.000Z"))
    qtbot.waitUntil(lambda: home.summary is not before, timeout=WAIT_MS)
    assert home.summary.last_sync_at == "2026-11-22T12:00:00.000Z"
