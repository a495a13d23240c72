"""The search pipeline under fast typing: the last text wins, clearing leaves nothing stale, rows
are updated in place, a page at a time, and a slow query shows its busy bar without moving the list."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.models.search_model import TaxpayerIdRole
from desktop.search_controller import PAGE_SIZE
from tests.ui.conftest import WAIT_MS, wait_idle


def _ids(main) -> list[str]:  # noqa: ANN001
    model = main.search.model
    return [model.index(r).data(TaxpayerIdRole) for r in range(model.rowCount())]


def _gate_searches(monkeypatch, ledger) -> threading.Event:  # noqa: ANN001
    """Searches wait until the test opens the gate: a query that is still running, on demand."""
    gate = threading.Event()
    search = ledger.reads.search

    def gated(text: str, limit: int = 20):  # noqa: ANN202
        assert gate.wait(WAIT_MS / 1000)
        return search(text, limit)

    monkeypatch.setattr(ledger.reads, "search", gated)
    return gate


def test_fast_typing_shows_the_results_of_the_last_text(qtbot, logged_in, demo_ledger):
    shown: list[str] = []
    logged_in.search.controller.resultsReady.connect(lambda text, _results: shown.append(text))
    logged_in.show_search("")
    qtbot.keyClicks(logged_in.search.box, "mukendi")  # every key before any answer is handled
    qtbot.waitUntil(lambda: logged_in.search._shown_text == "mukendi", timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    assert shown[-1] == "mukendi"
    assert set(shown[shown.index("mukendi"):]) == {"mukendi"}  # nothing older arrived after it
    assert logged_in.search.controller.queries_run < len("mukendi")  # keys typed while busy were coalesced
    assert _ids(logged_in) == [r.hit.taxpayer_id for r in demo_ledger.reads.search("mukendi", PAGE_SIZE)]
    assert "mukendi" in logged_in.search.status.text()


def test_clearing_while_a_query_runs_shows_no_stale_results(qtbot, logged_in, demo_ledger, monkeypatch):
    logged_in.show_search("")
    qtbot.keyClicks(logged_in.search.box, "kal")
    qtbot.waitUntil(lambda: logged_in.search.model.rowCount() > 0, timeout=WAIT_MS)
    gate = _gate_searches(monkeypatch, demo_ledger)
    qtbot.keyClicks(logged_in.search.box, "a")  # "kala" is now running, held at the gate
    qtbot.waitUntil(lambda: logged_in.search.controller._in_flight is not None, timeout=WAIT_MS)
    logged_in.search.box.clear()  # the agent empties the box before the answer comes
    gate.set()
    wait_idle(qtbot, logged_in)
    assert logged_in.search._shown_text == ""
    assert logged_in.search.model.rowCount() == 0
    assert logged_in.search.status.text().startswith("Tapez")  # the hint, not "Résultats pour « kala »"


def test_new_results_replace_the_rows_in_place(qtbot, logged_in, demo_ledger):
    model = logged_in.search.model
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    logged_in.show_search("")
    qtbot.keyClicks(logged_in.search.box, "a")
    qtbot.waitUntil(lambda: logged_in.search._shown_text == "a", timeout=WAIT_MS)
    assert model.rowCount() == PAGE_SIZE
    for text in ("tshibangu", "zzqxw", "a"):  # fewer rows, none, a full page again
        logged_in.search.box.setText(text)
        qtbot.waitUntil(lambda: logged_in.search._shown_text == text, timeout=WAIT_MS)
        wait_idle(qtbot, logged_in)
        assert _ids(logged_in) == [r.hit.taxpayer_id for r in demo_ledger.reads.search(text, PAGE_SIZE)], text
        # The view paints what the model holds: the first row's name is the first result's.
        if model.rowCount():
            assert logged_in.search.results.currentIndex().row() == 0
            assert model.index(0).data() == demo_ledger.reads.search(text, PAGE_SIZE)[0].hit.name
    assert resets == []


def test_scrolling_to_the_end_of_a_page_loads_the_next(qtbot, logged_in, demo_ledger):
    view = logged_in.search
    logged_in.show_search("")
    qtbot.keyClicks(view.box, "a")
    qtbot.waitUntil(lambda: view._shown_text == "a", timeout=WAIT_MS)
    assert view.model.rowCount() == PAGE_SIZE
    assert "20 premiers" in view.status.text()
    qtbot.waitUntil(lambda: view.results.verticalScrollBar().maximum() > 0, timeout=WAIT_MS)
    view.results.verticalScrollBar().setValue(view.results.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 * PAGE_SIZE, timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    assert _ids(logged_in) == [r.hit.taxpayer_id for r in demo_ledger.reads.search("a", 2 * PAGE_SIZE)]
    assert "40" in view.status.text()
    assert view.results.verticalScrollBar().value() > 0  # the agent stays where they scrolled to


def test_a_slow_search_shows_the_busy_bar_without_moving_the_list(qtbot, logged_in, demo_ledger, monkeypatch):
    view = logged_in.search
    logged_in.show_search("")
    gate = _gate_searches(monkeypatch, demo_ledger)
    qtbot.keyClicks(view.box, "kabasele")
    assert not view.busy.isVisible()  # a query that answers at once never flashes it
    QApplication.processEvents()  # the layout settles with text in the box (its clear button shows)
    top = view.results.mapTo(view, view.results.rect().topLeft())
    qtbot.waitUntil(view.busy.isVisible, timeout=WAIT_MS)
    assert view.results.mapTo(view, view.results.rect().topLeft()) == top
    gate.set()
    qtbot.waitUntil(lambda: view._shown_text == "kabasele", timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    assert not view.busy.isVisible()
    assert view.results.mapTo(view, view.results.rect().topLeft()) == top
    qtbot.keyClick(view.box, Qt.Key.Key_Return)
    assert logged_in.current_view() is logged_in.card
