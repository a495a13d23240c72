"""Screens out of sight do no work while a payment's receipt is drawn (issue 9: the longest UI
stall), and show up to date figures as soon as the agent goes back to them."""
from __future__ import annotations

from tests.ui.conftest import WAIT_MS, wait_idle
from tests.ui.test_print_queue import pay_through_the_app, taxpayers_who_owe


def test_home_reads_today_again_when_shown_not_while_the_receipt_is_drawn(qtbot, logged_in, demo_ledger,
                                                                        with_session):
    main = logged_in
    main.navigate("home")
    qtbot.waitUntil(lambda: main.home.summary is not None, timeout=WAIT_MS)
    wait_idle(qtbot, main)
    before = main.home.summary.today.issued
    shown_before = main.home.today_count.text()

    panel = pay_through_the_app(qtbot, main, demo_ledger)
    qtbot.waitUntil(lambda: panel.print_status.state in ("printed", "failed"), timeout=WAIT_MS)
    wait_idle(qtbot, main)
    assert main.home.summary.today.issued == before  # out of sight: nothing was read for it

    main.navigate("home")
    qtbot.waitUntil(lambda: main.home.summary.today.issued == before + 1, timeout=WAIT_MS)
    assert main.home.today_count.text() == f"Reçus émis aujourd'hui : {before + 1}"
    assert main.home.today_count.text() != shown_before


def test_the_search_runs_again_when_shown_after_a_payment(qtbot, logged_in, demo_ledger, with_session):
    main = logged_in
    [taxpayer_id] = taxpayers_who_owe(demo_ledger, 1)
    name = demo_ledger.reads.taxpayer_card(taxpayer_id).taxpayer["name"]
    main.show_search(name)
    qtbot.waitUntil(lambda: main.search.controller.queries_run > 0, timeout=WAIT_MS)
    wait_idle(qtbot, main)
    runs = main.search.controller.queries_run

    panel = pay_through_the_app(qtbot, main, demo_ledger, taxpayer_id)
    qtbot.waitUntil(lambda: panel.print_status.state in ("printed", "failed"), timeout=WAIT_MS)
    wait_idle(qtbot, main)
    assert main.search.controller.queries_run == runs  # out of sight during the payment

    main.show_search("")
    qtbot.waitUntil(lambda: main.search.controller.queries_run == runs + 1, timeout=WAIT_MS)
    wait_idle(qtbot, main)
    assert main.search.box.text() == name
    assert main.search.model.rowCount() > 0
