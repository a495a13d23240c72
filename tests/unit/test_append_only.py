from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file

import pytest

APPEND_ONLY = ["events", "payments", "voids", "cash_sessions", "cash_session_closings", "receipt_prints"]


@pytest.fixture
def full_ledger(ledger, taxpayer):
    ledger.open_session(0)
    payment = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=500_000, method="cash")
    ledger.record_print(payment.receipt_no)
    ledger.void(payment.receipt_no, "erreur de saisie")
    ledger.close_session()
    return ledger


@pytest.mark.parametrize("table", APPEND_ONLY)
def test_update_is_refused(full_ledger, table):
    conn = full_ledger.store.conn
    column = conn.execute(f"SELECT * FROM {table} LIMIT 1").description[1][0]
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(f"UPDATE {table} SET {column} = {column}")


@pytest.mark.parametrize("table", APPEND_ONLY)
def test_delete_is_refused(full_ledger, table):
    conn = full_ledger.store.conn
    before = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    assert before > 0
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute(f"DELETE FROM {table}")
    assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == before


def test_a_void_is_a_new_event_pointing_at_the_payment(full_ledger):
    rows = full_ledger.store.conn.execute("SELECT type, entity_id FROM events ORDER BY seq").fetchall()
    types = [r[0] for r in rows]
    assert types.count("payment.recorded") == 1 and types.count("payment.voided") == 1
    recorded = next(r for r in rows if r[0] == "payment.recorded")
    voided = next(r for r in rows if r[0] == "payment.voided")
    assert voided[1] == recorded[1]
