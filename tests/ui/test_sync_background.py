"""Background sync: a payment starts one by itself, it runs off the UI thread (the agent takes the
next payment while the push waits on the network), never two at once, and a server that cannot
be reached is tried again by itself until it answers."""
from __future__ import annotations

from core.events import last_seq
from tests.ui.conftest import WAIT_MS
from tests.ui.sync_support import (HoldingTransport, SwitchableTransport, enroll_directly, events_on_device,
                                   server, use_server)  # noqa: F401
from tests.ui.test_print_queue import pay_through_the_app, taxpayers_who_owe


def newest_payment_seq(ledger) -> int:  # noqa: ANN001
    with ledger.store.read() as conn:
        return conn.execute("SELECT max(seq) FROM events WHERE type = 'payment.recorded'").fetchone()[0]


def test_a_payment_starts_a_sync_and_the_agent_keeps_taking_payments_while_it_runs(
        qtbot, logged_in, demo_ledger, server, with_session):
    main = logged_in
    enroll_directly(demo_ledger, server)
    network = HoldingTransport(server.transport())
    use_server(qtbot, main, network)
    runner = main.ctx.sync
    runner.after_payment_ms = 10
    assert runner.sync_now()  # catch up first, so what follows is only the payments
    qtbot.waitUntil(lambda: not runner.running and runner.last_result is not None, timeout=WAIT_MS)
    device = server.device(demo_ledger.device.id)
    assert device.stored_through == events_on_device(demo_ledger)

    network.hold = True  # from now on a push waits until the test lets it go
    first, second = taxpayers_who_owe(demo_ledger, 2)
    pay_through_the_app(qtbot, main, demo_ledger, first)  # nobody presses "Sync now"
    qtbot.waitUntil(network.entered.is_set, timeout=WAIT_MS)
    assert runner.running
    assert not runner.sync_now()  # never two syncs at once
    main.navigate("sync")
    qtbot.waitUntil(lambda: main.sync.progress_box.isVisible(), timeout=WAIT_MS)
    assert not main.sync.sync_button.isEnabled()

    panel = pay_through_the_app(qtbot, main, demo_ledger, second)  # while the sync waits on the network
    number = panel.payment.receipt_no
    assert demo_ledger.payment(number).amount > 0
    assert runner.running and not device.stored_through >= newest_payment_seq(demo_ledger)

    network.release()
    qtbot.waitUntil(lambda: not runner.running, timeout=WAIT_MS)
    assert runner.last_result.ok
    # Both payments reached the server, the one taken during the sync included (same sync).
    assert device.stored_through >= newest_payment_seq(demo_ledger)
    assert any(number in payload for payload in device.payloads.values())
    qtbot.waitUntil(lambda: panel.print_status.state in ("printed", "failed"), timeout=WAIT_MS)


def test_an_unreachable_server_is_tried_again_by_itself_until_it_answers(qtbot, logged_in, demo_ledger, server):
    main = logged_in
    enroll_directly(demo_ledger, server)
    network = SwitchableTransport(server.transport())
    use_server(qtbot, main, network)
    runner = main.ctx.sync
    runner.backoff_ms, runner.interval_ms = (20, 40, 80), 600_000  # the loop's rhythm, not a timed assertion
    network.up = False
    assert runner.sync_now(automatic=True)
    qtbot.waitUntil(lambda: runner.failures >= 3, timeout=WAIT_MS)  # tried again with nobody pressing
    assert runner.last_result.error["code"] == "unreachable"
    assert not server.device(demo_ledger.device.id).arrivals
    main.navigate("sync")
    qtbot.waitUntil(lambda: main.sync.result.isVisible(), timeout=WAIT_MS)
    assert "est injoignable. Rien n'est perdu" in main.sync.result.text()
    assert main.sync.result.kind == "error"

    network.up = True
    qtbot.waitUntil(lambda: runner.failures == 0, timeout=WAIT_MS)
    assert runner.last_result.ok
    with demo_ledger.store.read() as conn:
        assert server.device(demo_ledger.device.id).stored_through == last_seq(conn)
    qtbot.waitUntil(lambda: main.sync.result.kind == "success", timeout=WAIT_MS)


def test_home_counts_the_records_waiting_and_a_sync_brings_it_to_zero(qtbot, logged_in, demo_ledger, server,
                                                                     with_session):
    main = logged_in
    enroll_directly(demo_ledger, server)
    use_server(qtbot, main, server.transport())
    runner = main.ctx.sync
    runner.after_payment_ms = 600_000  # this test starts the sync itself
    main.navigate("search")
    main.navigate("home")  # read again: the enrollment above was written behind the app's back
    waiting = events_on_device(demo_ledger)
    qtbot.waitUntil(lambda: main.home.sync_pending.text() == str(waiting), timeout=WAIT_MS)
    assert main.home.sync_pending_text.text() == "enregistrements en attente de synchronisation"
    assert main.home.sync_last.text() == "Dernière synchronisation : jamais"

    [taxpayer_id] = taxpayers_who_owe(demo_ledger, 1)
    panel = pay_through_the_app(qtbot, main, demo_ledger, taxpayer_id)
    qtbot.waitUntil(lambda: panel.print_status.state in ("printed", "failed"), timeout=WAIT_MS)
    main.navigate("home")
    qtbot.waitUntil(lambda: int(main.home.sync_pending.text()) > waiting, timeout=WAIT_MS)

    assert runner.sync_now(automatic=True)  # as the timer does; home stays in sight
    qtbot.waitUntil(lambda: main.home.sync_pending.text() == "0", timeout=WAIT_MS)
    assert "jamais" not in main.home.sync_last.text()
