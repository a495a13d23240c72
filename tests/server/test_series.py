"""Receipt series on the server (issue 14, sync/server/series.py): one code per device and year,
registered at enrollment and at every device-status answer, this year and the next."""
from __future__ import annotations

import threading
from datetime import datetime, timezone

from core import series as device_series
from sync.server import series
from sync.server.schema import devices, events, receipt_series
from tests.server.support import auth, enroll, enrolled_device, make_device, push_all, record_sale

ALPHABET = set("ABCDEFGHJKMNPQRSTVWXYZ23456789")


def _this_year_in_lubumbashi() -> int:
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo("Africa/Lubumbashi")).year


def test_enrollment_registers_this_year_and_the_next(server, tmp_path):
    ledger = make_device(tmp_path / "device.db", server)
    answer = enroll(server, ledger, server.enrollment_code("T07"))
    year = _this_year_in_lubumbashi()
    assert [s["year"] for s in answer["series"]] == [year, year + 1]
    for entry in answer["series"]:
        assert len(entry["code"]) == 8 and set(entry["code"]) <= ALPHABET
        assert device_series.SERIES_CODE.match(entry["code"])  # the device accepts what the server makes
        assert entry["registered_at"].endswith("Z")
    rows = server.rows(receipt_series)
    assert {(r["device_id"], r["year"], r["code"]) for r in rows} == \
        {(ledger.device.id, s["year"], s["code"]) for s in answer["series"]}


def test_every_device_status_answers_the_same_codes_and_registers_nothing_twice(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    first = server.client.get("/api/v1/device", headers=auth(token)).json()["series"]
    again = server.client.get("/api/v1/device", headers=auth(token)).json()["series"]
    assert first == again and len(first) == 2
    assert len(server.rows(receipt_series)) == 2


def test_two_devices_get_different_codes(server, tmp_path):
    first, _ = enrolled_device(tmp_path / "a.db", server, code="T07")
    second, _ = enrolled_device(tmp_path / "b.db", server, code="T08")
    rows = server.rows(receipt_series)
    assert len(rows) == 4 and len({r["code"] for r in rows}) == 4
    assert {r["device_id"] for r in rows} == {first.device.id, second.device.id}


def test_the_year_is_the_municipality_s_not_utc(server):
    """22:30 UTC on 31 December is already 1 January in Lubumbashi (UTC+2)."""
    late = datetime(2026, 12, 31, 22, 30, tzinfo=timezone.utc)
    with server.engine.begin() as conn:
        assert series.current_year(conn, late) == 2027
        registered = series.register_ahead(conn, "01938a00-0000-7000-8000-0000000000aa", late)
    assert [s["year"] for s in registered] == [2027, 2028]


def test_a_worker_that_loses_the_race_reads_the_winner_s_code(server, monkeypatch):
    """Another worker inserts between this one's look and its insert: the unique (device, year)
    refuses the second row, in a savepoint, and the first code is the one kept and answered."""
    device_id = "01938a00-0000-7000-8000-0000000000bb"
    with server.engine.begin() as conn:
        series.register(conn, device_id, 2026)
    [winner] = server.rows(receipt_series)
    looks = iter([None])
    real = series._code_of
    monkeypatch.setattr(series, "_code_of", lambda conn, d, y: next(looks, None) or real(conn, d, y))
    with server.engine.begin() as conn:
        series.register(conn, device_id, 2026)
        assert series.series_of(conn, device_id) == [
            {"year": 2026, "code": winner["code"], "registered_at": winner["registered_at"]}]


def test_a_code_another_device_holds_is_drawn_again(server, monkeypatch):
    with server.engine.begin() as conn:
        series.register(conn, "01938a00-0000-7000-8000-0000000000cc", 2026)
    [taken] = server.rows(receipt_series)
    draws = iter([taken["code"], "ZZZZ2345"])
    monkeypatch.setattr(series, "new_code", lambda: next(draws))
    with server.engine.begin() as conn:
        series.register(conn, "01938a00-0000-7000-8000-0000000000dd", 2026)
    codes = {r["device_id"][-2:]: r["code"] for r in server.rows(receipt_series)}
    assert codes == {"cc": taken["code"], "dd": "ZZZZ2345"}


def test_workers_registering_at_once_make_one_code_per_year(server, tmp_path):
    enrolled_device(tmp_path / "device.db", server)
    with server.engine.begin() as conn:  # start from nothing, so the threads race for the first insert
        conn.execute(receipt_series.delete())
    [device] = server.rows(devices)
    device_id = device["id"]
    answers: list[list[dict]] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with server.engine.begin() as conn:
                answers.append(series.register_ahead(conn, device_id))
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(server.rows(receipt_series)) == 2
    assert all(answer == answers[0] for answer in answers)


def test_the_verification_page_shows_the_printed_signature_excerpt(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    _taxpayer, payment = record_sale(ledger)
    push_all(server, token, ledger)
    excerpt = ledger.reads.receipt_facts(payment.receipt_no).signature_excerpt
    assert len(excerpt) == 4
    page = server.client.get(f"/v/{payment.token}", params={"lang": "fr"})
    assert page.status_code == 200
    assert "Extrait de signature" in page.text and f"<code>{excerpt}</code>" in page.text
    # The server computes it from the signature it stored: the payment event's, by the documented rule.
    [stored] = server.rows(events.c.signature, events.c.device_id == ledger.device.id,
                           events.c.type == "payment.recorded")
    assert device_series.signature_excerpt(stored["signature"]) == excerpt
    answer = server.client.get("/api/v1/receipts/verify", params={"token": payment.token}).json()
    assert answer["verdict"] == "recorded" and answer["receipt"]["signature_excerpt"] == excerpt


def test_a_sync_in_a_new_year_registers_the_year_after(server, tmp_path):
    ledger, _token = enrolled_device(tmp_path / "device.db", server)
    year = _this_year_in_lubumbashi()
    next_june = datetime(year + 1, 6, 1, 9, 0, tzinfo=timezone.utc)
    kept = series.kept_ahead(server.engine, ledger.device.id, next_june)
    assert [s["year"] for s in kept] == [year, year + 1, year + 2]
    assert series.kept_ahead(server.engine, ledger.device.id, next_june) == kept  # nothing more to register
