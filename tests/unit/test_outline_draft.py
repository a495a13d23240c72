"""The outline being drawn: a concave plot drawn corner by corner, undo, and what blocks saving."""
from __future__ import annotations

import pytest

from core.errors import QuittanceError
from desktop.map.outline_draft import OutlineDraft

# A U-shaped plot (metres-ish offsets in degrees around Kananga), drawn in order.
U = [(22.4170, -5.8965), (22.4173, -5.8965), (22.4173, -5.8962), (22.4172, -5.8962), (22.4172, -5.8964),
     (22.4171, -5.8964), (22.4171, -5.8962), (22.4170, -5.8962)]


def test_a_concave_outline_in_progress_may_cross_its_closing_side_until_finished() -> None:
    draft = OutlineDraft()
    steps = [(0, 0), (4, 0), (4, 4), (0, 4), (0, 1), (3, 1), (3, 3)]  # a spiral, in 1e-4 degree steps
    for x, y in steps:  # the last corner's closing side crosses the fifth side: allowed while drawing
        draft.add(round(22.4170 + x * 1e-4, 7), round(-5.8965 + y * 1e-4, 7))
    assert draft.problem().code == "polygon_self_intersects"  # but not saved like that
    draft.undo()
    assert draft.problem() is None
    draft = OutlineDraft()
    for lon, lat in U:
        draft.add(lon, lat)
    # 0.0003° x 0.0003° less a 0.0001° x 0.0002° notch, at 110 580 m per degree of latitude and
    # 110 730 m per degree of longitude near 5.9° S
    assert draft.problem() is None and draft.area_m2() == pytest.approx(7e-8 * 110_580 * 110_730, rel=0.005)


def test_a_side_across_a_drawn_side_is_refused_and_undo_walks_back() -> None:
    draft = OutlineDraft()
    for lon, lat in U[:3]:
        draft.add(lon, lat)
    with pytest.raises(QuittanceError) as refused:
        draft.add(22.4172, -5.8967)  # from the third corner down across the first side
    assert refused.value.code == "polygon_self_intersects" and len(draft.vertices) == 3
    draft.move(2, 22.4174, -5.8961)
    assert draft.undo() and draft.vertices == U[:3]
    assert draft.undo() and draft.vertices == U[:2]
    assert draft.problem().code == "polygon_too_few_vertices"
