"""The reconciliation view of a day (issue 11): every agent at once, each exactly as `reconcile`
gives that agent alone, on a day pushed by real devices. SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from core.canonical import canonical_json
from sync.server.db import reading
from sync.server.reconcile_count import parse_count
from sync.server.reconcile_report import reconcile, sign_off
from sync.server.reconcile_view import reconciliation_view
from sync.server.reference import add_agent, set_agent_active
from sync.server.serverkey import read_private
from tests.server.reconcile_support import DAY, FLOAT, cash_day

D = date.fromisoformat(DAY)


@pytest.fixture
def day(server, tmp_path):  # noqa: ANN001, ANN201
    with server.engine.begin() as conn:
        add_agent(conn, "Nzeza Mado", [], "9876", role="supervisor")
        add_agent(conn, "Kasongo Nkulu", ["LUK"], "4321")  # an agent who did not work (or has not synced)
    worked = cash_day(server, tmp_path)
    private = read_private(server.settings.key_path)
    with server.engine.begin() as conn:  # Ilunga's day signed off, 2 000 CDF short
        view = reconcile(conn, "Ilunga Kabeya", D, parse_count("20000x3,5000x1", "CDF"))
        sign_off(conn, private, view, by="Nzeza Mado", note=None, at="2026-11-24T16:30:00.000Z")
    return worked


def _view(server, when=D):  # noqa: ANN001, ANN202
    with reading(server.engine) as conn:
        return reconciliation_view(conn, when)


def test_every_agent_of_a_day_is_what_reconcile_gives_that_agent(server, day):
    for when in (D - timedelta(days=1), D, D + timedelta(days=1)):
        view = _view(server, when)
        # The field agents, by name; the supervisor reconciles, and is not reconciled.
        assert [r.figures.agent_name for r in view] == ["Ilunga Kabeya", "Kasongo Nkulu", "Mbuyi Tshala"]
        with reading(server.engine) as conn:
            for one in view:
                alone = reconcile(conn, one.figures.agent_name, when, None)
                assert one.to_dict() == alone.to_dict()
                assert [s.valid for s in one.earlier] == [s.valid for s in alone.earlier]


def test_the_figures_are_the_days_own(server, day):
    ilunga, kasongo, mbuyi = _view(server)
    # Ilunga: both sessions of the day, his device's Z-reports, the sign-off and its shortfall.
    assert [s.expected_cash for s in ilunga.figures.sessions] == [day.first.expected_cash, day.second.expected_cash]
    assert ilunga.figures.expected_cash == day.expected == FLOAT + 1_500_000 + 200_000
    assert (ilunga.handed_in_before, ilunga.variance.variance, ilunga.variance.status) == (6_500_000, -200_000,
                                                                                          "shortfall")
    # Mbuyi's cash is hers; Kasongo synced nothing that day: listed, nothing expected.
    assert mbuyi.figures.expected_cash == 1_000_000 + 900_000 and mbuyi.earlier == []
    assert (kasongo.figures.sessions, kasongo.figures.expected_cash, kasongo.variance.status) == ([], 0, "balanced")
    # The next day holds only the session Ilunga opened after midnight in Kananga.
    assert [[s.expected_cash for s in r.figures.sessions] for r in _view(server, D + timedelta(days=1))] == \
        [[300_000], [], []]


def test_an_agent_deactivated_after_working_still_shows_on_the_days_worked(server, day):
    with server.engine.begin() as conn:
        set_agent_active(conn, conn.execute(text("SELECT id FROM agents WHERE name = 'Mbuyi Tshala'")).scalar_one(),
                         False)
    assert [r.figures.agent_name for r in _view(server)] == ["Ilunga Kabeya", "Kasongo Nkulu", "Mbuyi Tshala"]
    assert [r.figures.agent_name for r in _view(server, D - timedelta(days=1))] == ["Ilunga Kabeya", "Kasongo Nkulu"]


def test_a_sign_off_tampered_in_the_database_is_not_believed_in_the_view(server, day):
    [stored] = _view(server)[0].earlier
    forged = canonical_json({**stored.record, "counted": 6_700_000})
    with server.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE cash_signoffs DISABLE TRIGGER cash_signoffs_no_change"))
        else:
            conn.execute(text("DROP TRIGGER cash_signoffs_no_update"))
        conn.execute(text("UPDATE cash_signoffs SET record = :r"), {"r": forged})
    ilunga = _view(server)[0]
    assert [s.valid for s in ilunga.earlier] == [False]
    assert (ilunga.handed_in_before, ilunga.variance.variance) == (0, -day.expected)


def test_a_session_whose_closing_never_came_counts_what_follows_it_once(server, day):
    """A session with no closing of its own reaches to the end of its device's events, so its range
    holds the next session's: each receipt is still read once, and each session counts as
    `reconcile` always counted it (a chain a device's own ledger would refuse to write, signed by
    the device all the same)."""
    import random

    from bench.supervisor_data import FieldDevice
    from sync.server import enrollment
    from sync.server.push import push
    from tests.server.reconcile_support import lubumbashi

    with server.engine.begin() as conn:
        ilunga = conn.execute(text("SELECT id FROM agents WHERE name = 'Ilunga Kabeya'")).scalar_one()
        taxpayer = conn.execute(text("SELECT taxpayer_id FROM receipts ORDER BY receipt_no")).scalars().first()
    device = FieldDevice("T09", ilunga, "")
    device.record("device.initialised", None, {"device_code": "T09", "device_id": device.id, "municipality": "KGA",
                                               "public_key": device.public_key})
    with server.engine.begin() as conn:
        code, _ = enrollment.create_code(conn, "T09", ["Ilunga Kabeya"], 3600)
        enrollment.enroll(conn, code=code, device_id=device.id, public_key=device.public_key, app_version="test")
    rng, device.now = random.Random(3), lubumbashi(24, 17)
    device.open_session(100_000)  # A: never closed
    first = [device.pay(rng, taxpayer) for _ in range(4)]
    device.open_session(0)  # B
    second = [device.pay(rng, taxpayer) for _ in range(3)]
    device.close_session("Ilunga Kabeya")
    push(server.engine, device.id, device.take())

    cash = [p.amount for p in first + second if p.method == "cash"]
    later = [p.amount for p in second if p.method == "cash"]
    [ilunga_day] = [r for r in _view(server) if r.figures.agent_name == "Ilunga Kabeya"]
    a, b = [s for s in ilunga_day.figures.sessions if s.device_code == "T09"]
    assert (a.closed_at, a.cash_receipts, a.cash_collected) == (None, len(cash), sum(cash))
    assert (b.cash_receipts, b.cash_collected, b.z_expected_cash) == (len(later), sum(later), sum(later))
    with reading(server.engine) as conn:
        assert ilunga_day.to_dict() == reconcile(conn, "Ilunga Kabeya", D, None).to_dict()
