"""The alert queue: integrity alerts raised by push and alerts computed from what the server holds
(a device silent too long, a clock off), each with its own actions; a decision is an immutable row
with who, when and why, and an alert that happens again after one comes back. Real devices and
real pushes, on SQLite and PostgreSQL, through the API and the command line."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete, update
from sqlalchemy.exc import DBAPIError

from core.clock import iso, utc_now
from sync.server import alerts, server_settings
from sync.server.clock_drift import drift_of
from sync.server.cli import main
from sync.server.schema import alert_decisions, devices
from sync.server.supervisor_api import PREFIX
from tests.server.supervisor_support import SUPERVISOR, supervisor_token
from tests.server.support import auth, enrolled_device, push, push_all, record_sale, wire_events
from tests.server.test_tamper import _edit_amount, _payment_index


def _open(server, token) -> list[dict]:  # noqa: ANN001
    answer = server.client.get(f"{PREFIX}/alerts", headers=auth(token))
    assert answer.status_code == 200, answer.text
    return answer.json()["alerts"]


def _decide(server, token, alert_id, action, reason="vérifié sur place"):  # noqa: ANN001, ANN202
    return server.client.post(f"{PREFIX}/alerts/{alert_id}/decide", headers=auth(token),
                              json={"action": action, "reason": reason})


def _tampered(server, tmp_path):  # noqa: ANN001, ANN202
    ledger, device_token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger, amount=500_000)
    batch = wire_events(ledger)
    i = _payment_index(batch)
    batch[i] = _edit_amount(batch[i], 5_000)
    assert push(server, device_token, batch).status_code == 409
    return ledger, device_token


def test_a_tamper_alert_is_listed_with_its_actions_and_resume_lifts_the_stop(server, tmp_path):
    ledger, device_token = _tampered(server, tmp_path)
    token = supervisor_token(server)
    [alert] = _open(server, token)
    assert alert["kind"] == "chain_broken" and alert["category"] == "tamper" and alert["device"] == "T07"
    assert alert["agents"] == ["Ilunga Kabeya"] and "does not chain" in alert["what"]
    assert alert["actions"] == ["acknowledge", "revoke", "resume"] and alert["device_stopped"] == "chain_broken"

    refused = _decide(server, token, alert["id"], "resume", reason="  ")
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "reason_required"
    done = _decide(server, token, alert["id"], "resume", "montant corrigé par erreur, appareil vérifié")
    assert done.status_code == 200, done.text
    assert done.json()["decision"]["by"] == SUPERVISOR and done.json()["decision"]["action"] == "resume"
    assert _open(server, token) == []
    assert server.rows(devices)[0]["stopped_reason"] is None
    push_all(server, device_token, ledger)  # the genuine chain goes through once the stop is lifted

    decided = server.client.get(f"{PREFIX}/alerts", params={"status": "decided"}, headers=auth(token)).json()
    assert [(a["id"], a["decision"]["reason"]) for a in decided["alerts"]] == [
        (alert["id"], "montant corrigé par erreur, appareil vérifié")]
    again = _decide(server, token, alert["id"], "acknowledge")
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_decided"


def test_a_new_refusal_after_a_decision_is_a_new_alert_and_revoke_revokes(server, tmp_path):
    ledger, device_token = _tampered(server, tmp_path)
    token = supervisor_token(server)
    first = _open(server, token)[0]
    assert _decide(server, token, first["id"], "resume").status_code == 200
    batch = wire_events(ledger)
    i = _payment_index(batch)
    batch[i] = _edit_amount(batch[i], 7_000)
    assert push(server, device_token, batch).status_code == 409
    [second] = _open(server, token)
    assert second["kind"] == "chain_broken" and second["id"] != first["id"]
    wrong = _decide(server, token, second["id"], "delete")
    assert wrong.status_code == 400
    assert _decide(server, token, second["id"], "revoke", "appareil perdu, jeton retiré").status_code == 200
    assert server.rows(devices)[0]["revoked_at"] is not None
    assert push(server, device_token, wire_events(ledger)).status_code == 403
    assert _open(server, token) == []  # a revoked device is not watched for syncs or its clock


def test_a_device_silent_for_n_days_is_flagged_once_per_silence(server, tmp_path):
    ledger, device_token = enrolled_device(tmp_path / "device.db", server)
    record_sale(ledger)
    push_all(server, device_token, ledger)
    token = supervisor_token(server)
    assert _open(server, token) == []
    five_days_ago = iso(utc_now() - timedelta(days=5))
    with server.engine.begin() as conn:
        conn.execute(update(devices).values(last_sync_at=five_days_ago))
    [alert] = _open(server, token)
    assert alert["kind"] == "no_sync" and alert["facts"]["days"] == 5 and alert["actions"] == ["acknowledge", "revoke"]
    assert "no sync for 5 days" in alert["what"]
    with server.engine.begin() as conn:  # the threshold is a supervisor's setting
        server_settings.put(conn, "alerts.no_sync_days", 7, SUPERVISOR)
    assert _open(server, token) == []
    with server.engine.begin() as conn:
        server_settings.put(conn, "alerts.no_sync_days", 3, SUPERVISOR)
    assert _decide(server, token, alert["id"], "acknowledge", "agent en congé, prévenu").status_code == 200
    assert _open(server, token) == []  # the same silence stays decided
    record_sale(ledger, name="Mukendi Awa")
    push_all(server, device_token, ledger)
    four_days_ago = iso(utc_now() - timedelta(days=4))
    with server.engine.begin() as conn:  # it synced, then fell silent again: a new silence
        conn.execute(update(devices).values(last_sync_at=four_days_ago))
    [again] = _open(server, token)
    assert again["kind"] == "no_sync" and again["id"] != alert["id"]


def test_a_clock_ahead_or_behind_is_measured_from_device_time_and_arrival(server, tmp_path):
    ahead = lambda: utc_now() + timedelta(minutes=30)  # noqa: E731
    ledger, device_token = enrolled_device(tmp_path / "t07.db", server, "T07", clock=ahead)
    record_sale(ledger)
    push_all(server, device_token, ledger)
    offset = {"minutes": -40}
    behind = lambda: utc_now() + timedelta(minutes=offset["minutes"])  # noqa: E731
    other, other_token = enrolled_device(tmp_path / "t08.db", server, "T08", agent="Mbuyi Tshala", clock=behind)
    record_sale(other, name="Ntumba Beya", zone="NDE")
    push_all(server, other_token, other)
    token = supervisor_token(server)
    found = {a["device"]: a for a in _open(server, token)}
    assert found["T07"]["kind"] == "clock_drift" and found["T07"]["facts"]["direction"] == "ahead"
    assert 29 <= found["T07"]["facts"]["minutes"] <= 30 and found["T07"]["actions"] == ["acknowledge"]
    assert found["T08"]["facts"]["direction"] == "behind" and 40 <= found["T08"]["facts"]["minutes"] <= 41
    with server.engine.begin() as conn:
        server_settings.put(conn, "alerts.clock_drift_minutes", 45, SUPERVISOR)
    assert _open(server, token) == []
    with server.engine.begin() as conn:
        server_settings.put(conn, "alerts.clock_drift_minutes", 10, SUPERVISOR)

    assert _decide(server, token, found["T08"]["id"], "acknowledge", "horloge à régler demain").status_code == 200
    record_sale(other, name="Kalala Odia", zone="NDE")
    push_all(server, other_token, other)  # still behind: the same stretch, still decided
    assert [a["device"] for a in _open(server, token)] == ["T07"]
    offset["minutes"] = 0  # the agent sets the clock right: the next push clears it
    record_sale(other, name="Banza Mwamba", zone="NDE")
    push_all(server, other_token, other)
    assert [a["device"] for a in _open(server, token)] == ["T07"]
    offset["minutes"] = 25  # then it runs ahead: a new drift, a new alert
    record_sale(other, name="Lukusa Mbayo", zone="NDE")
    push_all(server, other_token, other)
    back = {a["device"]: a for a in _open(server, token)}["T08"]
    assert back["facts"]["direction"] == "ahead" and back["id"] != found["T08"]["id"]


def test_a_drift_that_stops_and_starts_again_is_a_new_stretch():
    limit = 600
    pushes = [("2026-11-20T10:00:00.000Z", 1800.0), ("2026-11-20T11:00:00.000Z", 1790.0)]
    first = drift_of(pushes, limit)
    assert first.direction == "ahead" and first.since == "2026-11-20T10:00:00.000Z"
    pushes.append(("2026-11-20T12:00:00.000Z", -3.0))  # set right: its own events are on time
    assert drift_of(pushes, limit) is None
    pushes.append(("2026-11-20T13:00:00.000Z", 1200.0))
    assert drift_of(pushes, limit).since == "2026-11-20T13:00:00.000Z"
    # Behind is judged over a day of pushes: one sync long after recording does not flag a clock
    # whose earlier pushes that day arrived promptly.
    late = [("2026-11-21T08:00:00.000Z", -20.0), ("2026-11-21T18:00:00.000Z", -7200.0)]
    assert drift_of(late, limit) is None
    assert drift_of(late[1:], limit).direction == "behind"


def test_decisions_are_immutable_rows(server, tmp_path):
    _tampered(server, tmp_path)
    token = supervisor_token(server)
    assert _decide(server, token, _open(server, token)[0]["id"], "acknowledge").status_code == 200
    for statement in (update(alert_decisions).values(reason="autre"), delete(alert_decisions)):
        with pytest.raises(DBAPIError, match="immutable"):
            with server.engine.begin() as conn:
                conn.execute(statement)
    [row] = server.rows(alert_decisions)
    assert row["decided_by"] == SUPERVISOR and json.loads(row["snapshot"])["kind"] == "chain_broken"


def test_the_command_line_lists_and_decides(server, tmp_path, capsys):
    _tampered(server, tmp_path)
    base = ["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url]
    assert main([*base, "alerts", "list", "--json"]) == 0
    [alert] = json.loads(capsys.readouterr().out)["alerts"]
    assert main([*base, "alerts", "list"]) == 0
    text = capsys.readouterr().out
    assert alert["id"] in text and "chain_broken" in text and "actions: acknowledge, revoke, resume" in text
    assert main([*base, "alerts", "decide", alert["id"], "--action", "acknowledge", "--reason", "",
                 "--by", "Kalala Mwamba"]) == 2
    assert "needs a reason" in capsys.readouterr().err
    assert main([*base, "alerts", "decide", alert["id"], "--action", "acknowledge", "--reason",
                 "appareil contrôlé", "--by", "Kalala Mwamba"]) == 0
    assert "acknowledge, recorded for Kalala Mwamba" in capsys.readouterr().out
    assert main([*base, "alerts", "list"]) == 0
    assert capsys.readouterr().out.strip() == "No open alert."
    assert main([*base, "alerts", "list", "--status", "decided"]) == 0
    assert "acknowledge by Kalala Mwamba" in capsys.readouterr().out
    with server.engine.begin() as conn:
        assert alerts.open_alerts(conn, now=datetime.now(timezone.utc)) == []
