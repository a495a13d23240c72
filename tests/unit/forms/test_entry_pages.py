"""How the entry screen cuts the census form into pages (desktop/forms/pages.py) and writes
answers in ODK's encodings (desktop/forms/values.py): plain logic, over the real engine."""
from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

from core.forms.engine import FormSession
from core.forms.xlsform import load_xlsform
from desktop.forms import values
from desktop.forms.pages import GROUP, QUESTION, REPEAT, page_of, paginate, shown_refs

CENSUS = Path(__file__).resolve().parents[2] / "fixtures" / "forms" / "census_buildings.xlsx"


def test_pages_follow_groups_repeats_and_relevance():
    session = FormSession(load_xlsform(CENSUS), language="en")
    pages = paginate(session)
    assert (pages[0].kind, pages[0].ref) == (GROUP, "/data/owner")
    assert pages[0].refs == ("/data/owner/owner_name", "/data/owner/owner_kind", "/data/owner/owner_phone")
    assert [p.ref for p in pages if p.kind == REPEAT] == ["/data/household[1]/member", "/data/household"]
    assert not any(p.ref.startswith("/data/building[") for p in pages)  # counted: none until the count
    assert all(not r.endswith(("/total_area", "/building_no", "/member_count")) for r in shown_refs(pages))

    session.set_value("/data/owner/owner_kind", "business")
    session.set_value("/data/building_count", "2")
    pages = paginate(session)
    assert "/data/owner/business_name" in pages[0].refs
    assert [p.ref for p in pages if p.ref.endswith("/plate")] == ["/data/building[1]/plate", "/data/building[2]/plate"]
    assert not any(p.kind == REPEAT and p.ref == "/data/building" for p in pages)  # no "add another"
    assert pages[page_of(pages, "/data/building[2]")].ref == "/data/building[2]/plate"
    assert pages[page_of(pages, "/data/owner/owner_phone")].kind == GROUP
    assert pages[page_of(pages, "/data/zone")].kind == QUESTION


def test_values_in_odk_encodings():
    assert values.number_text("12,5", "decimal") == "12.5"
    assert values.number_text("1,5,5", "decimal") == "1,5,5"  # left for the engine to refuse plainly
    assert values.number_text("1,5", "integer") == "1,5"
    assert values.number_shown("12.5", "fr") == "12,5" and values.number_shown("12.5", "en") == "12.5"
    assert values.time_value(time(14, 5), timedelta(hours=1)) == "14:05:00.000+01:00"
    assert values.time_value(time(9, 0), timedelta(hours=-3, minutes=-30)) == "09:00:00.000-03:30"
    square = [(-5.8961, 22.4166, 0.0, 0.0), (-5.8961, 22.417, 0.0, 0.0), (-5.8965, 22.417, 0.0, 0.0)]
    shape = values.points_value(square, closed=True)
    assert shape.split(";")[0] == shape.split(";")[-1] == "-5.8961 22.4166 0 0"
    assert values.parse_points(shape, closed=True) == square
    assert values.points_value(square, closed=False).count(";") == 2
    assert values.parse_point("-5.89621 22.4171 610 4.5") == (-5.89621, 22.4171, 610.0, 4.5)
    assert values.parse_point("nonsense") is None
