"""A taxpayer the server withdrew from this device's zones leaves the search screen as the pull
lands, while its card, reached from a past receipt, says in words why nothing new can be taken."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, wait_idle
from tests.ui.sync_support import enroll_directly, server, use_server  # noqa: F401
from tests.ui.test_language import _choose
from tests.ui.test_search import _rows, _search


def _withdrawn(taxpayer_id: str, zone_id: str) -> dict:
    return {"kind": "withdrawn", "id": taxpayer_id, "version": 7, "data": {"kind": "taxpayer", "zone_id": zone_id}}


def test_a_withdrawn_taxpayer_leaves_the_search_screen_and_its_card_says_why(qtbot, logged_in, demo_ledger, server,
                                                                           with_session):
    main = logged_in
    hits = [r.hit for r in demo_ledger.reads.search("mukendi", limit=20)]
    kept, gone = hits[0], next(h for h in hits[1:] if h.zone == hits[0].zone)
    line = demo_ledger.reads.taxpayer_card(kept.taxpayer_id).oldest_due()
    receipt = demo_ledger.pay(taxpayer_id=kept.taxpayer_id, tax_code=line.tax_code, period=line.period,
                              amount=100, method="cash")
    elsewhere = next((zone_id, name) for zone_id, _code, name in demo_ledger.zones() if name != kept.zone)
    enroll_directly(demo_ledger, server)
    server.records = [_withdrawn(kept.taxpayer_id, elsewhere[0]), _withdrawn(gone.taxpayer_id, elsewhere[0])]
    use_server(qtbot, main, server.transport())

    _search(qtbot, main, "mukendi")
    assert {kept.taxpayer_id, gone.taxpayer_id} <= {r["id"] for r in _rows(main)}
    runner = main.ctx.sync
    assert runner.sync_now()
    qtbot.waitUntil(lambda: not runner.running and runner.last_result is not None, timeout=WAIT_MS)
    assert runner.last_result.ok and runner.last_result.pulled == 2
    # The results in sight are read again when the pull lands: both are gone from them.
    qtbot.waitUntil(lambda: not {kept.taxpayer_id, gone.taxpayer_id} & {r["id"] for r in _rows(main)},
                    timeout=WAIT_MS)
    assert _rows(main), "the other Mukendi stay"
    main.search.box.setText(kept.name)  # its whole name, accents and all (keyClicks types ASCII only)
    qtbot.waitUntil(lambda: main.search._shown_text == kept.name.strip(), timeout=WAIT_MS)
    assert kept.taxpayer_id not in {r["id"] for r in _rows(main)}

    _search(qtbot, main, receipt.receipt_no)  # the receipt still leads to its card
    assert [r["id"] for r in _rows(main)] == [kept.taxpayer_id]
    qtbot.keyClick(main.search.box, Qt.Key.Key_Return)
    card = main.card
    qtbot.waitUntil(lambda: main.current_view() is card and card.card is not None
                    and card.card.taxpayer["id"] == kept.taxpayer_id, timeout=WAIT_MS)
    wait_idle(qtbot, main)
    note = card.withdrawn_note
    assert note.isVisible() and note.kind == "warning"
    assert note.label.text().startswith(f"Ce contribuable a été transféré dans une autre zone, {elsewhere[1]},")
    assert "réimprimés ou annulés" in note.label.text()
    assert f"Zone : {elsewhere[1]}" in card.identity_text.text()  # where it is now, as the notice says
    assert not card.pay_button.isEnabled() and not card.edit_button.isEnabled()
    assert card.reprint_button.isEnabled()  # its receipt can still be reprinted
    assert card.payments_model.rowCount() == 1

    for code, words in (("en", "This taxpayer was moved to another zone"),
                        ("pt", "Este contribuinte foi transferido para outra zona")):
        _choose(qtbot, main, code)
        main.open_card(kept.taxpayer_id)
        qtbot.waitUntil(lambda: main.current_view() is card, timeout=WAIT_MS)
        qtbot.waitUntil(lambda words=words: note.label.text().startswith(words), timeout=WAIT_MS)
