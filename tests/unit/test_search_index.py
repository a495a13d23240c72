"""The contentless search index is kept in step by triggers, whoever writes: after any mix of
edits its terms are exactly those a full rebuild gives (a contentless FTS5 table told the wrong
tokens on a delete keeps stale terms, and search would find people by their old names)."""
import pytest

from core.search_index import TABLES, rebuild


def vocabulary(conn):
    terms = {}
    for table in TABLES:
        conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab_{table} USING fts5vocab(main, {table}, 'row')")
        terms[table] = sorted(tuple(r) for r in conn.execute(f"SELECT term, doc FROM temp.vocab_{table}"))
    return terms


def found(ledger, text):
    return [r.hit.taxpayer_id for r in ledger.reads.search(text)]


@pytest.fixture
def edited(ledger, taxpayer):
    """A registry edited through the app and by hand (as a replay, a sync pull or a person might)."""
    other = ledger.register_taxpayer(name="Ouédraogo Aïssata", phone="0701020304", id_number="CNI-1")
    ledger.update_taxpayer(other, {"name": "Ouédraogo Aïssata Zénabou", "phone": "+243 99 000 1111"}, expected_version=1)
    shop = ledger.add_taxable_object(taxpayer_id=other, kind="other", reference="AUT-NDE-77")
    conn = ledger.store.conn
    with ledger.store.transaction() as tx:
        tx.execute("UPDATE taxable_objects SET reference = 'AUT-NDE-78' WHERE reference = 'AUT-NDE-77'")
        tx.execute("UPDATE taxpayers SET business_name = 'Pharmacie Béthel' WHERE id = ?", (taxpayer,))
    return ledger, conn, taxpayer, other, shop


def test_edits_by_any_writer_leave_the_index_as_a_rebuild_would(edited):
    ledger, conn, *_ = edited
    by_triggers = vocabulary(conn)
    with ledger.store.transaction() as tx:
        rebuild(tx)
    assert vocabulary(conn) == by_triggers


def test_old_values_are_forgotten_and_new_ones_found(edited):
    ledger, conn, taxpayer, other, _ = edited
    assert found(ledger, "zenabou") == [other]
    assert found(ledger, "0701020304") == []  # the old phone
    assert found(ledger, "0990001111") == [other]
    assert found(ledger, "AUT-NDE-77") == []
    assert found(ledger, "AUT-NDE-78") == [other]
    assert found(ledger, "bethel") == [taxpayer]


def test_an_object_moved_or_deleted_moves_its_reference(edited):
    ledger, conn, taxpayer, other, _ = edited
    with ledger.store.transaction() as tx:
        tx.execute("UPDATE taxable_objects SET taxpayer_num = (SELECT num FROM taxpayers WHERE id = ?) "
                   "WHERE reference = 'AUT-NDE-78'", (taxpayer,))
    assert found(ledger, "AUT-NDE-78") == [taxpayer]
    with ledger.store.transaction() as tx:
        tx.execute("DELETE FROM taxable_objects WHERE reference = 'AUT-NDE-78'")
        tx.execute("DELETE FROM taxpayers WHERE id = ?", (other,))
    assert found(ledger, "AUT-NDE-78") == []
    assert found(ledger, "ouedraogo") == []
    by_triggers = vocabulary(conn)
    with ledger.store.transaction() as tx:
        rebuild(tx)
    assert vocabulary(conn) == by_triggers
