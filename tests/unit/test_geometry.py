"""Property polygons: geodesic area against reference values, closing rules, self-intersection."""
from __future__ import annotations

import math

import pytest
from geographiclib.geodesic import Geodesic

from core.errors import QuittanceError
from core.geometry import area_of, checked_polygon, close_ring, crossing_edges, geodesic_area_m2

_A, _F = 6378137.0, 1 / 298.257223563
_E = math.sqrt(_F * (2 - _F))
_B = _A * (1 - _F)


def _q(lat: float) -> float:
    s = math.sin(math.radians(lat))
    return s / (1 - _E ** 2 * s * s) + math.log((1 + _E * s) / (1 - _E * s)) / (2 * _E)


def test_one_degree_cell_at_the_equator() -> None:
    # The ellipsoidal zone between parallels 0 and 1 over one degree of longitude (closed form,
    # authalic latitude), 12 308 463 894 m². The cell's top edge is a geodesic, not the parallel:
    # it bulges poleward by about 4.2 m at mid-edge (sagitta ~ dlon^2/8 sin(lat) cos(lat) x radius),
    # adding about 2/3 x 4.2 m x 111 km = 3.1e5 m², 2.5 parts in 100 000.
    zone = _B ** 2 * math.radians(1) / 2 * (_q(1) - _q(0))
    assert zone == pytest.approx(12_308_463_894, rel=1e-9)
    cell = geodesic_area_m2([(0, 0), (1, 0), (1, 1), (0, 1)])
    assert cell - zone == pytest.approx(3.1e5, rel=0.1)


def test_a_plot_of_20_by_30_metres_laid_out_on_geodesics() -> None:
    start = (-5.89621, 22.41710)
    east = Geodesic.WGS84.Direct(*start, 90, 20)
    north_east = Geodesic.WGS84.Direct(east["lat2"], east["lon2"], east["azi2"] - 90, 30)
    north = Geodesic.WGS84.Direct(*start, 0, 30)
    ring = [(start[1], start[0]), (east["lon2"], east["lat2"]), (north_east["lon2"], north_east["lat2"]),
            (north["lon2"], north["lat2"])]
    assert geodesic_area_m2(ring) == pytest.approx(600, abs=0.05)
    assert area_of(checked_polygon(ring)) == pytest.approx(600, abs=0.05)  # after rounding to 7 decimals


def test_closing_rules_open_or_closed_duplicates_and_orientation() -> None:
    clockwise = [(22.0, -5.0), (22.0, -4.999), (22.001, -4.999), (22.001, -5.0), (22.001, -5.0), (22.0, -5.0)]
    ring = close_ring(clockwise)
    assert ring[0] == ring[-1] and len(ring) == 5  # the repeated corner dropped, closed once
    assert ring == close_ring(list(reversed(clockwise)))  # counter-clockwise whichever way it was drawn
    assert ring[1] == (22.001, -5.0)  # RFC 7946: exterior ring counter-clockwise (east first from SW)
    with pytest.raises(QuittanceError) as refused:
        close_ring([(22.0, -5.0), (22.001, -5.0), (22.0, -5.0)])
    assert refused.value.message("en") == "An outline needs at least three distinct vertices."


def test_self_intersection_refused_with_a_clear_message() -> None:
    bow_tie = [(22.0, -5.0), (22.001, -4.999), (22.001, -5.0), (22.0, -4.999)]
    assert crossing_edges(bow_tie) == (0, 2)
    with pytest.raises(QuittanceError) as refused:
        checked_polygon(bow_tie)
    assert refused.value.message("fr") == ("Le contour se croise (côtés 1 et 3) : déplacez ou retirez un sommet "
                                           "pour qu'aucun côté n'en croise un autre.")
    assert "(sides 1 and 3)" in refused.value.message("en")


def test_a_side_folding_back_on_the_previous_one_is_a_crossing() -> None:
    assert crossing_edges([(22.0, -5.0), (22.002, -5.0), (22.001, -5.0), (22.001, -4.999)]) is not None
    assert crossing_edges([(22.0, -5.0), (22.002, -5.0), (22.002, -4.999), (22.0, -4.999)]) is None
