"""Settings a supervisor changes (API and command line), the retention periods per kind of data,
`retention report|purge` (nothing fiscal is ever deleted), and open data without personal data;
SQLite and PostgreSQL."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select

from sync.server import registry, retention, server_settings
from sync.server.common import now_iso
from sync.server.registry import FIELDS
from sync.server.schema import events, receipts, server_settings as settings_table, supervisor_sessions
from sync.server.supervisor_api import PREFIX
from tests.readme_blocks import command_lines, readme_block, run_lines
from tests.server.opendata_support import seed
from tests.server.supervisor_support import SUPERVISOR, supervisor_token
from tests.server.support import ZONE_IDS, auth, enrolled_device, push_all, record_sale
from tests.server.test_cli import BIN, ROOT, _env, _run

RETENTION = {"retention.fiscal_years": 10, "retention.personal_years": 5, "retention.sessions_days": 90}


def test_settings_are_read_and_changed_with_who_changed_them(server):
    headers = auth(supervisor_token(server))
    listed = {s["key"]: s for s in server.client.get(f"{PREFIX}/settings", headers=headers).json()["settings"]}
    assert {key: listed[key]["value"] for key in RETENTION} == RETENTION
    assert listed["retention.fiscal_years"]["updated_by"] is None
    answer = server.client.put(f"{PREFIX}/settings", headers=headers, json={"key": "retention.personal_years",
                                                                            "value": 7})
    assert answer.status_code == 200 and answer.json() == {"key": "retention.personal_years", "value": 7,
                                                           "updated_by": SUPERVISOR}
    for body, words in (({"key": "retention.fiscal_years", "value": 3}, "between 5 and 100"),
                        ({"key": "retention.fiscal_years", "value": "ten"}, "'ten' is not a whole number"),
                        ({"key": "no.such", "value": 1}, "no setting named 'no.such'")):
        refused = server.client.put(f"{PREFIX}/settings", headers=headers, json=body)
        assert refused.status_code == 422 and words in refused.json()["error"]["message"], refused.text
    listed = {s["key"]: s for s in server.client.get(f"{PREFIX}/settings", headers=headers).json()["settings"]}
    assert (listed["retention.personal_years"]["value"], listed["retention.personal_years"]["updated_by"]) == \
        (7, SUPERVISOR)
    assert listed["retention.fiscal_years"]["value"] == 10  # the refused values changed nothing
    assert len(server.rows(settings_table)) == 1


def test_the_report_lists_what_is_past_its_period_and_purge_deletes_only_sessions(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "T07.db", server)
    record_sale(ledger)
    push_all(server, token, ledger)
    supervisor_token(server)
    with server.engine.begin() as conn:
        closed = registry.insert_taxpayer(conn, "01938b00-0000-7000-8000-000000000001",
                                          {"kind": "person", "name": "Ancien Contribuable", "zone_id": ZONE_IDS["KAT"],
                                           "status": "inactive"}, origin="server", at=now_iso())
    del closed
    now = datetime.now(timezone.utc)
    with server.engine.connect() as conn:
        today = retention.report(conn, now)
        later = retention.report(conn, now + timedelta(days=11 * 366))
        event_count = conn.execute(select(func.count()).select_from(events)).scalar_one()
    assert today["fiscal"]["events"]["count"] == 0 and today["personal"]["closed_taxpayers"] == 0
    assert today["sessions"]["supervisor_sessions"] == 0
    assert later["fiscal"]["events"]["count"] == event_count and later["fiscal"]["receipts"]["count"] == 1
    assert later["personal"]["closed_taxpayers"] == 1 and later["sessions"]["supervisor_sessions"] == 1
    assert later["fiscal"]["action"].startswith("kept")
    # A purge a century on deletes the sessions and nothing fiscal or personal.
    with server.engine.begin() as conn:
        done = retention.purge(conn, now + timedelta(days=100 * 366))
    assert done["supervisor_sessions"] == 1
    assert server.rows(supervisor_sessions) == []
    assert len(server.rows(events)) == event_count and len(server.rows(receipts)) == 1
    with server.engine.connect() as conn:
        assert registry.get_taxpayer(conn, "01938b00-0000-7000-8000-000000000001") is not None
    # A longer fiscal period moves the cut-off back: nothing is past ten years plus one day.
    with server.engine.begin() as conn:
        server_settings.put(conn, "retention.fiscal_years", 12, by=SUPERVISOR)
    with server.engine.connect() as conn:
        assert retention.report(conn, now + timedelta(days=11 * 366))["fiscal"]["events"]["count"] == 0


def test_the_readme_settings_and_retention_commands_work_as_written(server, tmp_path, database_url):
    env = _env(tmp_path, database_url)
    launcher = ".venv/bin/quittance-server" if (ROOT / ".venv/bin/quittance-server").exists() else str(BIN)
    lines = command_lines(readme_block("quittance-server retention report"))
    outputs = run_lines([line.replace(".venv/bin/quittance-server", launcher) for line in lines], ROOT, env)
    listed, changed, report, purged = outputs
    assert "retention.fiscal_years = 10" in listed and "never deleted early" in listed
    assert changed.strip() == "retention.sessions_days = 30"
    assert json.loads(report)["sessions"]["days"] == 30
    assert "no fiscal record or personal data is ever deleted" in purged
    with server.engine.connect() as conn:
        assert server_settings.get(conn, "retention.sessions_days") == 30
    refused = _run(env, "settings", "set", "retention.fiscal_years", "4", ok=False)
    assert refused.returncode == 2 and "between 5 and 100" in refused.stderr


def _keys(value, found: set[str]) -> set[str]:  # noqa: ANN001
    if isinstance(value, dict):
        for key, inner in value.items():
            found.add(key)
            _keys(inner, found)
    elif isinstance(value, list):
        for inner in value:
            _keys(inner, found)
    return found


def test_open_data_carries_no_personal_data_whatever_the_retention_settings(server, tmp_path):
    seeded = seed(server, tmp_path)
    with server.engine.begin() as conn:
        server_settings.put(conn, "retention.personal_years", 50, by=SUPERVISOR)
    document = server.client.get("/open-data/2026-11.json").json()
    # No taxpayer field is a key anywhere in it ("name" is a zone's or a tax's, as the values show).
    personal = (set(FIELDS) - {"name", "kind", "status"}) | {"taxpayer_id", "receipt_no", "agent", "device"}
    assert {"phone", "id_number", "address", "latitude"} <= personal
    assert not _keys(document, set()) & personal
    bodies = [json.dumps(document, ensure_ascii=False), server.client.get("/open-data/2026-11.csv").text,
              server.client.get("/open-data/2026-11").text]
    for body in bodies:
        for secret in (*seeded.names, *seeded.taxpayer_ids, *seeded.receipt_numbers, "+243", "Ilunga"):
            assert secret not in body, secret
