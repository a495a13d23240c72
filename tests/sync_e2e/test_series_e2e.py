"""Receipt series end to end (issue 14): the real client enrolls and syncs with the real server,
on SQLite and PostgreSQL; the device prints the codes the server registered, the server keeps the
device's series events, and the verification page shows the excerpt the receipt prints."""
from __future__ import annotations

from sync.server.schema import events as server_events
from sync.server.schema import receipt_series
from tests.server.support import record_sale
from tests.sync_e2e.support import IN_PROCESS_URL, assert_exactly_once, enrolled_device, in_process, sync


def test_enroll_sync_pay_and_the_citizen_compares_the_excerpt(server, tmp_path):
    transport = in_process(server)
    device = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport)
    registered = {r["year"]: r["code"] for r in server.rows(receipt_series)}
    assert device.store.conn.execute("SELECT count(*) FROM receipt_series").fetchone()[0] == 2
    assert dict(device.store.conn.execute("SELECT year, code FROM receipt_series").fetchall()) == registered

    _taxpayer, payment = record_sale(device)
    facts = device.reads.receipt_facts(payment.receipt_no)
    assert facts.series_code == registered[int(payment.receipt_no.split("-")[1])]

    result = sync(device, transport)
    assert result.ok, (result.refused, result.error)
    assert result.series == {"recorded": [], "malformed": 0, "conflicts": []}  # same codes: nothing new
    assert_exactly_once(server, device)
    kept = server.rows(server_events, server_events.c.type == "series.registered")
    assert len(kept) == 2  # the device's series events reached the server with the rest of its chain
    page = server.client.get(f"/v/{payment.token}", params={"lang": "pt"})
    assert "Excerto da assinatura" in page.text and f"<code>{facts.signature_excerpt}</code>" in page.text
    assert device.verify().ok


def test_two_devices_print_different_series_codes(server, tmp_path):
    transport = in_process(server)
    first = enrolled_device(tmp_path / "t07.db", server, IN_PROCESS_URL, transport, code="T07")
    second = enrolled_device(tmp_path / "t08.db", server, IN_PROCESS_URL, transport, code="T08")
    codes = [record_sale(ledger)[1] for ledger in (first, second)]
    printed = [ledger.reads.receipt_facts(p.receipt_no).series_code for ledger, p in zip((first, second), codes)]
    assert None not in printed and printed[0] != printed[1]
