"""The technical journal (core/journal.py): each kind is recorded by the flow that causes it, in
that flow's transaction, and `verify` catches an edited entry."""
from __future__ import annotations

import json
from datetime import timedelta

import pytest

from core import journal, migrations
from core.auth import login
from core.service import Ledger
from tests import device_sqlite as sqlite3


def kinds(ledger: Ledger) -> list[str]:
    return [entry.kind for entry in journal.entries(ledger.store.conn)]


def agent_id(ledger: Ledger, name: str = "Ilunga Kabeya") -> str:
    return ledger.find_agent(name).id


def test_a_login_is_journaled_with_the_agent_who_logged_in(ledger):
    assert login(ledger, agent_id(ledger), "1234").ok
    newest = journal.entries(ledger.store.conn)[0]
    assert (newest.kind, newest.agent_id, newest.agent_name) == ("login", agent_id(ledger), "Ilunga Kabeya")
    assert newest.at == "2026-11-22T13:32:00.000Z"


def test_wrong_pins_and_the_lockout_they_cause_are_journaled(ledger):
    agent = agent_id(ledger)
    for _ in range(5):
        assert not login(ledger, agent, "0000").ok
    assert kinds(ledger)[:2] == ["lockout", "wrong_pin"]
    assert kinds(ledger).count("wrong_pin") == 5
    wrong = journal.entries(ledger.store.conn, "wrong_pin")[0]
    assert wrong.details == {"agent_id": agent, "failures": 5} and wrong.agent_id is None
    assert "0000" not in json.dumps([e.details for e in journal.entries(ledger.store.conn)])


def test_a_changed_setting_is_journaled_by_name_and_an_unchanged_one_is_not(ledger):
    ledger.save_settings({"language": "pt", "printer": {"uri": "tcp://192.168.1.50:9100"}})
    assert journal.entries(ledger.store.conn)[0].details == {"settings": ["language", "printer"]}
    before = kinds(ledger)
    ledger.save_setting("language", "pt")
    assert kinds(ledger) == before


def test_a_change_of_time_zone_is_journaled_as_a_change_of_clock(ledger):
    ledger.update_municipality(timezone="Africa/Kinshasa")
    assert kinds(ledger)[:2] == ["clock_changed", "setting_changed"]
    assert journal.entries(ledger.store.conn, "clock_changed")[0].details == {"timezone": "Africa/Kinshasa"}


def test_a_confirmed_jump_of_the_clock_is_journaled_with_the_change_it_confirms(ledger, clock, taxpayer):
    clock.moment += timedelta(days=3)
    from core.errors import QuittanceError

    with pytest.raises(QuittanceError):
        ledger.open_session()
    ledger.confirm_clock_ahead()
    ledger.open_session()
    jump = journal.entries(ledger.store.conn, "clock_jump")[0]
    assert jump.details == {"previous": "2026-11-22T13:32:00.000Z", "confirmed": "2026-11-25T13:32:00.000Z"}


def test_a_reprint_is_journaled_with_its_receipt_number_and_the_original_is_not(ledger, taxpayer):
    ledger.open_session()
    receipt = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2025", amount=2_000_000, method="cash").receipt_no
    ledger.record_print(receipt)
    assert "reprint" not in kinds(ledger)
    ledger.record_print(receipt)
    assert journal.entries(ledger.store.conn, "reprint")[0].details == {"receipt_no": receipt, "copy": 2}


def test_a_migration_is_journaled_from_and_to_its_versions_after_it_commits(ledger, clock):
    path = ledger.store.path
    ledger.close()
    conn = sqlite3.connect(path, isolation_level=None)  # the file as v17 left it: no v18 tables
    for table in ("journal", "closings", "receipt_series"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("PRAGMA user_version = 17")
    conn.close()
    reopened = Ledger.open(path, clock=clock)
    try:
        assert migrations.schema_version(reopened.store.conn) == migrations.LATEST_VERSION
        entry = journal.entries(reopened.store.conn, "migration")[0]
        assert entry.details == {"from": 17, "to": migrations.LATEST_VERSION}
        assert reopened.verify().ok
        again = Ledger.open(path, clock=clock)
        assert len(journal.entries(again.store.conn, "migration")) == 1  # nothing migrated the second time
        again.close()
    finally:
        reopened.close()


def test_verify_passes_and_catches_an_edited_journal_entry(ledger):
    assert login(ledger, agent_id(ledger), "1234").ok
    ledger.save_setting("language", "en")
    assert ledger.verify().ok
    conn = ledger.store.conn
    conn.execute("DROP TRIGGER journal_no_update")
    conn.execute("UPDATE journal SET details = '{\"settings\":[\"nothing\"]}' WHERE kind = 'setting_changed'")
    report = ledger.verify()
    assert not report.ok
    assert "journal" in " ".join(str(p) for p in report.problems)


def test_an_entry_under_a_jumped_clock_does_not_make_the_guard_accept_the_jump(ledger, clock, taxpayer):
    from core.errors import QuittanceError

    clock.moment += timedelta(days=3)
    ledger.save_setting("language", "pt")  # journaled, with no question about the clock
    assert journal.entries(ledger.store.conn)[0].kind == "setting_changed"
    with pytest.raises(QuittanceError) as refused:
        ledger.open_session()  # the next record still asks
    assert refused.value.code == "clock_ahead"
