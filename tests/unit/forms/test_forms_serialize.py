"""The stored and transmitted form (format 1) is lossless and stays readable."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.canonical import canonical_json
from core.errors import QuittanceError
from core.forms.serialize import form_from_json, form_to_json
from core.forms.xlsform import load_xlsform
from tests.fixtures.forms.make_forms import FORMS, REFUSED

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "forms"


@pytest.mark.parametrize("name", sorted(set(FORMS) - set(REFUSED)))
def test_round_trip_is_lossless(name):
    form = load_xlsform(HERE / f"{name}.xlsx")
    data = form_to_json(form)
    assert form_from_json(json.loads(json.dumps(data))) == form
    canonical_json(data)  # no floats: it can travel in an event payload


def test_the_format_1_vector_still_reads_and_writes_back_identically():
    """A fixed file: never regenerate it. Devices and the server hold definitions in this layout."""
    vector = json.loads((HERE / "format1_vector.json").read_text(encoding="utf-8"))
    form = form_from_json(vector)
    assert form.form_id == "census_buildings" and form.question_count == 25
    assert form.census.object_fields["surface_m2"] == "floor_area"
    assert form_to_json(form) == vector


@pytest.mark.parametrize("bad", [{"format": 2, "form_id": "x"}, {"form_id": "x"}, {"format": 1}, []])
def test_an_unknown_layout_is_refused_not_guessed(bad):
    with pytest.raises(QuittanceError) as refused:
        form_from_json(bad)
    assert refused.value.code == "form_format_unknown"
    assert "mettez l'application à jour" in refused.value.message("fr")
