"""Constraints and required answers: the form's own message under the question, Next refuses to go
on, Back always works; the questions panel marks answered and problem questions and jumps."""
from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.census_support import (back, block, census_form, click, entry, jump, names,  # noqa: F401
                                     new_submission, next_page, problem, type_in)


def test_a_constraint_message_shows_under_the_question_and_blocks_next(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    type_in(qtbot, logged_in, "owner_name", "Kabasele Ngoyi")
    type_in(qtbot, logged_in, "owner_phone", "12")
    assert problem(logged_in, "owner_phone") == "Numéro de 8 à 16 chiffres"
    next_page(qtbot, logged_in)
    assert "owner_phone" in names(logged_in)  # refused
    type_in(qtbot, logged_in, "owner_phone", "+243 810 000 001")
    assert problem(logged_in, "owner_phone") == ""
    next_page(qtbot, logged_in)
    assert names(logged_in) == ["zone"]


def test_required_is_said_when_the_agent_tries_to_go_on(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    assert problem(logged_in, "owner_name") == ""  # not before the agent had a chance
    assert label(logged_in).endswith("*")
    next_page(qtbot, logged_in)
    assert problem(logged_in, "owner_name") == "Réponse obligatoire"
    assert block(logged_in, "owner_name").input.line.hasFocus() or not logged_in.isActiveWindow()
    type_in(qtbot, logged_in, "owner_name", "K")
    assert problem(logged_in, "owner_name") == ""
    next_page(qtbot, logged_in)
    next_page(qtbot, logged_in)  # the zone is required too
    assert names(logged_in) == ["zone"] and problem(logged_in, "zone") == "Réponse obligatoire"


def label(main) -> str:  # noqa: ANN001
    return block(main, "owner_name").label.text()


def test_back_always_works_even_from_a_wrong_answer(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    jump(qtbot, logged_in, "building_count")
    type_in(qtbot, logged_in, "building_count", "99")
    assert problem(logged_in, "building_count") == "Entre 1 et 20"
    back(qtbot, logged_in)
    assert names(logged_in) == ["visit_time"]


def test_the_questions_panel_marks_answers_and_problems(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    type_in(qtbot, logged_in, "owner_name", "Kabasele")
    type_in(qtbot, logged_in, "owner_phone", "12")
    view = entry(logged_in)
    click(qtbot, view.questions_button)
    assert view.panel.isVisible()
    marks = {view.panel.item(i).data(Qt.ItemDataRole.UserRole).rsplit("/", 1)[-1]: view.panel.item(i).text()
             for i in range(view.panel.count())}
    assert marks["owner_name"] == "✓  Nom du propriétaire"
    assert marks["owner_phone"].startswith("⚠")
    assert marks["zone"].startswith("○")
    assert "building_no" not in marks and "total_area" not in marks  # calculates are not questions
    jump(qtbot, logged_in, "comments")
    assert names(logged_in) == ["comments"]
