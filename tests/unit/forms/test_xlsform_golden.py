"""Golden files of the XLSForm conversion: each fixture workbook (tests/fixtures/forms/*.xlsx,
written by make_forms.py) becomes exactly its .json; the forms the app must refuse name their cell.

Regenerate after a deliberate change of the conversion, then read the diff before committing:
    QUITTANCE_REGENERATE_GOLDEN=1 .venv/bin/python -m pytest -q tests/unit/forms/test_xlsform_golden.py"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from core.errors import QuittanceError
from core.forms.serialize import form_to_json
from core.forms.xlsform import load_xlsform
from tests.fixtures.forms.make_forms import FORMS, REFUSED

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "forms"
REGENERATE = os.environ.get("QUITTANCE_REGENERATE_GOLDEN") == "1"
ACCEPTED = sorted(set(FORMS) - set(REFUSED))


@pytest.mark.parametrize("name", ACCEPTED)
def test_conversion_matches_its_golden_file(name):
    converted = form_to_json(load_xlsform(HERE / f"{name}.xlsx"))
    golden = HERE / f"{name}.json"
    if REGENERATE:
        golden.write_text(json.dumps(converted, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert converted == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_public_forms_beyond_the_subset_are_refused_naming_the_cell(name):
    with pytest.raises(QuittanceError) as refused:
        load_xlsform(HERE / f"{name}.xlsx")
    sheet, row, column = REFUSED[name]
    assert refused.value.code == "form_refused"
    assert (refused.value.params["sheet"], refused.value.params["row"], refused.value.params["column"]) == \
        (sheet, row, column)
    assert f"sheet {sheet}, row {row}, column {column}" in refused.value.message("en")
    assert f"feuille {sheet}, ligne {row}, colonne {column}" in refused.value.message("fr")
    assert f"folha {sheet}, linha {row}, coluna {column}" in refused.value.message("pt")


def test_every_fixture_workbook_is_committed_with_its_golden_file():
    for name in FORMS:
        assert (HERE / f"{name}.xlsx").is_file(), f"run tests/fixtures/forms/make_forms.py ({name})"
    for name in ACCEPTED:
        assert (HERE / f"{name}.json").is_file(), f"regenerate the golden files ({name})"


def test_the_census_form_other_helpers_use_says_what_it_declares():
    form = load_xlsform(HERE / "census_buildings.xlsx")
    assert (form.form_id, form.version, form.default_language) == ("census_buildings", "2026112901", "fr")
    assert form.languages == ("fr", "pt", "en")
    assert form.census.taxpayer_fields["name"] == "/data/owner/owner_name"
    assert form.census.taxpayer_fields["location"] == "/data/location"
    assert (form.census.object_repeat, form.census.object_kind) == ("/data/building", "property")
    assert form.census.object_fields == {"reference": "plate", "use": "building_use", "surface_m2": "floor_area"}
    quarter = form.question("/data/quarter")
    assert (quarter.choice_list, quarter.choice_filter) == ("quarter", "zone = ${zone}")
    assert {c.name: c.extra["zone"] for c in form.choice_lists["quarter"]}["biancky"] == "kananga"
    member = form.question("/data/household[1]/member[2]/member_age")
    assert member.source.row == 29 and member.constraint == ". >= 0 and . <= 120"
