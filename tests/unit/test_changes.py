"""Each Ledger write reports exactly what it changed (core/changes.py), so views can refresh from
it: the ids it touched, and nothing it did not."""
from __future__ import annotations

import threading

import pytest

from core.changes import NOTHING, Changes
from core.errors import QuittanceError
from core.service import Ledger


@pytest.fixture
def acting(ledger: Ledger) -> Ledger:
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)  # the acting agent, named explicitly
    return ledger


def _pay(ledger: Ledger, taxpayer: str, amount: int = 100_000):
    return ledger.operation(lambda lg: lg.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=amount,
                                              method="cash"))


def test_a_payment_names_its_receipt_taxpayer_session_and_the_print_queue(acting: Ledger, taxpayer: str):
    session_id = acting.open_session(0)
    done = _pay(acting, taxpayer)
    assert done.value.receipt_no == "T07-2026-000001"
    assert done.changes == Changes(taxpayers=frozenset({taxpayer}), payments=frozenset({"T07-2026-000001"}),
                                   sessions=frozenset({session_id}), print_queue=True, events=True)


def test_a_void_names_the_receipt_and_the_session_it_counts_in(acting: Ledger, taxpayer: str):
    first = acting.open_session(0)
    receipt_no = _pay(acting, taxpayer).value.receipt_no
    acting.close_session()
    second = acting.open_session(0)
    done = acting.operation(lambda lg: lg.void(receipt_no.lower(), "wrong period"))
    assert done.value.voided
    # Counted in the session open now, not in the closed one it was issued in; never printed,
    # so it leaves the print queue.
    assert done.changes == Changes(taxpayers=frozenset({taxpayer}), payments=frozenset({receipt_no}),
                                   sessions=frozenset({second}), print_queue=True, events=True)
    assert first not in done.changes.sessions


def test_voiding_a_printed_receipt_leaves_the_print_queue_alone(acting: Ledger, taxpayer: str):
    acting.open_session(0)
    receipt_no = _pay(acting, taxpayer).value.receipt_no
    assert acting.operation(lambda lg: lg.record_print(receipt_no)).changes.print_queue  # the original
    duplicate = acting.operation(lambda lg: lg.record_print(receipt_no))
    assert duplicate.value == 2
    assert duplicate.changes == Changes(payments=frozenset({receipt_no}), events=True)  # a DUPLICATA queues nothing
    assert not acting.operation(lambda lg: lg.void(receipt_no, "duplicate entry")).changes.print_queue


def test_a_registration_names_the_new_taxpayer_only(acting: Ledger, taxpayer: str):
    done = acting.operation(lambda lg: lg.register_taxpayer(
        name="Mukendi Kalala", zone="KAT",
        objects=[{"kind": "business_premises", "reference": "BP-KAT-7777"}]))
    assert done.changes == Changes(taxpayers=frozenset({done.value}), events=True)
    assert taxpayer not in done.changes.taxpayers


def test_an_edit_names_the_taxpayer_and_an_unchanged_save_names_nothing(acting: Ledger, taxpayer: str):
    version = acting.reads.taxpayer_card(taxpayer).taxpayer["version"]
    edited = acting.operation(lambda lg: lg.update_taxpayer(taxpayer, {"phone": "+243 81 000 0000"}, version))
    assert edited.changes == Changes(taxpayers=frozenset({taxpayer}), events=True)
    unchanged = acting.operation(lambda lg: lg.update_taxpayer(taxpayer, {}, edited.value))
    assert unchanged.changes == NOTHING and not unchanged.changes


def test_a_settings_change_names_its_keys_and_its_journal_entry(acting: Ledger):
    done = acting.operation(lambda lg: lg.save_settings({"server_url": "https://revenue.example",
                                                          "gps": {"source": "system"}}))
    # The technical journal records the change (core/journal.py): an event, in the same write.
    assert done.changes == Changes(settings=frozenset({"server_url", "gps"}), events=True)
    assert acting.setting("server_url") == "https://revenue.example"


def test_sessions_name_themselves(acting: Ledger):
    opened = acting.operation(lambda lg: lg.open_session(5_000))
    assert opened.changes == Changes(sessions=frozenset({opened.value}), events=True)
    closed = acting.operation(lambda lg: lg.close_session())
    assert closed.changes == Changes(sessions=frozenset({opened.value}), events=True)


def test_an_operation_of_several_writes_reports_them_all(acting: Ledger, taxpayer: str):
    def open_and_pay(lg: Ledger) -> str:
        lg.open_session(0)
        return lg.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100, method="cash").receipt_no

    done = acting.operation(open_and_pay)
    assert done.changes.payments == {done.value}
    assert done.changes.sessions == {acting.current_session_id()}


def test_a_refused_write_reports_nothing(acting: Ledger, taxpayer: str):
    collected = []

    def refused(lg: Ledger) -> None:
        lg.save_setting("server_url", "https://kept.example")
        try:
            lg.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100, method="cash")
        except QuittanceError as error:  # no open session: nothing recorded, so nothing to report
            collected.append(error.code)

    done = acting.operation(refused)
    assert collected == ["no_open_session"]
    assert done.changes == Changes(settings=frozenset({"server_url"}), events=True)  # its journal entry


def test_a_write_on_another_thread_is_not_counted(acting: Ledger, taxpayer: str):
    """The app runs writes on several threads: one operation never reports another's changes."""
    inside, go_on = threading.Event(), threading.Event()

    def slow(lg: Ledger) -> None:
        lg.save_setting("language", "pt")
        inside.set()
        assert go_on.wait(10)

    result = {}
    worker = threading.Thread(target=lambda: result.setdefault("done", acting.operation(slow)))
    worker.start()
    assert inside.wait(10)
    other = acting.operation(lambda lg: lg.open_session(0))  # meanwhile, on this thread
    go_on.set()
    worker.join(10)
    assert result["done"].changes == Changes(settings=frozenset({"language"}), events=True)  # its journal entry
    assert other.changes == Changes(sessions=frozenset({other.value}), events=True)
