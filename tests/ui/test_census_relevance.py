"""Relevance: a question shows, on its page or as a page of its own, only when the answers so far
make it relevant; an answer that makes it irrelevant takes it away at once."""
from __future__ import annotations

from tests.ui.census_support import (back, census_form, jump, names, new_submission,  # noqa: F401 - fixture
                                     next_page, tap, type_in)


def test_a_question_appears_on_its_field_list_page(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    assert "business_name" not in names(logged_in)
    tap(qtbot, logged_in, "owner_kind", "business")
    assert names(logged_in) == ["owner_name", "owner_kind", "business_name", "owner_phone"]
    type_in(qtbot, logged_in, "business_name", "Boulangerie du Kasai")
    tap(qtbot, logged_in, "owner_kind", "person")
    assert names(logged_in) == ["owner_name", "owner_kind", "owner_phone"]


def test_a_page_comes_and_goes_with_its_condition(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    jump(qtbot, logged_in, "member_age")  # the first household's first member
    type_in(qtbot, logged_in, "member_age", "9")
    next_page(qtbot, logged_in)
    assert names(logged_in) == ["member_sex"]
    next_page(qtbot, logged_in)
    assert "member_activities" not in names(logged_in)  # a child of 9 is not asked for activities
    back(qtbot, logged_in)
    back(qtbot, logged_in)
    type_in(qtbot, logged_in, "member_age", "31")
    next_page(qtbot, logged_in)
    next_page(qtbot, logged_in)
    assert names(logged_in) == ["member_activities"]
