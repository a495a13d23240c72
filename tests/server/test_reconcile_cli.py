"""`quittance-server reconcile`, run as a supervisor runs it (a real process, the README's lines as
written) on a day of cash pushed by real devices; SQLite and PostgreSQL."""
from __future__ import annotations

import json

from sync.server.reconcile_signoff import signature_valid
from sync.server.schema import cash_signoffs
from tests.server.reconcile_support import cash_day
from tests.readme_blocks import command_lines, readme_block, run_lines
from tests.server.test_cli import BIN, ROOT, _env, _run


def test_the_readme_reconcile_commands_work_as_written(server, tmp_path, database_url):
    day = cash_day(server, tmp_path)
    env = _env(tmp_path, database_url)
    launcher = ".venv/bin/quittance-server" if (ROOT / ".venv/bin/quittance-server").exists() else str(BIN)
    lines = command_lines(readme_block("quittance-server reconcile"))
    outputs = run_lines([line.replace(".venv/bin/quittance-server", launcher) for line in lines], ROOT, env)
    _added, looking, counted, signed_text, settled = outputs
    assert "Expected cash:    CDF\xa067,000" in looking and "Z-report CDF\xa065,000" in looking
    figures = json.loads(counted)
    assert (figures["expected_cash"], figures["counted"], figures["variance"], figures["status"]) == \
        (day.expected, 6_500_000, -200_000, "shortfall")
    assert [s["z_expected_cash"] for s in figures["sessions"]] == [day.first.expected_cash, day.second.expected_cash]
    assert "(shortfall)" in signed_text and "Signed off: record 1" in signed_text
    settled = json.loads(settled)
    assert (settled["handed_in_before"], settled["variance"], settled["status"]) == (6_500_000, 0, "balanced")
    assert settled["signed"]["record"]["number"] == 2
    rows = server.rows(cash_signoffs)
    assert settled["signed"]["record"]["previous"] == json.loads(rows[0]["record"])["id"]
    # Both records verify with the server key the devices were given at enrollment.
    assert all(signature_valid(r["record"], r["signature"], day.server_public_key) for r in rows)
    assert json.loads(rows[0]["record"])["note"] == "2 000 CDF manquants"


def test_bad_input_is_refused_in_words_and_records_nothing(server, tmp_path, database_url):
    cash_day(server, tmp_path)
    env = _env(tmp_path, database_url)
    base = ("reconcile", "--agent", "Ilunga Kabeya", "--date", "2026-11-24")
    for args, words in (((*base, "--count", "7000x1"), "7000 is not a CDF note or coin"),
                        ((*base, "--count", "20000x-2"), "whole number from 0 to 100000"),
                        ((*base, "--counted", "abc"), "--counted 'abc'"),
                        ((*base, "--counted", "67000", "--sign-off"), "--sign-off needs --by NAME"),
                        ((*base, "--counted", "67000", "--sign-off", "--by", "Ilunga Kabeya"), "not a supervisor"),
                        (("reconcile", "--agent", "Personne", "--date", "2026-11-24"), "no agent named 'Personne'"),
                        (("reconcile", "--agent", "Ilunga Kabeya", "--date", "24/11/2026"), "YYYY-MM-DD")):
        refused = _run(env, *args, ok=False)
        assert refused.returncode == 2 and words in refused.stderr, (args, refused.stderr)
    assert server.rows(cash_signoffs) == []


def test_a_supervisors_server_account_signs_off_from_the_command_line(server, tmp_path, capsys):
    """--by names a supervisor's account (`supervisor add`) as well as an agent with role supervisor."""
    from sync.server.cli import main
    from tests.server.supervisor_support import SUPERVISOR, add_supervisor

    cash_day(server, tmp_path)
    add_supervisor(server)
    base = ["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url]
    assert main([*base, "reconcile", "--agent", "Ilunga Kabeya", "--date", "2026-11-24", "--counted", "1000",
                 "--sign-off", "--by", SUPERVISOR, "--json"]) == 0
    record = json.loads(capsys.readouterr().out)["signed"]["record"]
    assert record["signed_by"] == SUPERVISOR and record["signed_by_account"] == "supervisor"
    assert main([*base, "reconcile", "--agent", "Ilunga Kabeya", "--date", "2026-11-24", "--counted", "1000",
                 "--sign-off", "--by", "Nobody Known"]) == 2
