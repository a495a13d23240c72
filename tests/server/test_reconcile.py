"""Reconciliation on the server (issue 11): the expected cash of an agent's day from what real
devices pushed, against the device's own Z-reports; the cash counted; the variance; the signed,
immutable sign-off, and a further record that settles a shortfall. SQLite and PostgreSQL."""
from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text

from core.canonical import canonical_json
from sync.server.db import reading
from sync.server.reconcile_count import counted_amount, parse_count
from sync.server.reconcile_report import reconcile, sign_off
from sync.server.reconcile_signoff import signature_valid
from sync.server.reference import AdminError, add_agent
from sync.server.schema import cash_signoffs
from sync.server.serverkey import read_private
from tests.server.reconcile_support import DAY, FLOAT, cash_day

D = date.fromisoformat(DAY)


@pytest.fixture
def day(server, tmp_path):  # noqa: ANN001, ANN201
    with server.engine.begin() as conn:
        add_agent(conn, "Nzeza Mado", [], "9876", role="supervisor")
    return cash_day(server, tmp_path)


def _view(server, count=None, agent="Ilunga Kabeya", when=D):  # noqa: ANN001, ANN202
    with reading(server.engine) as conn:
        return reconcile(conn, agent, when, count)


def _sign(server, count, by="Nzeza Mado", note=None):  # noqa: ANN001, ANN202
    private = read_private(server.settings.key_path)
    with server.engine.begin() as conn:
        view = reconcile(conn, "Ilunga Kabeya", D, count)
        return sign_off(conn, private, view, by=by, note=note, at="2026-11-24T16:30:00.000Z")


def test_expected_cash_matches_the_devices_own_z_reports(server, day):
    view = _view(server)
    first, second = view.figures.sessions
    # The server's figure for each session is the one the device printed on its Z-report.
    assert (first.session_id, first.expected_cash) == (day.first.session_id, day.first.expected_cash)
    assert (second.session_id, second.expected_cash) == (day.second.session_id, day.second.expected_cash)
    assert first.z_expected_cash == day.first.expected_cash and second.z_expected_cash == day.second.expected_cash
    # Float 50 000 + 3 valid cash receipts of 5 000; the mobile money and the voided receipt are not cash due;
    # the receipt voided after the closing still counts, as on the Z-report the agent handed in against.
    assert first.expected_cash == FLOAT + 1_500_000 and first.voided_cash == 500_000
    assert (first.cash_receipts, first.opening_float) == (3, FLOAT)
    assert view.figures.expected_cash == day.expected == FLOAT + 1_500_000 + 200_000
    # The session opened after midnight in Kananga is the next day's, and Mbuyi's cash is hers.
    assert [s.expected_cash for s in _view(server, when=date(2026, 11, 25)).figures.sessions] == [300_000]
    assert _view(server, agent="Mbuyi Tshala").figures.expected_cash == 1_000_000 + 900_000
    assert _view(server, when=date(2026, 11, 23)).figures.sessions == []


def test_an_agent_who_kept_part_of_the_cash_shows_a_shortfall(server, day):
    # Handed in: 3 notes of 20 000 and one of 5 000 = 65 000 CDF, 2 000 short of 67 000.
    view = _view(server, parse_count("20000x3,5000x1", "CDF"))
    assert view.count.total == 6_500_000
    assert (view.variance.variance, view.variance.status) == (-200_000, "shortfall")
    assert view.to_dict()["count"] == [{"face": "20000", "value": 2_000_000, "pieces": 3, "amount": 6_000_000},
                                       {"face": "5000", "value": 500_000, "pieces": 1, "amount": 500_000}]
    assert _view(server, counted_amount("67000", "CDF")).variance.status == "balanced"
    assert _view(server, counted_amount("68000", "CDF")).variance.variance == 100_000


def test_a_sign_off_is_signed_immutable_and_a_shortfall_stays_until_settled(server, day):
    first = _sign(server, parse_count("20000x3,5000x1", "CDF"), note="2 000 CDF manquants")
    record = first.record
    assert (record["number"], record["previous"], record["variance"], record["status"]) == (1, None, -200_000,
                                                                                              "shortfall")
    assert record["signed_by"] == "Nzeza Mado" and record["expected_cash"] == day.expected
    # It verifies with the public key a device received from the server, over its canonical JSON ...
    stored = server.rows(cash_signoffs)
    assert len(stored) == 1 and stored[0]["record"] == canonical_json(record)
    assert signature_valid(stored[0]["record"], stored[0]["signature"], day.server_public_key)
    # ... and a record with one figure changed does not.
    forged = canonical_json({**record, "counted": 6_700_000, "variance": 0, "status": "balanced"})
    assert not signature_valid(forged, stored[0]["signature"], day.server_public_key)

    # Looking again without counting: the shortfall is still there, with the sign-off listed.
    later = _view(server)
    assert (later.handed_in_before, later.variance.variance) == (6_500_000, -200_000)
    assert [s.record["id"] for s in later.earlier] == [record["id"]]
    # The agent brings the 2 000 CDF: a further record settles it and names the first.
    second = _sign(server, parse_count("1000x2", "CDF"), note="complément remis")
    assert (second.record["number"], second.record["previous"]) == (2, record["id"])
    assert (second.record["handed_in"], second.record["variance"], second.record["status"]) == \
        (6_700_000, 0, "balanced")
    assert _view(server).variance.status == "balanced"
    # The first record is as it was signed.
    assert server.rows(cash_signoffs, cash_signoffs.c.id == record["id"])[0]["record"] == stored[0]["record"]


def test_the_database_refuses_to_edit_or_delete_a_sign_off(server, day):
    signed = _sign(server, counted_amount("65000", "CDF"))
    for statement in ("UPDATE cash_signoffs SET record = '{}'", "DELETE FROM cash_signoffs"):
        with pytest.raises(Exception, match="immutable"):
            with server.engine.begin() as conn:
                conn.execute(text(statement))
    assert server.rows(cash_signoffs)[0]["record"] == signed.text


def test_a_record_tampered_in_the_database_is_not_believed(server, day):
    signed = _sign(server, counted_amount("65000", "CDF"))
    # Someone with the database's owner rights goes around the trigger and hides the shortfall.
    forged = canonical_json({**signed.record, "counted": 6_700_000})
    with server.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE cash_signoffs DISABLE TRIGGER cash_signoffs_no_change"))
        else:
            conn.execute(text("DROP TRIGGER cash_signoffs_no_update"))
        conn.execute(text("UPDATE cash_signoffs SET record = :r"), {"r": forged})
    view = _view(server)
    assert [s.valid for s in view.earlier] == [False]
    assert view.handed_in_before == 0 and view.variance.variance == -day.expected  # the forged cash is not counted
    with pytest.raises(AdminError, match="fails its signature check"):
        _sign(server, counted_amount("2000", "CDF"))


@pytest.mark.parametrize(("by", "count", "words"), [
    ("Ilunga Kabeya", "65000", "is not a supervisor"),
    ("Personne", "65000", "no agent named"),
    ("Nzeza Mado", None, "needs the cash counted"),
])
def test_a_sign_off_is_refused_in_words(server, day, by, count, words):
    with pytest.raises(AdminError, match=words):
        _sign(server, counted_amount(count, "CDF") if count else None, by=by)
    assert server.rows(cash_signoffs) == []


def test_an_unknown_agent_is_refused(server, day):
    with pytest.raises(AdminError, match="no agent named 'Personne'"):
        _view(server, agent="Personne")


def test_the_record_holds_every_figure_as_an_integer(server, day):
    record = json.loads(_sign(server, parse_count("20000x3,5000x1", "CDF")).text)
    for key in ("expected_cash", "counted", "handed_in", "handed_in_before", "variance"):
        assert type(record[key]) is int
    assert [s["session_id"] for s in record["sessions"]] == [day.first.session_id, day.second.session_id]
    assert record["kind"] == "quittance.cash_signoff" and record["currency"] == "CDF"


def test_a_session_not_closed_yet_counts_what_is_synced_and_grows_with_later_pushes(server, day):
    from tests.server.support import push_all, record_sale

    [open_one] = _view(server, when=date(2026, 11, 25)).figures.sessions
    assert (open_one.closed_at, open_one.z_expected_cash, open_one.expected_cash) == (None, None, 300_000)
    signed = json.loads(_sign_day(server, date(2026, 11, 25), "3000").text)
    assert signed["status"] == "balanced"
    # A payment of that session synced after the sign-off: the day shows a shortfall again.
    record_sale(day.ledger, "Kalonji Mbuyi", amount=400_000)
    push_all(server, day.token, day.ledger)
    again = _view(server, when=date(2026, 11, 25))
    assert (again.handed_in_before, again.variance.variance, again.variance.status) == (300_000, -400_000,
                                                                                        "shortfall")


def _sign_day(server, when, amount):  # noqa: ANN001, ANN202
    private = read_private(server.settings.key_path)
    with server.engine.begin() as conn:
        view = reconcile(conn, "Ilunga Kabeya", when, counted_amount(amount, "CDF"))
        return sign_off(conn, private, view, by="Nzeza Mado", note=None, at="2026-11-25T08:00:00.000Z")
