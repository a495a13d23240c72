"""The public open-data page in the real server app over its database (SQLite and PostgreSQL),
with a month seeded by a real device (tests/server/opendata_support.py): the figures, what is
hidden and that nothing hidden can be worked out from all that is published, the languages, and
the answers to addresses that are no month."""
from __future__ import annotations

import re
import time
from datetime import timedelta

import pytest

from core.money import format_money
from sync.server import voids
from tests.server.support import push_all
from tests.server.opendata_support import (NOVEMBER, OCTOBER_AMOUNT, VOIDED_AMOUNT, csv_grid, csv_rows,
                                           published_grid, seed)
from tests.server.test_verify_page import visible_text
from tests.unit.test_opendata_protect import grid_of, recovered

TOTAL = None


@pytest.fixture
def seeded(server, tmp_path):  # noqa: ANN001, ANN201
    return server, seed(server, tmp_path)


def _expected() -> dict:
    """November's amounts as the seed paid them, with totals (the voided receipt left out)."""
    sums: dict = {}
    for (zone, tax), amounts in NOVEMBER.items():
        for position in ((zone, tax), (zone, TOTAL), (TOTAL, tax), (TOTAL, TOTAL)):
            sums[position] = sums.get(position, 0) + sum(amounts)
    return sums


def test_a_months_figures_by_zone_and_tax_with_counts_and_the_small_cell_hidden(seeded):
    server, _seed = seeded
    document = server.client.get("/open-data/2026-11.json").json()
    cells = {(c["zone"], c["tax"]): c for c in document["cells"]}
    assert cells[("KAT", "PAT")]["receipts"] == 7 and cells[("KAT", "PAT")]["voids"] == 1
    assert cells[("KAT", "MAR")]["amount"] is None and cells[("KAT", "MAR")]["receipts"] == 2  # 2 taxpayers
    # KAT/MAR alone in its row gets KAT/PAT, the row's smallest other amount; alone in its column
    # it gets NDE/MAR; NDE/PAT then closes the square. Every total stays public.
    assert {key for key, cell in cells.items() if cell["amount"] is None} == {
        ("KAT", "MAR"), ("KAT", "PAT"), ("NDE", "MAR"), ("NDE", "PAT")}
    assert all(t["amount"] is not None for t in document["zone_totals"] + document["tax_totals"])
    assert cells[("LUK", "PAT")] == {"zone": "LUK", "tax": "PAT", "receipts": 0, "voids": 0, "amount": 0}
    assert document["total"]["receipts"] == 20 and document["total"]["voids"] == 1
    grid, zones, taxes = published_grid(document)
    expected = _expected()
    shown = {p: a for p, a in grid.items() if a is not None and p in expected}
    assert shown and all(expected[p] == a for p, a in shown.items())
    assert grid[(None, None)] == sum(sum(a) for a in NOVEMBER.values())  # the grand total stays public
    assert VOIDED_AMOUNT not in grid.values() and not any(a == OCTOBER_AMOUNT for a in grid.values())
    assert document["month"] == "2026-11" and document["currency"] == "CDF" and document["minor_digits"] == 2
    assert document["starts"] == "2026-11-01T00:00:00+02:00" and document["counted_by"] == "paid_at"

    # 23:30 on 31 October in Kananga is October: one receipt there, its amount hidden (1 taxpayer).
    october = server.client.get("/open-data/2026-10.json").json()
    assert october["total"]["receipts"] == 1 and october["total"]["amount"] is None


def test_nothing_hidden_can_be_worked_out_from_the_page_the_csv_and_the_json(seeded):
    server, seed_data = seeded
    document = server.client.get("/open-data/2026-11.json").json()
    rows = csv_rows(server.client.get("/open-data/2026-11.csv").text)
    grid, zones, taxes = published_grid(document)
    assert csv_grid(rows) == grid  # the two downloads publish the same amounts
    hidden = frozenset(p for p, amount in grid.items() if amount is None)
    assert ("KAT", "MAR") in hidden and len(hidden) >= 4  # the small cell and its secondaries
    # The attacker gets every published amount and the equations of every row and column; the
    # true amounts (from the seed) make the equations consistent.
    payments = [(z, t, f"{z}{t}{n}", a) for (z, t), amounts in NOVEMBER.items() for n, a in enumerate(amounts)]
    truth = grid_of(payments, zones, taxes)
    for position, amount in grid.items():
        if amount is not None:
            assert truth[position].amount == amount
    assert recovered(truth, hidden, zones, taxes) == {}
    # The page shows the same: a dash where the JSON has null, the amount where it has one.
    page = visible_text(server.client.get("/open-data/2026-11", params={"lang": "en"}).text)
    assert "—" in page and "at least 5 taxpayers" in page
    for position, amount in grid.items():
        if amount:
            assert format_money(amount, "CDF", "en") in page, position
    hidden_amounts = {truth[p].amount for p in hidden}
    assert not any(format_money(a, "CDF", "en") in page for a in hidden_amounts)


def test_no_personal_data_anywhere(seeded):
    server, seed_data = seeded
    bodies = [server.client.get(path, params=params).text for path, params in (
        ("/open-data", {}), ("/open-data/2026-11", {}), ("/open-data/2026-11", {"lang": "pt"}),
        ("/open-data/2026-11.csv", {}), ("/open-data/2026-11.json", {}), ("/open-data/2026-10", {}))]
    secrets = [*seed_data.names, *seed_data.receipt_numbers, *seed_data.taxpayer_ids, seed_data.device_id,
               "Ilunga", "Kabeya", "T07-", "+243", "erreur de montant"]
    for body in bodies:
        for secret in secrets:
            assert secret not in body, secret
        for word in ("Kabasélé", "Contribuable", "Odette"):
            assert word not in body


@pytest.mark.parametrize(("lang", "title", "month"), [
    ("fr", "Collecté en novembre 2026", "novembre 2026"),
    ("en", "Collected in November 2026", "November 2026"),
    ("pt", "Cobrado em novembro de 2026", "novembro de 2026")])
def test_the_page_speaks_french_english_and_portuguese(seeded, lang, title, month):
    server, _seed = seeded
    by_header = server.client.get("/open-data/2026-11", headers={"Accept-Language": f"{lang};q=0.9"})
    by_link = server.client.get("/open-data/2026-11", params={"lang": lang}, headers={"Accept-Language": "de"})
    for response in (by_header, by_link):
        assert response.status_code == 200
        assert f'<html lang="{lang}">' in response.text
        text = visible_text(response.text)
        assert title in text and "Commune de Kananga" in text
        assert format_money(sum(sum(a) for a in NOVEMBER.values()), "CDF", lang) in text
        assert "<script" not in response.text.lower()
        assert len(response.content) < 20_000  # small: opens fast on a cheap phone
    index = visible_text(server.client.get("/open-data", params={"lang": lang}).text)
    assert month in index and (month.replace("novembre", "octobre").replace("November", "October")
                               .replace("novembro", "outubro")) in index


def test_downloads_are_csv_safe_and_json_typed(seeded):
    server, _seed = seeded
    response = server.client.get("/open-data/2026-11.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert 'filename="open-data-2026-11.csv"' in response.headers["content-disposition"]
    rows = csv_rows(response.text)
    assert {r["level"] for r in rows} == {"cell", "zone_total", "tax_total", "total"}
    total = next(r for r in rows if r["level"] == "total")
    grand = sum(sum(a) for a in NOVEMBER.values())
    assert total["amount_minor"] == str(grand) and total["amount"] == f"{grand // 100}.{grand % 100:02d}"
    document = server.client.get("/open-data/2026-11.json")
    assert document.headers["access-control-allow-origin"] == "*"
    assert all(isinstance(c["amount"], (int, type(None))) for c in document.json()["cells"])


def test_a_zone_named_like_a_formula_is_written_as_text_in_the_csv(server, tmp_path):
    from sync.server import reference

    with server.engine.begin() as conn:
        reference.upsert_zone(conn, "EVIL", '=HYPERLINK("http://x","y")')
    rows = csv_rows(server.client.get("/open-data/2026-11.csv").text)
    assert {r["zone_name"] for r in rows if r["zone_code"] == "EVIL"} == {"'=HYPERLINK(\"http://x\",\"y\")"}


def test_the_list_of_months_and_an_empty_month(server):
    empty_index = visible_text(server.client.get("/open-data", params={"lang": "en"}).text)
    assert "No payment has reached the municipality yet." in empty_index
    quiet = server.client.get("/open-data/2026-09", params={"lang": "en"})
    assert quiet.status_code == 200 and "No payment was recorded in this month." in visible_text(quiet.text)
    assert server.client.get("/open-data/2026-09.json").json()["total"] == {"receipts": 0, "voids": 0, "amount": 0}


@pytest.mark.parametrize("month", ["2026-13", "2026-11%0A", "%D9%A2%D9%A0%D9%A2%D9%A6-11", "2026-00", "2026-1",
                                   "26-11", "november", "1999-12", "2026-11-01",
                                   "2026-11.xml", "%C3%A9t%C3%A9", "2026-11%00", "x" * 3000])
def test_an_address_that_is_no_month_is_a_404_in_the_readers_language(server, month):
    page = server.client.get(f"/open-data/{month}", headers={"Accept-Language": "pt"})
    assert page.status_code == 404
    assert "Nenhum número neste endereço" in visible_text(page.text)
    data = server.client.get(f"/open-data/{month}.json")
    assert data.status_code == 404 and data.json()["error"]["code"] == "not_a_month"
    assert server.client.get(f"/open-data/{month}.csv").status_code == 404


def test_a_month_that_has_not_begun_is_a_404(server):
    page = server.client.get("/open-data/2999-01", params={"lang": "en"})
    assert page.status_code == 404 and "January 2999 has not begun yet." in visible_text(page.text)
    assert server.client.get("/open-data/2999-01.json").json()["error"]["code"] == "month_not_begun"


def test_junk_never_gives_a_5xx(server):
    for path in ("/open-data/", "/open-data//", "/open-data/../api/v1/health", "/open-data/2026-11/x",
                 "/open-data/.json", "/open-data/.csv", "/open-data/2026-11.json.csv", "/open-data?lang=%00",
                 "/open-data/2026-11?lang=" + "z" * 5000, "/open-data/%FF%FE"):
        response = server.client.get(path, headers={"Accept-Language": "zz;q=abc, *;q=2, fr-CH"})
        assert response.status_code < 500, (path, response.status_code)
    assert re.search(r"\d{4}-\d{2}", server.client.get("/open-data/2026-1", params={"lang": "en"}).text)


def _kat_pat(server) -> dict:  # noqa: ANN001
    document = server.client.get("/open-data/2026-11.json").json()
    return next(c for c in document["cells"] if (c["zone"], c["tax"]) == ("KAT", "PAT")) | {"as_of": document["as_of"]}


def test_a_push_shows_at_once_when_the_server_keeps_nothing_stale(server_factory, tmp_path):
    server = server_factory(open_data_stale_s=0)
    seeded = seed(server, tmp_path)
    before = _kat_pat(server)
    assert _kat_pat(server)["as_of"] == before["as_of"]  # nothing moved: the kept table, as computed
    seeded.clock.moment += timedelta(hours=2)
    seeded.ledger.void(seeded.receipt_numbers[1], "doublon")  # the first KAT/PAT receipt of November
    push_all(server, seeded.token, seeded.ledger)
    # Voided days after the payment, it waits for a supervisor (sync/server/voids.py) and counts
    # once approved: the approval, which adds no event, shows at once too.
    assert _kat_pat(server)["voids"] == 1
    with server.engine.begin() as conn:
        voids.decide(conn, seeded.receipt_numbers[1], "approve", "doublon vérifié", "Kalala Mwamba")
    after = _kat_pat(server)
    assert (before["voids"], after["voids"]) == (1, 2) and after["as_of"] > before["as_of"]
    # Now 5 taxpayers remain in KAT/PAT: still enough for the cell, and the zone's total is less.
    total = server.client.get("/open-data/2026-11.json").json()["total"]
    assert total["amount"] == sum(sum(a) for a in NOVEMBER.values()) - NOVEMBER[("KAT", "PAT")][0]


def test_a_busy_day_serves_the_kept_figures_for_a_minute_and_says_when_they_were_computed(seeded):
    server, seed_data = seeded
    before = _kat_pat(server)
    seed_data.clock.moment += timedelta(hours=2)
    seed_data.ledger.void(seed_data.receipt_numbers[1], "doublon")
    push_all(server, seed_data.token, seed_data.ledger)
    assert _kat_pat(server) == before  # within open_data_stale_s (60 s): as computed, and dated so
    page = visible_text(server.client.get("/open-data/2026-11", params={"lang": "en"}).text)
    assert "Published by the municipality. Figures as its server held them on" in page


def test_past_the_stale_time_the_kept_figures_are_served_while_new_ones_are_computed(server_factory, tmp_path):
    server = server_factory(open_data_stale_s=1)
    seeded = seed(server, tmp_path)
    before = _kat_pat(server)
    seeded.clock.moment += timedelta(hours=2)
    seeded.ledger.void(seeded.receipt_numbers[1], "doublon")
    push_all(server, seeded.token, seeded.ledger)
    with server.engine.begin() as conn:  # voided days after the payment: counts once approved
        voids.decide(conn, seeded.receipt_numbers[1], "approve", "doublon vérifié", "Kalala Mwamba")
    time.sleep(1.2)
    assert _kat_pat(server) == before  # the reader does not wait: the kept table, as it was computed
    deadline = time.monotonic() + 30
    while (now := _kat_pat(server))["voids"] != 2:  # the new one, computed meanwhile in a thread
        assert time.monotonic() < deadline, now
        time.sleep(0.1)
    assert now["as_of"] > before["as_of"]
