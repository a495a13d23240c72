"""`quittance-server export --what reconciliations --format csv`: one row per signed sign-off, with
the same CSV safety as every export (a note that starts like a formula is neutralised). SQLite and
PostgreSQL."""
from __future__ import annotations

import csv
import io

from sync.server.cli import main
from sync.server.supervisor_api import PREFIX
from tests.server.reconcile_support import DAY, cash_day
from tests.server.supervisor_support import SUPERVISOR, supervisor_token
from tests.server.support import auth

URL = f"{PREFIX}/reconciliation"


def test_the_csv_has_a_row_per_sign_off_and_neutralises_formulas(server, tmp_path, capsys):
    day = cash_day(server, tmp_path)
    headers = auth(supervisor_token(server))
    agent_id = {r["agent"]: r for r in server.client.get(URL, params={"date": DAY}, headers=headers)
                .json()["agents"]}["Ilunga Kabeya"]["agent_id"]
    for count, note in (({"20000": 3, "5000": 1}, "=HYPERLINK(\"http://x\")"), ({"1000": 2}, "complément remis")):
        assert server.client.post(f"{URL}/{agent_id}/sign-off", headers=headers,
                                  json={"date": DAY, "count": count, "note": note}).status_code == 200
    base = ["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url]
    out = tmp_path / "reconciliations.csv"
    assert main([*base, "export", "--what", "reconciliations", "--format", "csv", "--out", str(out),
                 "--from", DAY, "--to", DAY]) == 0
    assert "Wrote 2 reconciliations" in capsys.readouterr().out
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, as the other exports
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    first, second = rows
    assert (first["agent"], first["number"], first["signed_by"], first["status"]) == ("Ilunga Kabeya", "1",
                                                                                      SUPERVISOR, "shortfall")
    assert (first["expected_cash_minor"], first["counted_minor"], first["variance_minor"]) == \
        (str(day.expected), "6500000", "-200000")
    assert first["variance"] == "-2000.00" and first["count"] == "20000x3 5000x1"
    assert first["note"] == "'=HYPERLINK(\"http://x\")"  # shown as text, never evaluated
    assert (second["previous_id"], second["variance_minor"], second["status"]) == (first["sign_off_id"], "0",
                                                                                   "balanced")
    assert first["signature_valid"] == second["signature_valid"] == "yes"
    # Another range holds none of them; --zone or --year make no sense for an agent's day.
    assert main([*base, "export", "--what", "reconciliations", "--format", "csv", "--out", str(out),
                 "--from", "2026-11-25"]) == 0
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 1
    capsys.readouterr()
    for extra, words in ((["--zone", "KAT"], "--zone is for payments and taxpayers"),
                         (["--year", "2026"], "--year is for taxpayers"),
                         (["--format", "geojson"], "GeoJSON is a map of taxpayers")):
        args = [*base, "export", "--what", "reconciliations", "--out", str(out), *extra]
        if "--format" not in extra:
            args += ["--format", "csv"]
        assert main(args) == 2
        assert words in capsys.readouterr().err
