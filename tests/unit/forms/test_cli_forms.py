"""`quittance form import FILE.xlsx [--json]` and `quittance form list [--json]`, run for real."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import AGENTS, PIN, count, ok, quittance
from tests.fixtures.forms.make_forms import write

CENSUS = Path(__file__).resolve().parents[2] / "fixtures" / "forms" / "census_buildings.xlsx"


@pytest.fixture
def device(tmp_path):
    db = tmp_path / "device.db"
    ok(quittance(tmp_path, "init", "--db", db, "--municipality", "Commune de Kananga", "--currency", "CDF",
                 "--device-code", "T07", "--agent", AGENTS[0], "--pin", PIN, "--timezone", "Africa/Lubumbashi"))
    return tmp_path, db


def test_import_then_list(device):
    home, db = device
    out = ok(quittance(home, "form", "import", CENSUS, "--db", db, "--as", AGENTS[0]))
    assert out == "Formulaire census_buildings importé : Recensement des bâtiments, version 2026112901, 25 questions."
    assert count(db, "forms") == 1
    listed = ok(quittance(home, "form", "list", "--db", db))
    assert listed.split()[:3] == ["census_buildings", "2026112901", "Recensement"]
    assert listed.endswith("25  importé ici")
    data = json.loads(ok(quittance(home, "form", "list", "--db", db, "--json")))
    assert [(f["form_id"], f["version"], f["questions"], f["origin"]) for f in data] == \
        [("census_buildings", "2026112901", 25, "local")]
    assert ok(quittance(home, "verify", "--db", db)).startswith("Intègre")


def test_import_json_says_id_title_version_and_question_count(device):
    home, db = device
    data = json.loads(ok(quittance(home, "form", "import", CENSUS, "--json", "--db", db)))
    assert (data["form_id"], data["title"], data["version"], data["questions"], data["imported"]) == \
        ("census_buildings", "Recensement des bâtiments", "2026112901", 25, True)
    again = json.loads(ok(quittance(home, "form", "import", CENSUS, "--json", "--db", db)))
    assert again["imported"] is False and count(db, "forms") == 1


def test_a_refused_form_names_sheet_row_and_column_and_exits_non_zero(device, tmp_path):
    home, db = device
    bad = write("bad", {"survey": [["type", "name", "label", "relevant"], ["text", "a", "A", ""],
                                   ["text", "b", "B", "last() = 1"]],
                        "settings": [["form_id", "version"], ["bad", "1"]]}, tmp_path)
    result = quittance(home, "form", "import", bad, "--db", db)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "feuille survey, ligne 3, colonne relevant" in result.stderr and "last()" in result.stderr
    assert count(db, "forms") == 0


def test_list_on_a_device_without_forms(device):
    home, db = device
    assert ok(quittance(home, "form", "list", "--db", db)) == "Aucun formulaire sur cet appareil."
