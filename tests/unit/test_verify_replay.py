"""Issue 8 §2: `verify` replays the signed chain and compares every table built from it. Each
tampering below passed as "intact" before; now the command line says ALTÉRÉ, names the first
difference and exits 1. The attacker works on the real file, triggers dropped first."""
from __future__ import annotations

import shutil
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
from tests.device_sqlite import copy_device
from datetime import datetime, timezone
from pathlib import Path

import pytest

from core.keys import generate_keypair
from core.registry import Location
from core.replay import EVENT_BUILT, NOT_COMPARED, unclassified_tables
from core.projections import PROJECTIONS
from core.seed import seed_taxpayers
from core.sessions import build_z_report
from tests.cli_support import run
from tests.conftest import FixedClock, make_ledger
from tests.unit.attacker import device_key, drop_triggers, rewrite_event


def build_day(path: Path) -> dict:
    """A day on one device: a taxpayer registered with a GNSS position and an object, a server
    registry (the seed) with one of its taxpayers edited and another given an object found in the
    field, payments, copies printed, a void, a session closed with its Z-report and a second one opened."""
    ledger = make_ledger(path, clock=FixedClock(datetime(2026, 11, 22, 13, 32, tzinfo=timezone.utc)))
    with ledger.store.transaction() as conn:
        seed_taxpayers(conn, count=20, seed=1, currency="CDF", today=ledger.today())
    taxpayer = ledger.register_taxpayer(
        name="Kabasélé Ngoyi Félicité", zone="KAT", phone="+243812345678",
        location=Location(-5.897123456789, 22.412345678901, 4.56789, "external-gnss", "2026-11-22T13:30:00Z"),
        objects=[{"kind": "business_premises", "reference": "BP-KAT-0001", "attributes": {"surface_m2": 12}}])
    server_taxpayer = ledger.store.conn.execute("SELECT id, version FROM taxpayers WHERE origin = 'server' "
                                                "LIMIT 1").fetchone()
    ledger.update_taxpayer(server_taxpayer[0], {"phone": "+243899999999"}, server_taxpayer[1])
    found_in_the_field = ledger.store.conn.execute("SELECT id FROM taxpayers WHERE origin = 'server' AND id <> ? "
                                                   "LIMIT 1", (server_taxpayer[0],)).fetchone()[0]
    ledger.add_taxable_object(taxpayer_id=found_in_the_field, kind="billboard", reference="BIL-KAT-0002",
                              attributes={"surface_m2": 8})
    ledger.open_session(1_000_000)
    paid = [ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=100_000, method="cash")
            for _ in range(3)]
    ledger.record_print(paid[0].receipt_no)
    ledger.record_print(paid[0].receipt_no)
    ledger.void(paid[1].receipt_no, "Erreur de montant")
    session = ledger.current_session_id()
    ledger.close_session()
    ledger.open_session(0)
    ledger.close()
    return {"taxpayer": taxpayer, "server_taxpayer": server_taxpayer[0], "receipts": [p.receipt_no for p in paid],
            "payment_ids": [p.id for p in paid], "session": session}


@pytest.fixture(scope="module")
def day(tmp_path_factory) -> tuple[Path, dict]:
    path = tmp_path_factory.mktemp("day") / "device.db"
    return path, build_day(path)


def verify_cli(path: Path, *extra: str) -> tuple[int, str]:
    done = run("verify", "--db", path, *extra)
    return done.returncode, (done.stdout + done.stderr).strip()


def attack(path: Path, tamper) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    drop_triggers(conn)
    tamper(conn)
    conn.close()


def one(conn, sql, *params):
    return conn.execute(sql, params).fetchone()


# Each case: the attacker's change, and what the supervisor must read.
def forged_payment_past_the_end(c, d):
    row = list(one(c, "SELECT * FROM payments WHERE receipt_no = ?", d["receipts"][0]))
    cols = [r[1] for r in c.execute("PRAGMA table_info(payments)")]
    values = dict(zip(cols, row), id="01a00000-0000-7000-8000-000000000001", receipt_no="T07-2026-000099",
                  receipt_seq=99, event_seq=one(c, "SELECT max(seq) FROM events")[0] + 7)
    c.execute(f"INSERT INTO payments ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
              tuple(values.values()))
    return "table payments, ligne T07-2026-000099 : écrite par aucun événement (insérée)"


def forged_void_past_the_end(c, d):
    c.execute("INSERT INTO voids (id, payment_id, reason, agent_id, session_id, voided_at, event_seq) "
              "SELECT '01a00000-0000-7000-8000-000000000002', ?, 'faux', agent_id, session_id, issued_at, ? "
              "FROM payments WHERE id = ?",
              (d["payment_ids"][2], one(c, "SELECT max(seq) FROM events")[0] + 3, d["payment_ids"][2]))
    return "table voids, ligne 01a00000-0000-7000-8000-000000000002 : écrite par aucun événement (insérée)"


def void_deleted(c, d):
    c.execute("DELETE FROM voids")
    return "table voids, ligne"


def print_deleted(c, d):
    c.execute("DELETE FROM receipt_prints WHERE copy = 2")
    return f"table receipt_prints, ligne {d['payment_ids'][0]}/2 : inscrite au journal mais absente (supprimée)"


def print_added(c, d):
    c.execute("INSERT INTO receipt_prints (id, payment_id, copy, printed_at, event_seq) "
              "SELECT 'p-forged', payment_id, 3, printed_at, event_seq FROM receipt_prints WHERE copy = 2")
    return f"table receipt_prints, ligne {d['payment_ids'][0]}/3 : écrite par aucun événement (insérée)"


def opening_float_edited(c, d):
    c.execute("UPDATE cash_sessions SET opening_float = 0 WHERE id = ?", (d["session"],))
    return f"table cash_sessions, ligne {d['session']} : la colonne opening_float diffère du journal"


def device_time_edited(c, d):
    c.execute("UPDATE voids SET voided_at = '2026-11-21T08:00:00.000Z'")
    return "la colonne voided_at diffère du journal"


def event_time_column_edited(c, d):
    seq = one(c, "SELECT event_seq FROM voids")[0]
    c.execute("UPDATE events SET device_time = '2026-11-21T08:00:00.000Z' WHERE seq = ?", (seq,))
    return f"événement n° {seq} : l'heure ou l'entité enregistrées diffèrent du contenu haché (modifiées)"


def session_time_edited(c, d):
    c.execute("UPDATE cash_sessions SET opened_at = '2026-11-22T06:00:00.000Z' WHERE id = ?", (d["session"],))
    return "la colonne opened_at diffère du journal"


def taxpayer_name_edited(c, d):
    c.execute("UPDATE taxpayers SET name = 'Mukendi Jean' WHERE id = ?", (d["taxpayer"],))
    return f"table taxpayers, ligne {d['taxpayer']} : la colonne name diffère du journal"


def taxpayer_position_edited(c, d):
    c.execute("UPDATE taxpayers SET latitude = latitude + 0.001 WHERE id = ?", (d["taxpayer"],))
    return "la colonne latitude diffère du journal"


def server_taxpayer_edit_undone(c, d):
    c.execute("UPDATE taxpayers SET phone = '+243811111111' WHERE id = ?", (d["server_taxpayer"],))
    return f"table taxpayers, ligne {d['server_taxpayer']} : la colonne phone diffère du journal"


def server_taxpayer_edited_then_deleted(c, d):
    c.execute("DELETE FROM taxpayers WHERE id = ?", (d["server_taxpayer"],))
    return f"table taxpayers, ligne {d['server_taxpayer']} : inscrite au journal mais absente (supprimée)"


def origin_flipped_to_hide_an_edit(c, d):
    c.execute("UPDATE taxpayers SET origin = 'server', name = 'Mukendi Jean' WHERE id = ?", (d["taxpayer"],))
    return f"table taxpayers, ligne {d['taxpayer']} : créée sur cet appareil, mais sa ligne la dit venue du serveur"


def object_attributes_edited(c, d):
    c.execute("UPDATE taxable_objects SET attributes = '{\"surface_m2\": 2}' WHERE reference = 'BP-KAT-0001'")
    return "la colonne attributes diffère du journal"


def object_moved_to_another_taxpayer(c, d):
    """Objects point at their owner by row number, which is local to the file: the replay
    compares the owner's UUID."""
    object_id = one(c, "SELECT entity_id FROM events WHERE type = 'taxable_object.added' "
                       "AND payload LIKE '%BP-KAT-0001%'")[0]
    c.execute("UPDATE taxable_objects SET taxpayer_num = (SELECT num FROM taxpayers WHERE id = ?) "
              "WHERE reference = 'BP-KAT-0001'", (d["server_taxpayer"],))
    return f"table taxable_objects, ligne {object_id} : la colonne taxpayer_id diffère du journal"


def _assessment_of(c, reference):
    return one(c, "SELECT entity_id FROM events WHERE type = 'assessment.created' AND json_extract(payload, "
                  "'$.data.taxable_object_id') = (SELECT entity_id FROM events WHERE type = 'taxable_object.added' "
                  "AND json_extract(payload, '$.data.reference') = ?)", reference)[0]


def assessment_amount_edited(c, d):
    assessment_id = _assessment_of(c, "BP-KAT-0001")
    c.execute("UPDATE assessments SET amount = 1 WHERE object_num = "
              "(SELECT num FROM taxable_objects WHERE reference = 'BP-KAT-0001')")
    return f"table assessments, ligne {assessment_id} : la colonne amount diffère du journal"


def assessment_of_a_server_taxpayer_deleted(c, d):
    assessment_id = _assessment_of(c, "BIL-KAT-0002")
    c.execute("DELETE FROM assessments WHERE object_num = "
              "(SELECT num FROM taxable_objects WHERE reference = 'BIL-KAT-0002')")
    return f"table assessments, ligne {assessment_id} : inscrite au journal mais absente (supprimée)"


def closing_report_edited(c, d):
    c.execute("UPDATE cash_session_closings SET report = replace(report, '\"expected_cash\": 1200000', "
              "'\"expected_cash\": 1000000')")
    return "table cash_session_closings"


def counter_edited(c, d):
    c.execute("UPDATE receipt_counters SET last_seq = 2")
    return "table receipt_counters, ligne 2026 : la colonne last_seq diffère du journal"


def other_key_in_settings(c, d):
    other, _ = generate_keypair()
    c.execute("UPDATE settings SET value = json_set(value, '$.private_key', ?) WHERE key = 'device'", (other,))
    return "la clé de signature des paramètres n'est pas celle inscrite au premier événement de l'appareil"


def void_reason_rewritten_and_rehashed(c, d):
    seq = one(c, "SELECT event_seq FROM voids")[0]
    rewrite_event(c, seq, lambda body: body["data"].update(reason="Demande du contribuable"))
    c.execute("UPDATE voids SET reason = 'Demande du contribuable'")
    return "la signature du dernier événement n'est pas celle de la clé de l'appareil"


def taxpayer_name_rewritten_and_rehashed(c, d):
    seq = one(c, "SELECT seq FROM events WHERE type = 'taxpayer.registered' AND entity_id = ?", d["taxpayer"])[0]
    rewrite_event(c, seq, lambda body: body["data"].update(name="Mukendi Jean"))
    c.execute("UPDATE taxpayers SET name = 'Mukendi Jean' WHERE id = ?", (d["taxpayer"],))
    return "la signature du dernier événement n'est pas celle de la clé de l'appareil"


def chain_resigned_with_another_key(c, d):
    other, _ = generate_keypair()
    seq = one(c, "SELECT event_seq FROM voids")[0]
    rewrite_event(c, seq, lambda body: body["data"].update(reason="Demande du contribuable"), signing_key=other)
    c.execute("UPDATE voids SET reason = 'Demande du contribuable'")
    c.execute("UPDATE settings SET value = json_set(value, '$.private_key', ?) WHERE key = 'device'", (other,))
    return "la signature du dernier événement n'est pas celle de la clé de l'appareil"


# What a hostile review found still passing as "intact" (the settings and the chain's very start):
def device_code_edited_in_settings(c, d):
    c.execute("UPDATE settings SET value = json_set(value, '$.code', 'T08') WHERE key = 'device'")
    return "code de l'appareil dans les paramètres (T08) n'est pas celui inscrit à son premier événement (T07)"


def device_id_edited_in_settings(c, d):
    # The id names the high-water mark file: a new id would also escape the device's mark.
    c.execute("UPDATE settings SET value = json_set(value, '$.id', '01a226fc-0000-7000-8000-000000000000') "
              "WHERE key = 'device'")
    return "id de l'appareil dans les paramètres (01a226fc-0000-7000-8000-000000000000)"


def whole_ledger_emptied_with_its_rows(c, d):
    for table in ("events", "payments", "voids", "receipt_prints", "cash_sessions", "cash_session_closings",
                  "receipt_counters", "assessments"):
        c.execute(f"DELETE FROM {table}")
    c.execute("DELETE FROM taxable_objects WHERE origin = 'device'")
    c.execute("DELETE FROM taxpayers WHERE origin = 'device'")
    c.execute("DELETE FROM journal")
    return "événement n° 1 : le premier événement n'est pas l'initialisation de l'appareil"


def private_key_removed_from_settings(c, d):
    c.execute("UPDATE settings SET value = json_remove(value, '$.private_key') WHERE key = 'device'")
    return "la clé de signature des paramètres est absente ou illisible"


def private_key_garbled_in_settings(c, d):
    c.execute("UPDATE settings SET value = json_set(value, '$.private_key', 'zz') WHERE key = 'device'")
    return "la clé de signature des paramètres est absente ou illisible"


def closing_report_count_retyped(c, d):
    # Same number to Python (3 == 3.0), another value to any other reader of the JSON.
    import json

    report = json.loads(one(c, "SELECT report FROM cash_session_closings")[0])
    report["receipt_count"] = float(report["receipt_count"])
    c.execute("UPDATE cash_session_closings SET report = ?", (json.dumps(report),))
    return "table cash_session_closings"


def object_attribute_retyped(c, d):
    c.execute("UPDATE taxable_objects SET attributes = '{\"surface_m2\": 12.0}' WHERE reference = 'BP-KAT-0001'")
    return "la colonne attributes diffère du journal"


CASES = [
    forged_payment_past_the_end, forged_void_past_the_end, void_deleted, print_deleted, print_added,
    opening_float_edited, device_time_edited, event_time_column_edited, session_time_edited,
    taxpayer_name_edited, taxpayer_position_edited, server_taxpayer_edit_undone,
    server_taxpayer_edited_then_deleted, origin_flipped_to_hide_an_edit, object_attributes_edited,
    object_moved_to_another_taxpayer, assessment_amount_edited, assessment_of_a_server_taxpayer_deleted,
    closing_report_edited, counter_edited, other_key_in_settings, void_reason_rewritten_and_rehashed,
    taxpayer_name_rewritten_and_rehashed, chain_resigned_with_another_key, device_code_edited_in_settings,
    device_id_edited_in_settings, whole_ledger_emptied_with_its_rows, private_key_removed_from_settings,
    private_key_garbled_in_settings, closing_report_count_retyped, object_attribute_retyped,
]


def test_the_untouched_day_verifies(day):
    code, out = verify_cli(day[0])
    assert code == 0, out
    assert out.startswith("Intègre") and "Chaîne signée jusqu'à l'événement" in out


@pytest.mark.parametrize("tamper", CASES, ids=lambda f: f.__name__)
def test_tampering_is_reported_and_exits_1(day, tmp_path, tamper):
    path = tmp_path / "device.db"
    copy_device(day[0], path)
    expected = []
    attack(path, lambda conn: expected.append(tamper(conn, day[1])))
    code, out = verify_cli(path)
    assert code == 1, out
    assert out.startswith("ALTÉRÉ : ") and expected[0] in out.splitlines()[0]


def test_a_forged_void_corrupts_the_z_report_and_verify_says_so(day, tmp_path):
    path = tmp_path / "device.db"
    copy_device(day[0], path)
    attack(path, lambda conn: forged_void_past_the_end(conn, day[1]))
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    forged = build_z_report(conn, day[1]["session"], "T07", "CDF")
    conn.close()
    assert forged.total_collected == 100_000  # the third payment vanished from the totals
    assert verify_cli(path)[0] == 1


def test_every_table_is_compared_or_excluded_with_a_reason(day):
    conn = sqlite3.connect(day[0])
    assert unclassified_tables(conn) == [], "classify the new table in core/replay.py"
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(EVENT_BUILT) <= names and not set(EVENT_BUILT) & set(NOT_COMPARED)
    assert all(reason.strip() for reason in NOT_COMPARED.values())
    types = {r[0] for r in conn.execute("SELECT DISTINCT type FROM events")}
    assert types <= set(PROJECTIONS), "every event type needs a projection"


def test_a_table_nobody_classified_is_named(day, tmp_path):
    path = tmp_path / "device.db"
    copy_device(day[0], path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE loyalty_points (taxpayer_id TEXT, points INTEGER)")
    assert unclassified_tables(conn) == ["loyalty_points"]
    conn.close()


def test_settings_keep_only_the_private_key_and_verify_derives_the_public_one(day):
    conn = sqlite3.connect(day[0])
    import json

    stored = json.loads(one(conn, "SELECT value FROM settings WHERE key = 'device'")[0])
    assert set(stored) == {"id", "code", "private_key"}
    from core.keys import public_key_of

    first = json.loads(one(conn, "SELECT payload FROM events WHERE seq = 1")[0])["data"]["public_key"]
    assert public_key_of(device_key(conn)) == first
    code, out = verify_cli(day[0], "--json")
    assert json.loads(out)["public_key"] == first


def test_events_carry_what_their_rows_hold(day):
    """Typed attributes, the print's id, coordinates stored exactly as the event carries them."""
    import json

    conn = sqlite3.connect(day[0])
    events = {}
    for event_type, payload in conn.execute("SELECT type, payload FROM events"):
        events.setdefault(event_type, []).append(json.loads(payload)["data"])
    obj = next(e for e in events["taxable_object.added"] if e["reference"] == "BP-KAT-0001")
    assert obj["attributes"] == {"surface_m2": 12}
    print_ids = {r[0] for r in conn.execute("SELECT id FROM receipt_prints")}
    assert {e["id"] for e in events["receipt.printed"]} == print_ids
    registered = next(e for e in events["taxpayer.registered"] if e["id"] == day[1]["taxpayer"])
    row = one(conn, "SELECT latitude, longitude, accuracy_m FROM taxpayers WHERE id = ?", day[1]["taxpayer"])
    assert (registered["latitude"], registered["longitude"], registered["accuracy_m"]) == \
        ("-5.8971235", "22.4123457", "4.56789")
    assert row == (-5.8971235, 22.4123457, 4.56789)
