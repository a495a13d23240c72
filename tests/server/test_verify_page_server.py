"""The verification page mounted in the real server app, over its database (SQLite and PostgreSQL):
a real device pushes its payments, and the page and its JSON twin answer from what was stored."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from core.token import verification_code
from sync.server import enrollment
from tests.server.support import enrolled_device, payload_of, push_all, record_sale, wire_events
from tests.server.test_verify_page import verdict_box, visible_text
from tests.server.verify_support import altered


def _verdict(server, **params) -> dict:  # noqa: ANN001
    response = server.client.get("/api/v1/receipts/verify", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_pushed_payment_is_recorded_and_a_later_one_not_synced(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    _taxpayer, pushed = record_sale(ledger, amount=750_000)
    push_all(server, token, ledger)
    _taxpayer, pending = record_sale(ledger, name="Ilunga Mwamba Odette", amount=300_000)

    page = server.client.get(f"/v/{pushed.token}")
    assert page.status_code == 200 and verdict_box(page.text) == "ok"
    text = visible_text(page.text)
    assert "Reçu authentique, enregistré par la commune" in text and "Commune de Kananga" in text
    assert pushed.receipt_no in text and "Patente" in text and "sept mille cinq cents francs congolais" in text
    assert "K. N. Françoise" in text and "Kabasélé" not in text
    recorded = _verdict(server, token=pushed.token)
    assert recorded["verdict"] == "recorded" and recorded["voided_at"] is None
    assert recorded["receipt"]["amount"] == 750_000 and recorded["receipt"]["tax_labels"] == {"fr": "Patente"}

    waiting = server.client.get(f"/v/{pending.token}")
    assert verdict_box(waiting.text) == "wait"
    assert "Reçu authentique, pas encore reçu par la commune" in visible_text(waiting.text)
    assert "Odette" not in waiting.text
    answer = _verdict(server, token=pending.token)
    assert answer["verdict"] == "not_synced" and answer["receipt"]["taxpayer"] is None
    assert answer["receipt"]["tax_labels"] == {"fr": "Patente"}

    push_all(server, token, ledger)  # the next sync: the same paper now reads as recorded
    assert _verdict(server, token=pending.token)["verdict"] == "recorded"


def test_a_pushed_void_says_voided_with_its_date(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    _taxpayer, payment = record_sale(ledger)
    ledger.void(payment.receipt_no, "erreur de montant")
    push_all(server, token, ledger)
    void_event = next(payload_of(e) for e in wire_events(ledger) if payload_of(e)["type"] == "payment.voided")

    answer = _verdict(server, token=payment.token)
    assert answer["verdict"] == "recorded" and answer["voided_at"] == void_event["device_time"]
    page = server.client.get(f"/v/{payment.token}", params={"lang": "en"})
    assert verdict_box(page.text) == "bad"
    moment = datetime.fromisoformat(void_event["device_time"].replace("Z", "+00:00"))
    local = moment.astimezone(ZoneInfo("Africa/Lubumbashi"))
    assert f"Genuine receipt, voided on {local.day} {local:%B %Y}" in visible_text(page.text)


def test_number_and_code_find_a_pushed_receipt_and_nothing_else(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    _taxpayer, payment = record_sale(ledger)
    _taxpayer, other = record_sale(ledger, name="Tshala Mbuyi Jean-Pierre")
    push_all(server, token, ledger)
    code = verification_code(payment.token)

    typed = server.client.get("/v/", params={"number": payment.receipt_no.lower(), "code": code.lower()})
    assert typed.status_code == 200 and verdict_box(typed.text) == "ok" and "K. N. Françoise" in typed.text
    answer = _verdict(server, number=payment.receipt_no, code=code)
    assert answer["verdict"] == "recorded" and answer["receipt"]["number"] == payment.receipt_no
    wrong = server.client.get("/api/v1/receipts/verify",
                              params={"number": payment.receipt_no, "code": verification_code(other.token)})
    unknown = server.client.get("/api/v1/receipts/verify", params={"number": "T07-2026-999999", "code": code})
    assert wrong.status_code == unknown.status_code == 404 and wrong.json() == unknown.json()


def test_a_revoked_devices_receipts_stay_genuine_and_a_forgery_does_not(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    _taxpayer, payment = record_sale(ledger)
    push_all(server, token, ledger)
    with server.engine.begin() as conn:
        enrollment.revoke(conn, "T07")
    assert _verdict(server, token=payment.token)["verdict"] == "recorded"
    forged = altered(payment.token, amount=50_000_000)
    assert _verdict(server, token=forged) == {"verdict": "forged", "receipt": None, "voided_at": None,
                                                     "void_pending": False}
    assert verdict_box(server.client.get(f"/v/{forged}").text) == "bad"


def test_the_number_and_code_limit_is_shared_by_every_app_over_one_database(server_factory, tmp_path):
    """Two app processes (workers) over one database count one citizen's attempts together."""
    first = server_factory(verify_attempts=3)
    second = server_factory(verify_attempts=3)
    ledger, token = enrolled_device(tmp_path / "device.db", first)
    _taxpayer, payment = record_sale(ledger)
    push_all(first, token, ledger)
    code = verification_code(payment.token)
    for attempt, app in enumerate((first, second, first)):
        miss = app.client.get("/v/", params={"number": f"T07-2026-99999{attempt}", "code": code})
        assert miss.status_code == 404
    refused = second.client.get("/api/v1/receipts/verify", params={"number": payment.receipt_no, "code": code})
    assert refused.status_code == 429 and refused.json()["error"]["code"] == "rate_limited"
    assert int(refused.headers["retry-after"]) >= 1
    assert second.client.get(f"/v/{payment.token}").status_code == 200  # a scanned QR is never limited


def test_a_device_enrolled_after_its_receipt_was_checked_is_then_known(server, tmp_path):
    """A key looked up and not found is asked again next time: the device may enroll meanwhile."""
    from tests.server.support import enroll, make_device

    ledger = make_device(tmp_path / "device.db", server, code="T09")
    _taxpayer, payment = record_sale(ledger)  # recorded before the device is enrolled
    assert _verdict(server, token=payment.token)["verdict"] == "forged"
    enroll(server, ledger, server.enrollment_code("T09"))
    assert _verdict(server, token=payment.token)["verdict"] == "not_synced"
    assert _verdict(server, token=payment.token)["verdict"] == "not_synced"  # and again, from the kept key
