"""The supervisor's dashboard against a day pushed by two real devices (tests/server/reconcile_support.py):
the collection rate by zone, agent, tax and day, receipts and voids per agent, the last sync of
each device, on SQLite and PostgreSQL.

The day, in Kananga's time (UTC+2): Ilunga (T07, zones KAT and NDE) registers seven taxpayers of
KAT, each assessed the Patente 2026 (20 000 CDF). On the 24th he takes 4 x 5 000 + 7 000 (mobile
money) + 2 000 and voids two of the 5 000; at 00:30 on the 25th (still the 24th in UTC) he takes
3 000. Mbuyi (T08, zone NDE) registers one taxpayer of NDE and takes 9 000 on the 24th."""
from __future__ import annotations

from sqlalchemy import update

from sync.server.schema import devices
from sync.server.supervisor_api import PREFIX
from tests.server.reconcile_support import cash_day
from tests.server.supervisor_support import supervisor_token
from tests.server.support import ZONE_IDS, auth

PAT = 2_000_000  # one Patente 2026, minor units


def _read(server, token, **params):  # noqa: ANN001, ANN003, ANN202
    answer = server.client.get(f"{PREFIX}/dashboard", params=params, headers=auth(token))
    assert answer.status_code == 200, answer.text
    return answer.json()


def _by(rows, field, value):  # noqa: ANN001, ANN202
    return next(row for row in rows if row[field] == value)


def test_the_rate_by_zone_agent_tax_and_day(server, tmp_path):
    cash_day(server, tmp_path)
    token = supervisor_token(server)
    day = _read(server, token, **{"from": "2026-11-24", "to": "2026-11-24"})
    assert day["currency"] == "CDF" and day["timezone"] == "Africa/Lubumbashi"
    # 1 000 000 + 700 000 + 200 000 by Ilunga, 900 000 by Mbuyi; the 25th's 300 000 is not yet paid.
    assert day["total"] == {"assessed": 8 * PAT, "collected": 2_800_000, "in_window": 2_800_000,
                            "rate": round(2_800_000 / (8 * PAT), 4)}
    kat, nde, luk = (_by(day["by_zone"], "code", code) for code in ("KAT", "NDE", "LUK"))
    assert (kat["assessed"], kat["collected"]) == (7 * PAT, 1_900_000)
    assert (nde["assessed"], nde["collected"], nde["rate"]) == (PAT, 900_000, 0.45)
    assert (luk["assessed"], luk["collected"], luk["rate"]) == (0, 0, None)  # an empty zone keeps its row
    ilunga, mbuyi = (_by(day["by_agent"], "name", n) for n in ("Ilunga Kabeya", "Mbuyi Tshala"))
    assert (ilunga["assessed"], ilunga["collected"]) == (8 * PAT, 1_900_000)  # KAT and NDE are his
    assert (mbuyi["assessed"], mbuyi["collected"]) == (PAT, 900_000)
    assert _by(day["by_tax"], "code", "PAT")["collected"] == 2_800_000
    assert _by(day["by_tax"], "code", "MAR") == {"key": "MAR", "code": "MAR", "name": "Droit de place",
                                                  "assessed": 0, "collected": 0, "in_window": 0, "rate": None}


def test_the_trend_counts_what_was_paid_before_the_window(server, tmp_path):
    cash_day(server, tmp_path)
    token = supervisor_token(server)
    both = _read(server, token, **{"from": "2026-11-24", "to": "2026-11-25"})["days"]
    assert both["before"] == 0
    assert [(d["day"], d["collected"], d["cumulative"]) for d in both["series"]] == [
        ("2026-11-24", 2_800_000, 2_800_000), ("2026-11-25", 300_000, 3_100_000)]
    assert both["series"][1]["by_zone"][ZONE_IDS["KAT"]] == {"collected": 300_000,
                                                             "rate": round(2_200_000 / (7 * PAT), 4)}
    later = _read(server, token, **{"from": "2026-11-25", "to": "2026-11-26"})
    assert later["days"]["before"] == 2_800_000
    assert later["total"]["collected"] == 3_100_000 and later["total"]["in_window"] == 300_000
    assert [d["cumulative"] for d in later["days"]["series"]] == [3_100_000, 3_100_000]


def test_receipts_and_voids_per_agent(server, tmp_path):
    cash_day(server, tmp_path)
    token = supervisor_token(server)
    rows = _read(server, token, **{"from": "2026-11-24", "to": "2026-11-24"})["receipts_by_agent"]
    assert [(r["name"], r["receipts"], r["voids"], r["amount"]) for r in rows] == [
        ("Ilunga Kabeya", 6, 2, 1_900_000), ("Mbuyi Tshala", 1, 0, 900_000)]


def test_devices_oldest_sync_first_with_how_long_ago(server, tmp_path):
    cash_day(server, tmp_path)
    with server.engine.begin() as conn:
        conn.execute(update(devices).where(devices.c.code == "T08").values(last_sync_at="2026-11-20T08:00:00.000Z"))
    token = supervisor_token(server)
    rows = _read(server, token)["devices"]
    assert [(r["code"], r["agents"]) for r in rows] == [("T08", ["Mbuyi Tshala"]), ("T07", ["Ilunga Kabeya"])]
    assert rows[0]["last_sync_at"] == "2026-11-20T08:00:00.000Z" and rows[0]["age_s"] > rows[1]["age_s"]


def test_a_window_that_is_no_run_of_days_is_refused_in_words(server):
    token = supervisor_token(server)
    for params in ({"from": "24/11/2026"}, {"from": "2026-11-25", "to": "2026-11-24"},
                   {"from": "2024-01-01", "to": "2026-01-01"}):
        answer = server.client.get(f"{PREFIX}/dashboard", params=params, headers=auth(token))
        assert answer.status_code == 400 and answer.json()["error"]["code"] == "bad_window", params
    assert len(_read(server, token)["days"]["series"]) == 30  # the default: the last 30 days
