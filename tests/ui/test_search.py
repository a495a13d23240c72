"""Search as you type: name, phone, ID, receipt number and object reference; zone and balance shown."""
from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.models.search_model import BalanceTextRole, SecondLineRole, TaxpayerIdRole, ZoneRole
from tests.ui.conftest import WAIT_MS, wait_idle


def _search(qtbot, main, text: str) -> None:  # noqa: ANN001
    main.show_search("")
    main.search.box.clear()
    qtbot.keyClicks(main.search.box, text)
    qtbot.waitUntil(lambda: main.search._shown_text == text.strip(), timeout=WAIT_MS)


def _rows(main) -> list[dict]:  # noqa: ANN001
    model = main.search.model
    return [{"name": model.index(r).data(), "zone": model.index(r).data(ZoneRole),
             "balance": model.index(r).data(BalanceTextRole), "second": model.index(r).data(SecondLineRole),
             "id": model.index(r).data(TaxpayerIdRole)} for r in range(model.rowCount())]


def test_typing_on_home_continues_on_the_search_screen(qtbot, logged_in):
    qtbot.keyClicks(logged_in.home.search, "K")
    assert logged_in.current_view() is logged_in.search
    qtbot.keyClicks(logged_in.search.box, "abas")
    qtbot.waitUntil(lambda: logged_in.search._shown_text == "Kabas", timeout=WAIT_MS)
    rows = _rows(logged_in)
    assert rows and all("kabas" in r["name"].casefold().replace("é", "e") or "kabas" in
                        r["second"].casefold().replace("é", "e") for r in rows)
    assert "Kabas" in logged_in.search.status.text()


def test_results_show_zone_and_balance_due(qtbot, logged_in, demo_ledger):
    _search(qtbot, logged_in, "tshibangu")
    rows = _rows(logged_in)
    assert rows
    expected = {r.hit.taxpayer_id: r for r in demo_ledger.reads.search("tshibangu", limit=50)}
    for row in rows:
        found = expected[row["id"]]
        assert row["zone"] == found.hit.zone and row["zone"]
        assert row["balance"] == logged_in.ctx.money(found.balance_due)
        assert row["balance"].endswith("CDF")


def test_search_by_phone_id_and_object_reference(qtbot, logged_in, demo_ledger):
    some = next(r for r in demo_ledger.reads.search("a", limit=100) if r.hit.phone and r.hit.id_number)
    card = demo_ledger.reads.taxpayer_card(some.hit.taxpayer_id)
    for text in (some.hit.phone[-9:], some.hit.id_number, card.objects[0].reference):
        _search(qtbot, logged_in, text)
        assert some.hit.taxpayer_id in [r["id"] for r in _rows(logged_in)], text


def test_search_by_receipt_number(qtbot, logged_in, demo_ledger, with_session):
    target = demo_ledger.reads.search("mukendi", limit=1)[0].hit
    line = demo_ledger.reads.taxpayer_card(target.taxpayer_id).oldest_due()
    payment = demo_ledger.pay(taxpayer_id=target.taxpayer_id, tax_code=line.tax_code, period=line.period,
                              amount=100, method="cash")
    _search(qtbot, logged_in, payment.receipt_no)
    rows = _rows(logged_in)
    assert rows[0]["id"] == target.taxpayer_id
    assert payment.receipt_no in rows[0]["second"]


def test_no_result_is_said_plainly(qtbot, logged_in):
    _search(qtbot, logged_in, "zzqxw")
    assert _rows(logged_in) == []
    assert "Aucun contribuable" in logged_in.search.status.text()


def test_stale_results_are_discarded(qtbot, logged_in):
    """Keystrokes while a query runs: only the latest text's results are ever shown."""
    shown: list[str] = []
    logged_in.search.controller.resultsReady.connect(lambda text, _results: shown.append(text))
    logged_in.show_search("")
    for text in ("m", "mu", "muk", "muke", "mukendi"):
        logged_in.search.box.setText(text)
    qtbot.waitUntil(lambda: logged_in.search._shown_text == "mukendi", timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    assert shown[-1] == "mukendi"
    # Intermediate texts may be skipped entirely; none arrives after the final one.
    assert all(text == "mukendi" for text in shown[shown.index("mukendi"):])
    assert logged_in.search.controller.queries_run <= 5
    assert all("mukendi" in r["name"].casefold() or "mukendi" in r["second"].casefold() for r in _rows(logged_in))


def test_enter_opens_the_first_result_card(qtbot, logged_in):
    _search(qtbot, logged_in, "kalala")
    first = _rows(logged_in)[0]
    qtbot.keyClick(logged_in.search.box, Qt.Key.Key_Return)
    assert logged_in.current_view() is logged_in.card
    qtbot.waitUntil(lambda: logged_in.card.card is not None, timeout=WAIT_MS)
    assert logged_in.card.name.text() == first["name"]
    assert logged_in.card.taxpayer_id == first["id"]
