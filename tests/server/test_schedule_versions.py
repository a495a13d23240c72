"""A tax schedule change takes effect from a date: a real device keeps what it assessed, pulls the
new version, and assesses the next period at the new rate; a device that knows no versions keeps
working; versions are immutable rows; `schedule set|list` as the README writes them."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from core.reference import apply_server_records
from core.schedule import TaxType, get_tax_type
from sync.server import schedule_versions
from sync.server.reference import AdminError
from sync.server.schema import assessments, tax_schedule_versions
from sync.server.supervisor_api import PREFIX
from tests.readme_blocks import command_lines, readme_block, run_lines
from tests.server.supervisor_support import SUPERVISOR, supervisor_token
from tests.server.support import auth, enroll, make_device, push_all
from tests.server.test_cli import BIN, ROOT, _env, _run


def _today(server) -> date:  # noqa: ANN001
    with server.engine.connect() as conn:
        return schedule_versions.local_today(conn)


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


_CURSORS: dict[str, str] = {}


def _pull(server, token: str) -> list[dict]:  # noqa: ANN001
    """What the device has not pulled yet (from its cursor, as the sync client pulls)."""
    records = []
    while True:
        cursor = _CURSORS.get(token)
        page = server.client.get("/api/v1/pull", params={"cursor": cursor} if cursor else {},
                                 headers=auth(token)).json()
        records += page["records"]
        _CURSORS[token] = page["next_cursor"]
        if not page["more"]:
            return records


def _assessed(ledger) -> dict[str, int]:  # noqa: ANN001
    return {f"{r[0]} {r[1]}": r[2] for r in ledger.store.conn.execute(
        "SELECT tax_code, period, amount FROM assessments ORDER BY period")}


def test_a_change_from_next_year_keeps_this_years_assessments_and_the_device_assesses_next_year_at_it(
        server, tmp_path):
    today = _today(server)
    next_year = today.year + 1
    clock = Clock(datetime.now(timezone.utc))
    ledger = make_device(tmp_path / "T07.db", server, clock=clock)
    token = enroll(server, ledger, server.enrollment_code("T07"))["token"]
    apply_with = ledger.store.transaction
    with apply_with() as conn:
        apply_server_records(conn, _pull(server, token))
    # This year: a shop registered and assessed at today's rate, and pushed.
    ledger.register_taxpayer(name="Kabasélé Ngoyi", zone="KAT", objects=[{"kind": "business_premises",
                                                                          "reference": "BP-1"}])
    assert _assessed(ledger) == {f"PAT {today.year}": 2_000_000}
    push_all(server, token, ledger)

    # In December the supervisor prepares next year's rate.
    session = supervisor_token(server)
    answer = server.client.post(f"{PREFIX}/admin/schedule", headers=auth(session),
                                json={"tax_code": "PAT", "effective_from": f"{next_year}-01-01",
                                      "amount": 2_500_000, "note": "budget voted"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["created_by"] == SUPERVISOR

    pulled = [r for r in _pull(server, token) if r["kind"] == "tax_type"]
    assert [r["id"] for r in pulled] == ["PAT"]
    record = pulled[0]["data"]
    # The fields an older device reads keep their meaning: today's amount.
    assert record["amount"] == 2_000_000
    assert record["versions"] == [{"effective_from": None, "amount": 2_000_000, "rate": None},
                                  {"effective_from": f"{next_year}-01-01", "amount": 2_500_000, "rate": None}]
    with ledger.store.transaction() as conn:
        apply_server_records(conn, pulled)
    tax = get_tax_type(ledger.store.conn, "PAT")
    assert tax.for_period(str(today.year), today).amount == 2_000_000
    assert tax.for_period(str(next_year), today).amount == 2_500_000

    # Today's registrations keep today's rate; what was assessed is untouched.
    ledger.register_taxpayer(name="Mukendi Awa", zone="KAT", objects=[{"kind": "business_premises",
                                                                       "reference": "BP-2"}])
    rows = ledger.store.conn.execute("SELECT period, amount FROM assessments ORDER BY created_ms").fetchall()
    assert [tuple(r) for r in rows] == [(str(today.year), 2_000_000), (str(today.year), 2_000_000)]

    # January: the device assesses the new year's period at the new rate.
    clock.moment = datetime(next_year, 1, 5, 10, 0, tzinfo=timezone.utc)
    ledger.confirm_clock_ahead()
    ledger.register_taxpayer(name="Tshilombo Kanku", zone="KAT", objects=[{"kind": "business_premises",
                                                                           "reference": "BP-3"}])
    rows = ledger.store.conn.execute("SELECT period, amount FROM assessments ORDER BY created_ms").fetchall()
    assert [tuple(r) for r in rows] == [(str(today.year), 2_000_000), (str(today.year), 2_000_000),
                                        (str(next_year), 2_500_000)]
    assert ledger.verify().ok
    push_all(server, token, ledger)
    on_server = sorted((json.loads(r["data"])["period"], json.loads(r["data"])["amount"])
                       for r in server.rows(assessments))
    assert on_server == [(str(today.year), 2_000_000), (str(today.year), 2_000_000), (str(next_year), 2_500_000)]


def test_a_device_that_knows_no_versions_keeps_the_amount_published(server, tmp_path):
    """The record without its new field is what an older device reads: it still applies, and its
    amount is the one in force on the day it was published (a version from today: the new one)."""
    today = _today(server)
    with server.engine.begin() as conn:
        schedule_versions.add_version(conn, "MAR", today.isoformat(), amount=350_000, by="Kalala Mwamba")
        schedule_versions.add_version(conn, "MAR", f"{today.year + 1}-01-01", amount=400_000, by="Kalala Mwamba")
    ledger = make_device(tmp_path / "old.db", server)
    token = enroll(server, ledger, server.enrollment_code("T08"))["token"]
    record = next(r for r in _pull(server, token) if r["kind"] == "tax_type" and r["id"] == "MAR")
    old = {**record, "data": {k: v for k, v in record["data"].items() if k != "versions"}}
    with ledger.store.transaction() as conn:
        apply_server_records(conn, [old])
    tax = get_tax_type(ledger.store.conn, "MAR")
    assert tax.versions == () and tax.amount == 350_000
    assert tax.for_period(f"{today.year + 1}-02", today).amount == 350_000  # it cannot know better


def test_the_period_chooses_the_version_in_force_on_its_first_day():
    tax = TaxType("MAR", "Droit de place", "monthly", "flat", amount=300_000,
                  versions=((None, 300_000, None), ("2027-03-15", 350_000, None), ("2027-04-01", 400_000, None)))
    today = date(2027, 1, 1)
    assert [tax.for_period(p, today).amount for p in ("2027-02", "2027-03", "2027-04", "2028-01")] == \
        [300_000, 300_000, 400_000, 400_000]
    annual = TaxType("PAT", "Patente", "annual", "flat", amount=1, versions=((None, 1, None), ("2027-06-01", 2, None)))
    assert [annual.for_period(p, today).amount for p in ("2027", "2028")] == [1, 2]


def test_a_version_is_refused_in_words_for_a_past_day_a_wrong_basis_or_an_unknown_tax(server):
    today = _today(server)
    with server.engine.begin() as conn:
        for code, day, money, words in (
                ("PAT", "2020-01-01", {"amount": 1}, "is past"),
                ("PAT", "01/01/2030", {"amount": 1}, "YYYY-MM-DD"),
                ("PAT", f"{today.year + 1}-01-01", {"rate": 5}, "flat tax: give its amount"),
                ("XYZ", f"{today.year + 1}-01-01", {"amount": 1}, "no tax 'XYZ'"),
                ("PAT", f"{today.year + 30}-01-01", {"amount": 1}, "years ahead")):
            with pytest.raises(AdminError, match=words):
                schedule_versions.add_version(conn, code, day, by="Kalala Mwamba", **money)
    session = supervisor_token(server)
    refused = server.client.post(f"{PREFIX}/admin/schedule", headers=auth(session),
                                 json={"tax_code": "PAT", "effective_from": "2020-01-01", "amount": 1})
    assert refused.status_code == 422 and "is past" in refused.json()["error"]["message"]
    assert server.rows(tax_schedule_versions) == []


def test_versions_are_never_updated_or_deleted_and_the_newest_of_a_day_wins(server):
    day = f"{_today(server).year + 1}-01-01"
    with server.engine.begin() as conn:
        schedule_versions.add_version(conn, "PAT", day, amount=2_500_000, by="A", note="first")
        schedule_versions.add_version(conn, "PAT", day, amount=2_400_000, by="B", note="corrected")
    for statement in ("UPDATE tax_schedule_versions SET amount = 1", "DELETE FROM tax_schedule_versions"):
        with pytest.raises(DBAPIError, match="immutable"):
            with server.engine.begin() as conn:
                conn.execute(text(statement))
    with server.engine.connect() as conn:
        pat = next(t for t in schedule_versions.schedule(conn) if t["code"] == "PAT")
    assert [v["amount"] for v in pat["versions"]] == [2_000_000, 2_400_000]
    assert [(h["amount"], h["created_by"]) for h in pat["history"]] == [(2_500_000, "A"), (2_400_000, "B")]
    assert pat["in_force"]["amount"] == 2_000_000


def test_the_readme_schedule_commands_work_as_written(server, tmp_path, database_url):
    env = _env(tmp_path, database_url)
    launcher = ".venv/bin/quittance-server" if (ROOT / ".venv/bin/quittance-server").exists() else str(BIN)
    lines = command_lines(readme_block("quittance-server schedule set"))
    next_year = str(_today(server).year + 1)
    lines = [line.replace(".venv/bin/quittance-server", launcher).replace("2027", next_year) for line in lines]
    set_text, listed, as_json, published = run_lines(lines, ROOT, env)
    assert f"PAT: CDF\xa025,000 from {next_year}-01-01" in set_text
    assert f"from {next_year}-01-01  CDF\xa025,000" in listed and "CDF\xa020,000  <- in force today" in listed
    pat = next(t for t in json.loads(as_json)["taxes"] if t["code"] == "PAT")
    assert pat["history"][0]["note"] == "budget 2027".replace("2027", next_year)
    assert published.startswith("0 tax(es) published again")  # next year's day has not come
    refused = _run(env, "schedule", "set", "--tax", "PAT", "--from", "2020-01-01", "--amount", "1", ok=False)
    assert refused.returncode == 2 and "is past" in refused.stderr


@pytest.mark.parametrize("versions", [[], "2027", [{"effective_from": "2027-01-01", "amount": 1, "rate": None}],
                                      [{"effective_from": None, "amount": 1}, {"effective_from": "27-1-1", "amount": 2}],
                                      [{"effective_from": None, "amount": 1.5}], [{"effective_from": None, "amount": -1}]])
def test_a_device_refuses_versions_it_cannot_read(tmp_path, versions):
    """Before the first version is one from always; days are YYYY-MM-DD; money is whole minor units."""
    from core.errors import QuittanceError
    from core.service import Ledger
    from core.config import Municipality

    ledger = Ledger.open(tmp_path / "d.db")
    ledger.initialise(Municipality("Commune", "KGA", "CDF"), "T07", [])
    record = {"kind": "tax_type", "id": "PAT", "version": 2, "data": {
        "code": "PAT", "label": "Patente", "periodicity": "annual", "basis": "flat", "amount": 1, "rate": None,
        "rate_attribute": None, "object_kinds": [], "labels": {}, "versions": versions}}
    with pytest.raises(QuittanceError) as refused:
        with ledger.store.transaction() as conn:
            apply_server_records(conn, [record])
    assert refused.value.code == "server_record_invalid" and refused.value.params["field"] == "versions"
    ledger.close()
