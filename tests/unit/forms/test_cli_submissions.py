"""`quittance submissions export --form ID [--version V] --out DIR`, run as written, on a device
that imported the census form and recorded submissions through the real loader and engine."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from core.forms.engine import FormSession
from tests.cli_support import home_env, run
from tests.conftest import make_ledger

FORM = Path(__file__).resolve().parents[2] / "fixtures" / "forms" / "census_buildings.xlsx"


def _answers(form, owner: str, buildings: list[tuple[str, str]]) -> dict:
    session = FormSession(form)
    for ref, value in (("/data/owner/owner_name", owner), ("/data/zone", "katoka"), ("/data/quarter", "katoka_1"),
                       ("/data/location", "-5.8961 22.4166 610 4.5"), ("/data/building_count", str(len(buildings))),
                       ("/data/household[1]/head_name", owner), ("/data/household[1]/member[1]/member_name", owner)):
        session.set_value(ref, value)
    for position, (plate, area) in enumerate(buildings, start=1):
        for name, value in (("plate", plate), ("building_use", "home"), ("floor_area", area)):
            session.set_value(f"/data/building[{position}]/{name}", value)
    assert session.validate() == []
    return session.answers


def _device(tmp_path: Path) -> Path:
    db = tmp_path / "device.db"
    ledger = make_ledger(db)
    try:
        form = ledger.import_form(FORM)
        for owner, buildings in (("Kabasélé Ngoyi", [("KAT-0001", "120"), ("KAT-0002", "35.5")]),
                                 ("Tshilombo Mbuyi", [("KAT-0003", "80")])):
            draft_id = ledger.start_draft(form.form_id)
            ledger.save_draft(draft_id, _answers(form, owner, buildings))
            ledger.submit_draft(draft_id)
        # The loader's census declaration went through the registry: owners and buildings, verified.
        assert ledger.store.conn.execute("SELECT count(*) FROM taxable_objects WHERE kind = 'property' "
                                         "AND reference LIKE 'KAT-000%'").fetchone()[0] == 3
        assert ledger.verify().ok
    finally:
        ledger.close()
    return db


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_export_command_writes_one_file_per_repeat_joined_by_keys(tmp_path):
    db, out = _device(tmp_path), tmp_path / "out"
    out.mkdir()
    result = run("submissions", "export", "--db", db, "--form", "census_buildings", "--out", out,
                 env={**home_env(tmp_path / "home"), "LANG": "en_US.UTF-8"})
    assert result.returncode == 0, result.stderr
    # In the municipality's language, as every command's summary.
    assert result.stdout.splitlines()[0] == f"2 soumission(s) de census_buildings écrite(s) dans 4 fichier(s) sous {out}"
    assert sorted(p.name for p in out.iterdir()) == [
        "census_buildings-building.csv", "census_buildings-household.csv", "census_buildings-member.csv",
        "census_buildings.csv"]

    main = _rows(out / "census_buildings.csv")
    assert [row["owner-owner_name"] for row in main] == ["Kabasélé Ngoyi", "Tshilombo Mbuyi"]
    assert main[0]["location-Latitude"] == "-5.8961" and main[0]["FormVersion"] == "2026112901"
    buildings = _rows(out / "census_buildings-building.csv")
    assert [(b["plate"], b["floor_area"], b["PARENT_KEY"]) for b in buildings] == [
        ("KAT-0001", "120", main[0]["KEY"]), ("KAT-0002", "35.5", main[0]["KEY"]), ("KAT-0003", "80", main[1]["KEY"])]
    assert buildings[1]["KEY"] == f"{main[0]['KEY']}/building[2]"
    members = _rows(out / "census_buildings-member.csv")
    households = _rows(out / "census_buildings-household.csv")
    assert members[1]["PARENT_KEY"] == households[1]["KEY"] == f"{main[1]['KEY']}/household[1]"
    assert members[1]["KEY"] == f"{main[1]['KEY']}/household[1]/member[1]"


def test_the_export_command_speaks_json_and_refuses_an_unknown_form(tmp_path):
    db, out = _device(tmp_path), tmp_path / "out"
    out.mkdir()
    env = {**home_env(tmp_path / "home"), "LANG": "en_US.UTF-8"}
    result = run("submissions", "export", "--db", db, "--form", "census_buildings", "--version", "2026112901",
                 "--out", out, "--json", env=env)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["submissions"], len(summary["files"])) == (2, 4)
    refused = run("submissions", "export", "--db", db, "--form", "no_such_form", "--out", out, env=env)
    assert refused.returncode == 2 and refused.stderr.startswith("quittance: ")
    assert "no_such_form" in refused.stderr and len(refused.stderr.splitlines()) == 1
