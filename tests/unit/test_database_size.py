"""Issue 8, section 8: the database is too large. Reference data is stored compactly, with no
duplicated index, and files written by schema v4 are migrated keeping every row."""
import gzip
import shutil
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest

from core import migrations
from core.clock import iso
from core.errors import QuittanceError
from core.seed import seed_taxpayers
from core.service import Ledger

# A device made by the release with schema v4 (init, `seed --taxpayers 300 --seed 7`, a taxpayer
# registered in the field with an object, two payments, one voided), vacuumed and gzipped.
V4_DEVICE = Path(__file__).parent / "data" / "v4-seeded-device.db.gz"
FIELD_TAXPAYER = "01a226ce-e3e3-71dc-bdc5-c23dae206c7c"


@pytest.fixture
def v4_file(tmp_path):
    path = tmp_path / "device.db"
    with gzip.open(V4_DEVICE) as packed, open(path, "wb") as out:
        shutil.copyfileobj(packed, out)
    return path


def _v4_rows(path):
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    objects = set(conn.execute("SELECT id, taxpayer_id, kind, reference, description, attributes, created_at "
                               "FROM taxable_objects"))
    assessments = set(conn.execute("SELECT id, taxable_object_id, taxpayer_id, tax_code, period, amount, created_at "
                                   "FROM assessments"))
    taxpayers = set(conn.execute("SELECT * FROM taxpayers"))
    events = conn.execute("SELECT count(*), max(hash) FROM events").fetchone()
    conn.close()
    return objects, assessments, taxpayers, events


def _text(stored):
    return str(uuid.UUID(bytes=stored))


def _moment(ms):
    return datetime.fromtimestamp(ms / 1000, timezone.utc)


def test_a_seeded_v4_file_opens_and_keeps_every_row(v4_file):
    objects, assessments, taxpayers, events = _v4_rows(v4_file)
    assert len(assessments) > 1000

    v4_bytes = v4_file.stat().st_size
    ledger = Ledger.open(v4_file)
    conn = ledger.store.conn
    assert migrations.schema_version(conn) == migrations.LATEST_VERSION
    assert conn.execute("PRAGMA freelist_count").fetchone()[0] == 0  # the space freed went back
    # The migration's technical-journal entry (core/journal.py) may take one page of its own.
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    assert v4_file.stat().st_size < v4_bytes * 0.6 + page
    after = [tuple(r) for r in conn.execute("SELECT * FROM taxpayers")]
    # v8 adds the server's version last: none is known for rows loaded before it.
    assert {row[:-1] for row in after} == taxpayers and {row[-1] for row in after} == {None}
    assert tuple(conn.execute("SELECT count(*), max(hash) FROM events WHERE type != 'journal.recorded'")
                 .fetchone()) == events
    assert [r[0] for r in conn.execute("SELECT kind FROM journal")] == ["migration"]
    after_objects = {(_text(r[0]), r[1], r[2], r[3], r[4], r[5], r[6]) for r in conn.execute(
        "SELECT o.id, t.id, o.kind, o.reference, o.description, o.attributes, o.created_at "
        "FROM taxable_objects o JOIN taxpayers t ON t.num = o.taxpayer_num")}
    assert after_objects == objects
    origins = dict(conn.execute("SELECT origin, count(*) FROM taxable_objects GROUP BY origin").fetchall())
    assert origins == {"device": 1, "server": len(objects) - 1}  # only BP-KAT-0042 was added on the device
    after_assessments = {(_text(r[0]), _text(r[1]), r[2], r[3], r[4], r[5], iso(_moment(r[6]))) for r in conn.execute(
        "SELECT a.id, o.id, t.id, a.tax_code, a.period, a.amount, a.created_ms FROM assessments a "
        "JOIN taxable_objects o ON o.num = a.object_num JOIN taxpayers t ON t.num = o.taxpayer_num")}
    assert after_assessments == assessments

    card = ledger.reads.taxpayer_card(FIELD_TAXPAYER)
    assert [o.reference for o in card.objects] == ["BP-KAT-0042"]
    assert [(b.tax_code, b.period, b.assessed, b.paid) for b in card.balances] == [("PAT", "2026", 2_000_000, 500_000)]
    assert ledger.reads.search("kabasele francoise")[0].hit.taxpayer_id == FIELD_TAXPAYER
    assert ledger.reads.search("BP-KAT-0042")[0].hit.taxpayer_id == FIELD_TAXPAYER
    # Through v5 (every event signed) and v6: the replay of the old events agrees with the rows.
    assert conn.execute("SELECT count(*) FROM events WHERE signature IS NULL").fetchone()[0] == 0
    assert ledger.verify().ok
    conn.execute("DROP TRIGGER IF EXISTS assessments_no_update")
    conn.execute("UPDATE assessments SET amount = 1 WHERE object_num = "
                 "(SELECT num FROM taxable_objects WHERE reference = 'BP-KAT-0042')")
    problem = str(ledger.verify().first_problem)
    assert "assessments" in problem and "amount" in problem, problem
    ledger.close()


def test_migration_reports_its_progress_in_the_municipality_language(v4_file):
    heard = []
    conn = sqlite3.connect(v4_file, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    migrations.migrate(conn, progress=lambda fraction, label: heard.append((fraction, label)))
    conn.execute("COMMIT")
    fractions = [f for f, _ in heard]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert len(set(fractions)) > 3  # the long step reports within itself too
    assert heard[0][1].startswith("Mise à jour de la base de données")


def test_a_row_that_cannot_be_carried_over_refuses_the_migration_and_changes_nothing(v4_file):
    conn = sqlite3.connect(v4_file)
    conn.execute("INSERT INTO assessments (id, taxable_object_id, taxpayer_id, tax_code, period, amount, created_at) "
                 "VALUES ('orphan', 'no-such-object', 'nobody', 'PAT', '2026', 100, 'now')")  # foreign keys off
    conn.commit()
    conn.close()
    with pytest.raises(QuittanceError) as raised:
        Ledger.open(v4_file)
    assert "1 ligne(s) de assessments" in raised.value.message("fr")
    conn = sqlite3.connect(v4_file)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    assert conn.execute("SELECT count(*) FROM assessments WHERE id = 'orphan'").fetchone()[0] == 1


def test_ids_that_cross_devices_are_stored_as_16_bytes(ledger, taxpayer):
    conn = ledger.store.conn
    for table in ("taxable_objects", "assessments"):
        kinds = {tuple(r) for r in conn.execute(f"SELECT typeof(id), length(id) FROM {table}")}
        assert kinds == {("blob", 16)}, table
    object_id = ledger.reads.taxpayer_card(taxpayer).objects[0].id
    assert str(uuid.UUID(object_id)) == object_id  # callers still see text UUIDs


def test_no_index_duplicates_another_and_assessments_are_one_btree(ledger):
    conn = ledger.store.conn
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'assessments' AND type = 'index'"
                        ).fetchone()[0] == 0  # WITHOUT ROWID: its key is its only index
    indexed = {}
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
                                 " AND name NOT LIKE 'taxpayer_search%'"):
        for index in conn.execute(f"PRAGMA index_list({table})"):
            columns = tuple(r[2] for r in conn.execute(f"PRAGMA index_info({index[1]})"))
            for other in indexed.get(table, []):
                assert columns[: len(other)] != other and other[: len(columns)] != columns, (table, columns, other)
            indexed.setdefault(table, []).append(columns)


def test_a_seeded_registry_takes_at_most_one_kib_per_taxpayer(ledger):
    """200 MiB at 200,000 taxpayers is 1 KiB each: the registry, its objects, their assessments
    and the search index, measured page by page."""
    with ledger.store.transaction() as conn:
        seed_taxpayers(conn, count=3000, seed=42, currency="CDF", today=ledger.today())
    # SQLCipher's build has no dbstat: measure a plain export of the same pages with stdlib
    # sqlite3's, then add the cipher's per-page reserve (its IV and HMAC) back.
    conn = ledger.store.conn
    plain = ledger.store.path.with_name("plain-measure.db")
    conn.execute("ATTACH DATABASE ? AS measure KEY ''", (str(plain),))
    conn.execute("SELECT sqlcipher_export('measure')")
    conn.execute("DETACH DATABASE measure")
    reserve = 4096 / (4096 - 80)  # SQLCipher 4 keeps a 16-byte IV and a 64-byte HMAC in every 4 KiB page
    import sqlite3 as stdlib_sqlite3
    measured = stdlib_sqlite3.connect(plain)
    used = measured.execute("SELECT sum(pgsize) FROM dbstat WHERE name NOT IN (SELECT name FROM sqlite_master "
                            "WHERE tbl_name IN ('events', 'settings', 'agents'))").fetchone()[0] * reserve
    measured.close()
    assert used / 3000 <= 1024
