"""The engine over forms as the loader makes them from real workbooks (tests/fixtures/forms)."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.forms.engine import FormSession
from core.forms.xlsform import load_xlsform
from tests.unit.forms.engine_kit import NOW

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "forms"


def _open(name: str, language: str = "en") -> FormSession:
    return FormSession(load_xlsform(FIXTURES / f"{name}.xlsx"), language=language, now=lambda: NOW)


def test_census_buildings_from_opening_to_submission():
    s = _open("census_buildings")
    assert s.value("/data/owner/owner_kind") == "person" and s.value("/data/survey_date") == "2026-11-30"
    assert not s.is_relevant("/data/owner/business_name")
    s.set_value("/data/owner/owner_kind", "business")
    assert s.is_relevant("/data/owner/business_name")

    s.set_value("/data/zone", "katoka")
    assert [c.name for c in s.choices("/data/quarter")] == ["katoka_1", "katoka_2"]

    s.set_value("/data/building_count", "3")
    assert len(s.answers["building"]) == 3
    assert [s.value(f"/data/building[{i}]/building_no") for i in (1, 2, 3)] == ["1", "2", "3"]
    assert s.value("/data/building[3]/floors") == "1"  # the default, in each instance
    for i, area in enumerate(("120.5", "80", "40.25"), start=1):
        s.set_value(f"/data/building[{i}]/floor_area", area)
    assert s.value("/data/total_area") == "240.75"
    assert s.label("/data/area_note") == "Total area: 240.75 m²"

    s.add_repeat("/data/household[1]/member")
    s.set_value("/data/household[1]/member[2]/member_age", "30")
    s.set_value("/data/household[1]/member[1]/member_age", "4")
    assert s.value("/data/household[1]/member_count") == "2"
    assert s.is_relevant("/data/household[1]/member[2]/member_activities")
    assert not s.is_relevant("/data/household[1]/member[1]/member_activities")

    s.set_value("/data/owner/owner_phone", "call me")
    assert s.problem("/data/owner/owner_phone") is not None
    s.set_value("/data/owner/owner_phone", "+243 81 234 5678")
    assert s.problem("/data/owner/owner_phone") is None

    missing = {ref for ref, _ in s.validate()}
    assert {"/data/owner/owner_name", "/data/quarter", "/data/location", "/data/building[1]/plate"} <= missing
    assert "/data/owner/business_name" not in missing


def test_census_buildings_labels_in_each_language():
    for language in ("fr", "en", "pt"):
        s = _open("census_buildings", language)
        assert s.label("/data/zone")
    labels = {language: _open("census_buildings", language).label("/data/building_count") for language in ("fr", "en", "pt")}
    assert len(set(labels.values())) == 3, labels


def test_odk_form_logic_sample():
    s = _open("odk_form_logic")
    s.set_value("/data/bill_amount", "50")
    assert s.value("/data/tip") == "9"
    s.set_value("/data/likes_pizza", "yes")
    s.set_value("/data/favorite_toppings", "cheese olives")
    assert s.is_relevant("/data/topping_note")
    assert s.value("/data/first_topping") == "Cheese"
    s.set_value("/data/favorite_toppings", "cheese olives pepperoni mushrooms")
    assert s.problem("/data/favorite_toppings") is not None  # count-selected(.) <= 3
    s.set_value("/data/child_count", "2")
    s.set_value("/data/child[1]/child_age", "5")
    s.set_value("/data/child[2]/child_age", "7")
    assert s.value("/data/ages_total") == "12" and s.value("/data/child[2]/child_position") == "2"
    assert s.value("/data/display_name") == "child of 0"
    s.set_value("/data/nickname", "bob")
    assert s.value("/data/display_name") == "bob"


@pytest.mark.parametrize("state, county, cities", [
    ("texas", "king", ["dumont", "finney"]),
    ("texas", "cameron", ["brownsville", "harlingen"]),
    ("washington", "king", ["seattle", "redmond"]),
])
def test_odk_cascading_selects(state, county, cities):
    s = _open("odk_cascading")
    s.set_value("/data/state", state)
    s.set_value("/data/county", county)
    assert [c.name for c in s.choices("/data/city")] == cities
