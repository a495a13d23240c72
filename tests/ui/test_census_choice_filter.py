"""A choice filter: the quarters offered follow the zone chosen, live."""
from __future__ import annotations

from tests.ui.census_support import (back, census_form, jump, names, new_submission, next_page,  # noqa: F401
                                     saved_answers, tap, tiles)


def test_the_quarters_follow_the_zone(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    jump(qtbot, logged_in, "zone")
    assert tiles(logged_in, "zone") == ["Katoka", "Kananga", "Ndesha"]
    tap(qtbot, logged_in, "zone", "kananga")
    next_page(qtbot, logged_in)
    assert names(logged_in) == ["quarter"]
    assert tiles(logged_in, "quarter") == ["Biancky", "Tshisambi"]
    tap(qtbot, logged_in, "quarter", "biancky")
    back(qtbot, logged_in)
    tap(qtbot, logged_in, "zone", "katoka")
    next_page(qtbot, logged_in)
    assert tiles(logged_in, "quarter") == ["Katoka I", "Katoka II"]
    assert saved_answers(qtbot, logged_in)["zone"] == "katoka"
