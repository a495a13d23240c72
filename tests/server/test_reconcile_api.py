"""The supervisor's reconciliation API (issue 11) on a day of cash pushed by real devices: the
day's view of every agent, one agent's detail, the sign-off as the logged-in supervisor, a
shortfall that stays until a further sign-off settles it. SQLite and PostgreSQL. (A device token
refused on each of these routes: tests/server/test_supervisor_auth.py walks them all.)"""
from __future__ import annotations

import json

import pytest

from sync.server.reconcile_signoff import signature_valid
from sync.server.schema import cash_signoffs
from sync.server.supervisor_api import PREFIX
from tests.server.reconcile_support import DAY, FLOAT, cash_day
from tests.server.supervisor_support import SUPERVISOR, supervisor_token
from tests.server.support import auth

URL = f"{PREFIX}/reconciliation"


@pytest.fixture
def setup(server, tmp_path):  # noqa: ANN001, ANN201
    day = cash_day(server, tmp_path)
    return day, auth(supervisor_token(server))


def _ids(server, headers) -> dict[str, dict]:  # noqa: ANN001
    answer = server.client.get(URL, params={"date": DAY}, headers=headers)
    assert answer.status_code == 200, answer.text
    return {row["agent"]: row for row in answer.json()["agents"]}


def _sign(server, headers, agent_id, count, note=None):  # noqa: ANN001, ANN202
    return server.client.post(f"{URL}/{agent_id}/sign-off", headers=headers,
                              json={"date": DAY, "count": count, "note": note})


def test_the_day_view_gives_every_agents_expected_cash_and_z_reports(server, setup):
    day, headers = setup
    rows = _ids(server, headers)
    assert list(rows) == ["Ilunga Kabeya", "Mbuyi Tshala"]
    ilunga = rows["Ilunga Kabeya"]
    # Float 50 000 + 3 valid cash receipts of 5 000 in the first session, 2 000 in the second.
    assert ilunga["expected_cash"] == day.expected == FLOAT + 1_500_000 + 200_000
    assert (ilunga["sessions"], ilunga["z_reports"], ilunga["z_matches"]) == (2, 2, True)
    assert ilunga["z_expected_cash"] == day.first.expected_cash + day.second.expected_cash
    # Nothing handed in yet: all of it is outstanding, and nobody has signed.
    assert (ilunga["counted"], ilunga["variance"], ilunga["signed_off"]) == (0, -day.expected, False)
    assert rows["Mbuyi Tshala"]["expected_cash"] == 1_000_000 + 900_000
    # The next day only Ilunga's early-morning session; a day without activity lists nobody.
    nxt = server.client.get(URL, params={"date": "2026-11-25"}, headers=headers).json()["agents"]
    assert [(r["agent"], r["expected_cash"]) for r in nxt] == [("Ilunga Kabeya", 300_000)]
    assert server.client.get(URL, params={"date": "2026-11-20"}, headers=headers).json()["agents"] == []


def test_the_detail_gives_sessions_denominations_and_sign_offs(server, setup):
    day, headers = setup
    agent_id = _ids(server, headers)["Ilunga Kabeya"]["agent_id"]
    detail = server.client.get(f"{URL}/{agent_id}", params={"date": DAY}, headers=headers).json()
    assert [s["session_id"] for s in detail["sessions"]] == [day.first.session_id, day.second.session_id]
    assert [s["z_expected_cash"] for s in detail["sessions"]] == [day.first.expected_cash, day.second.expected_cash]
    assert detail["expected_cash"] == day.expected and detail["currency"] == "CDF"
    assert [d["face"] for d in detail["denominations"]][:3] == ["20000", "10000", "5000"]
    assert detail["denominations"][0] == {"face": "20000", "value": 2_000_000, "kind": "note"}
    assert detail["sign_offs"] == []


def test_an_agent_who_kept_part_of_the_cash_shows_a_variance_until_a_second_sign_off(server, setup):
    day, headers = setup
    agent_id = _ids(server, headers)["Ilunga Kabeya"]["agent_id"]
    # Handed in: 3 × 20 000 + 1 × 5 000 = 65 000 CDF against 67 000: 2 000 short. Zeros are not counted.
    first = _sign(server, headers, agent_id, {"20000": 3, "10000": 0, "5000": 1}, "2 000 CDF manquants")
    assert first.status_code == 200, first.text
    signed = first.json()["signed"]["record"]
    assert (signed["counted"], signed["variance"], signed["status"]) == (6_500_000, -200_000, "shortfall")
    assert signed["signed_by"] == SUPERVISOR and signed["signed_by_account"] == "supervisor"
    assert [(line["face"], line["pieces"]) for line in signed["count"]] == [("20000", 3), ("5000", 1)]
    row = _ids(server, headers)["Ilunga Kabeya"]
    assert (row["counted"], row["variance"], row["status"], row["signed_off"]) == (6_500_000, -200_000,
                                                                                    "shortfall", True)
    # The shortfall is still there the next day, as an open day of that agent.
    nxt = {r["agent"]: r for r in server.client.get(URL, params={"date": "2026-11-25"}, headers=headers)
           .json()["agents"]}
    assert nxt["Ilunga Kabeya"]["open_days"] == [{"day": DAY, "variance": -200_000, "number": 1}]
    # The agent brings the 2 000 later: a further record, numbered 2, naming the first; the first is untouched.
    second = _sign(server, headers, agent_id, {"1000": 2}, "complément remis")
    assert second.status_code == 200, second.text
    record = second.json()["signed"]["record"]
    assert (record["number"], record["previous"], record["handed_in_before"], record["variance"]) == \
        (2, signed["id"], 6_500_000, 0)
    row = _ids(server, headers)["Ilunga Kabeya"]
    assert (row["counted"], row["variance"], row["status"], row["sign_offs"]) == (day.expected, 0, "balanced", 2)
    assert server.client.get(URL, params={"date": "2026-11-25"}, headers=headers).json()["agents"][0]["open_days"] == []
    rows = server.rows(cash_signoffs)
    assert json.loads(rows[0]["record"]) == signed
    assert all(signature_valid(r["record"], r["signature"], day.server_public_key) for r in rows)
    detail = server.client.get(f"{URL}/{agent_id}", params={"date": DAY}, headers=headers).json()
    assert [(s["record"]["number"], s["signature_valid"]) for s in detail["sign_offs"]] == [(1, True), (2, True)]


@pytest.mark.parametrize("body, status, code", [
    ({"date": DAY, "count": {"7000": 1}}, 400, "denomination_unknown"),
    ({"date": DAY, "count": {"20000": -2}}, 400, "count_invalid"),
    ({"date": DAY, "count": {"20000": 100_001}}, 400, "count_absurd"),
    ({"date": DAY, "count": {"20000": "3"}}, 400, "bad_request"),
    ({"date": "24/11/2026", "count": {"20000": 3}}, 400, "date_invalid"),
    ({"date": DAY, "count": {"20000": 3}, "note": "=cmd|' /C calc'!A0\x00"}, 400, "refused"),
])
def test_a_bad_sign_off_is_refused_in_words_and_records_nothing(server, setup, body, status, code):
    _day, headers = setup
    agent_id = _ids(server, headers)["Ilunga Kabeya"]["agent_id"]
    answer = server.client.post(f"{URL}/{agent_id}/sign-off", headers=headers, json=body)
    assert (answer.status_code, answer.json()["error"]["code"]) == (status, code), answer.text
    assert answer.json()["error"]["message"]
    assert server.rows(cash_signoffs) == []


def test_an_unknown_agent_or_day_without_sign_off_is_a_clear_404(server, setup):
    _day, headers = setup
    agent_id = _ids(server, headers)["Ilunga Kabeya"]["agent_id"]
    unknown = "01938a00-0000-7000-8000-0000000000aa"
    answer = server.client.get(f"{URL}/{unknown}", params={"date": DAY}, headers=headers)
    assert (answer.status_code, answer.json()["error"]["code"]) == (404, "agent_unknown")
    answer = server.client.get(f"{URL}/{agent_id}/handover.pdf", params={"date": DAY}, headers=headers)
    assert (answer.status_code, answer.json()["error"]["code"]) == (404, "sign_off_unknown")
    _sign(server, headers, agent_id, {"20000": 3})
    answer = server.client.get(f"{URL}/{agent_id}/handover.pdf", params={"date": DAY, "number": 2}, headers=headers)
    assert answer.status_code == 404
    pdf = server.client.get(f"{URL}/{agent_id}/handover.pdf", params={"date": DAY, "number": 1}, headers=headers)
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")
