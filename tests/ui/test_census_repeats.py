"""Repeats: a counted repeat follows its count; an open-ended one has its page to add another or
remove one (after a confirmation), with the count shown; nested repeats say where the agent is."""
from __future__ import annotations

from tests.ui.census_support import (back, census_form, click, entry, jump, names, new_submission,  # noqa: F401
                                     next_page, saved_answers, type_in)
from tests.ui.conftest import answer_next_dialog


def test_the_count_of_buildings_makes_their_pages(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    view = entry(logged_in)
    jump(qtbot, logged_in, "building_count")
    type_in(qtbot, logged_in, "building_count", "2")
    plates = [ref for ref in view.panel_refs() if ref.endswith("/plate")]
    assert plates == ["/data/building[1]/plate", "/data/building[2]/plate"]
    view.jump(plates[1])
    assert names(logged_in) == ["plate"] and view.where.text() == "Bâtiment 2"
    back(qtbot, logged_in)  # the first building's last question, its photo
    assert names(logged_in) == ["building_photo"] and view.where.text() == "Bâtiment 1"
    jump(qtbot, logged_in, "building_count")
    type_in(qtbot, logged_in, "building_count", "1")
    assert [ref for ref in view.panel_refs() if ref.endswith("/plate")] == ["/data/building[1]/plate"]
    assert len(saved_answers(qtbot, logged_in)["building"]) == 1


def test_households_are_added_and_removed_with_their_count_shown(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    view = entry(logged_in)
    jump(qtbot, logged_in, "meter")
    back(qtbot, logged_in)  # the households' page, after the last household
    assert view.sheet.count.text() == "Enregistrés : 1"
    assert view.sheet.add.text() == "En ajouter un autre : Ménage"
    click(qtbot, view.sheet.add)
    assert names(logged_in) == ["head_name"] and view.where.text() == "Ménage 2"
    type_in(qtbot, logged_in, "head_name", "Mutombo")
    jump(qtbot, logged_in, "meter")
    back(qtbot, logged_in)
    assert view.sheet.count.text() == "Enregistrés : 2"
    assert len(saved_answers(qtbot, logged_in)["household"]) == 2

    answer_next_dialog(qtbot, lambda dialog: click(qtbot, dialog.cancel_button))
    click(qtbot, view.sheet.remove_buttons[1])
    assert view.sheet.count.text() == "Enregistrés : 2"  # kept: the agent said so
    answer_next_dialog(qtbot, lambda dialog: click(qtbot, dialog.confirm_button))
    click(qtbot, view.sheet.remove_buttons[1])
    assert view.sheet.count.text() == "Enregistrés : 1"
    households = saved_answers(qtbot, logged_in)["household"]
    assert len(households) == 1 and households[0]["head_name"] == ""


def test_a_member_is_added_inside_its_household(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    view = entry(logged_in)
    jump(qtbot, logged_in, "member_sex")
    assert view.where.text() == "Ménage 1 › Membre 1"
    next_page(qtbot, logged_in)  # no activities asked without an age: the members' page
    assert view.sheet is not None and view.sheet.count.text() == "Enregistrés : 1"
    click(qtbot, view.sheet.add)
    assert names(logged_in) == ["member_name"] and view.where.text() == "Ménage 1 › Membre 2"
    type_in(qtbot, logged_in, "member_name", "Kalala")
    members = saved_answers(qtbot, logged_in)["household"][0]["member"]
    assert [m["member_name"] for m in members] == ["", "Kalala"]
    assert saved_answers(qtbot, logged_in)["household"][0]["member_count"] == "2"
