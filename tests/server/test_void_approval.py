"""A void of a receipt from a closed cash session, or recorded more than a day after the payment,
waits for a supervisor: until approved it counts nowhere (verification page, reconciliation, open
data, exports, stats); approved, it counts as any void; rejected, the receipt stands and its cash
is expected. Decisions are immutable rows with who, when and why. Real devices, real pushes, on
SQLite and PostgreSQL."""
from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import delete, update
from sqlalchemy.exc import DBAPIError

from sync.server import admin, voids
from sync.server.cli import main
from sync.server.decisions import DecisionError
from sync.server.db import reading
from sync.server.opendata_month import read_month
from sync.server.opendata_protect import TOTAL
from sync.server.reconcile_ledger import agent_day
from sync.server.schema import receipts, void_decisions, void_requests
from sync.server.supervisor_api import PREFIX
from tests.server.reconcile_support import StepClock, lubumbashi
from tests.server.supervisor_support import SUPERVISOR, supervisor_token
from tests.server.support import auth, enrolled_device, push_all, record_sale
from tests.server.test_verify_page import verdict_box, visible_text

FLOAT = 1_000_000


def _day_with_voids(server, tmp_path):  # noqa: ANN001, ANN202
    """On 24 November (Kananga) T07 takes three cash payments in one session, voids the first while
    the session is open (counts at once), closes, then voids the second (closed session: waits).
    Two days later it voids the third (older than a day, and closed: waits)."""
    clock = StepClock(lubumbashi(24, 8))
    ledger, token = enrolled_device(tmp_path / "t07.db", server, "T07", clock=clock)
    ledger.open_session(FLOAT)
    paid = [record_sale(ledger, name, amount=amount)[1] for name, amount in
            (("Kabasélé Ngoyi Françoise", 100_000), ("Mukendi Awa", 200_000), ("Tshibangu Nsimba", 400_000))]
    ledger.void(paid[0].receipt_no, "erreur de saisie")
    ledger.close_session()
    ledger.void(paid[1].receipt_no, "contribuable remboursé")
    clock.jump(lubumbashi(26, 9))
    ledger.confirm_clock_ahead()  # the agent confirms the date after two days off (core.clockguard)
    ledger.void(paid[2].receipt_no, "doublon constaté")
    push_all(server, token, ledger)
    return ledger, paid


def _verify(server, payment) -> dict:  # noqa: ANN001
    return server.client.get("/api/v1/receipts/verify", params={"token": payment.token}).json()


def _expected(server) -> int:  # noqa: ANN001
    with reading(server.engine) as conn:
        return agent_day(conn, "Ilunga Kabeya", date(2026, 11, 24)).sessions[0].expected_cash


def test_voids_of_a_closed_session_or_older_than_a_day_wait_and_count_nowhere(server, tmp_path):
    _ledger, paid = _day_with_voids(server, tmp_path)
    rows = {r["receipt_no"]: r for r in server.rows(receipts)}
    assert rows[paid[0].receipt_no]["voided_at"] is not None  # open session, same day: at once
    assert rows[paid[1].receipt_no]["voided_at"] is None and rows[paid[2].receipt_no]["voided_at"] is None
    with reading(server.engine) as conn:
        pending = voids.list_voids(conn)
    assert [(v["receipt_no"], v["why"]) for v in pending] == [
        (paid[1].receipt_no, ["closed_session"]), (paid[2].receipt_no, ["closed_session", "older_than_a_day"])]
    first = pending[0]
    assert first["amount"] == 200_000 and first["agent"] == "Ilunga Kabeya" and first["device"] == "T07"
    assert first["reason"] == "contribuable remboursé" and first["status"] == "pending"
    assert first["actions"] == ["approve", "reject"]

    # The verification page: pending in words of its own, in its three languages.
    answer = _verify(server, paid[1])
    assert answer["verdict"] == "recorded" and answer["voided_at"] is None and answer["void_pending"] is True
    for lang, words in (("fr", "annulation demandée, en attente d’approbation"),
                        ("en", "void requested, pending approval"), ("pt", "anulação pedida, a aguardar aprovação")):
        page = server.client.get(f"/v/{paid[1].token}", params={"lang": lang})
        assert verdict_box(page.text) == "wait" and words in visible_text(page.text), lang
    assert verdict_box(server.client.get(f"/v/{paid[0].token}").text) == "bad"

    # Reconciliation: the voided-at-once receipt is not expected; the waiting ones are.
    assert _expected(server) == FLOAT + 200_000 + 400_000
    # Stats and open data count one void only.
    with reading(server.engine) as conn:
        assert admin.stats(conn)["payments_voided"] == 1
        table = read_month(conn, "2026-11", "Africa/Lubumbashi")
    assert _totals(table) == (3, 1, 600_000)


def _totals(table) -> tuple[int, int, int]:  # noqa: ANN001
    """(receipts, voids, amount) of the month's grand total, as the open-data page computes it."""
    total = table.grid[(TOTAL, TOTAL)]
    return total.receipts, total.voids, total.amount


def test_approved_counts_as_a_void_and_rejected_stands(server, tmp_path):
    _ledger, paid = _day_with_voids(server, tmp_path)
    token = supervisor_token(server)
    approved = server.client.post(f"{PREFIX}/voids/{paid[1].receipt_no}/approve", headers=auth(token),
                                  json={"reason": "remboursement vérifié avec le reçu rendu"})
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "approved" and approved.json()["decision"]["by"] == SUPERVISOR
    rejected = server.client.post(f"{PREFIX}/voids/{paid[2].receipt_no}/reject", headers=auth(token),
                                  json={"reason": "pas de doublon dans le registre"})
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"

    assert server.client.get(f"{PREFIX}/voids", headers=auth(token)).json()["voids"] == []
    decided = server.client.get(f"{PREFIX}/voids", params={"status": "decided"}, headers=auth(token)).json()["voids"]
    assert [(v["receipt_no"], v["status"], v["decision"]["reason"]) for v in decided] == [
        (paid[1].receipt_no, "approved", "remboursement vérifié avec le reçu rendu"),
        (paid[2].receipt_no, "rejected", "pas de doublon dans le registre")]

    approved_answer = _verify(server, paid[1])
    assert approved_answer["voided_at"] is not None and approved_answer["void_pending"] is False
    assert verdict_box(server.client.get(f"/v/{paid[1].token}").text) == "bad"
    rejected_answer = _verify(server, paid[2])
    assert rejected_answer["voided_at"] is None and rejected_answer["void_pending"] is False
    assert verdict_box(server.client.get(f"/v/{paid[2].token}").text) == "ok"

    # The approved void was recorded after the closing: as on the Z-report, it does not lower the
    # session's expected cash; the rejected one never counts. Open data and stats count the approval.
    assert _expected(server) == FLOAT + 200_000 + 400_000
    with reading(server.engine) as conn:
        assert admin.stats(conn)["payments_voided"] == 2
        assert _totals(read_month(conn, "2026-11", "Africa/Lubumbashi")) == (3, 2, 400_000)


def test_an_open_session_void_older_than_a_day_waits_and_reconciliation_follows_it(server, tmp_path):
    clock = StepClock(lubumbashi(24, 8))
    ledger, token = enrolled_device(tmp_path / "t07.db", server, "T07", clock=clock)
    ledger.open_session(0)
    paid = record_sale(ledger, amount=300_000)[1]
    clock.jump(lubumbashi(25, 12))  # the session is still open, 28 hours later
    ledger.confirm_clock_ahead()
    ledger.void(paid.receipt_no, "erreur de contribuable")
    push_all(server, token, ledger)
    with reading(server.engine) as conn:
        assert [v["why"] for v in voids.list_voids(conn)] == [["older_than_a_day"]]
    assert _expected(server) == 300_000  # waiting: the cash is expected
    with server.engine.begin() as conn:
        voids.decide(conn, paid.receipt_no, "approve", "client remboursé, reçu rendu", "Kalala Mwamba")
    assert _expected(server) == 0  # approved, within the open session: not expected any more


def test_decisions_need_a_reason_are_final_and_immutable(server, tmp_path):
    _ledger, paid = _day_with_voids(server, tmp_path)
    token = supervisor_token(server)
    for body in ({}, {"reason": "   "}):
        answer = server.client.post(f"{PREFIX}/voids/{paid[1].receipt_no}/approve", headers=auth(token), json=body)
        assert answer.status_code == 400, answer.text
    assert server.client.post(f"{PREFIX}/voids/T07-2026-999999/approve", headers=auth(token),
                              json={"reason": "x"}).status_code == 404
    assert server.client.post(f"{PREFIX}/voids/{paid[0].receipt_no}/approve", headers=auth(token),
                              json={"reason": "x"}).status_code == 404  # voided at once: nothing waits
    assert server.client.post(f"{PREFIX}/voids/{paid[1].receipt_no}/reject", headers=auth(token),
                              json={"reason": "non"}).status_code == 200
    again = server.client.post(f"{PREFIX}/voids/{paid[1].receipt_no}/approve", headers=auth(token),
                               json={"reason": "finalement oui"})
    assert again.status_code == 409 and again.json()["error"]["code"] == "already_decided"
    with server.engine.begin() as conn, pytest.raises(DecisionError, match="reason"):
        voids.decide(conn, paid[2].receipt_no, "approve", "", "Kalala Mwamba")
    for statement in (update(void_decisions).values(action="approve"), delete(void_decisions),
                      update(void_requests).values(reason="autre"), delete(void_requests)):
        with pytest.raises(DBAPIError, match="immutable"):
            with server.engine.begin() as conn:
                conn.execute(statement)
    assert [r["action"] for r in server.rows(void_decisions)] == ["reject"]
    assert len(server.rows(void_requests)) == 2


def test_the_command_line_lists_approves_and_rejects(server, tmp_path, capsys):
    _ledger, paid = _day_with_voids(server, tmp_path)
    base = ["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url]
    assert main([*base, "voids", "list"]) == 0
    text = capsys.readouterr().out
    assert paid[1].receipt_no in text and "agent Ilunga Kabeya" in text and "device T07" in text
    assert "reason given: contribuable remboursé" in text and "closed_session" in text
    assert main([*base, "voids", "approve", paid[1].receipt_no, "--reason", "reçu rendu",
                 "--by", "Kalala Mwamba"]) == 0
    assert "approved: the receipt counts as voided from now on" in capsys.readouterr().out
    assert main([*base, "voids", "reject", paid[2].receipt_no.lower(), "--reason", "pas de doublon",
                 "--by", "Kalala Mwamba", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["decision"]["by"] == "Kalala Mwamba"
    assert main([*base, "voids", "reject", paid[2].receipt_no, "--reason", "encore", "--by", "X"]) == 2
    assert "already rejected by Kalala Mwamba" in capsys.readouterr().err
    assert main([*base, "voids", "list"]) == 0
    assert capsys.readouterr().out.strip() == "No void waits for approval."
    assert main([*base, "voids", "list", "--status", "decided", "--json"]) == 0
    assert [v["status"] for v in json.loads(capsys.readouterr().out)["voids"]] == ["approved", "rejected"]
