"""Constraints, required answers and answers of the wrong type: each is a problem with a message
in the agent's language, never a crash."""
from __future__ import annotations

import pytest

from core.forms import engine_texts
from tests.unit.forms.engine_kit import q, session


def test_a_broken_constraint_gives_the_forms_message():
    message = {"en": "Age is 0 to 120", "fr": "L'âge va de 0 à 120", "pt": "A idade vai de 0 a 120"}
    s = session(q("age", "integer", constraint=". >= 0 and . <= 120", constraint_message=message))
    assert s.set_value("/f/age", "130") == {"/f/age"}
    assert s.problem("/f/age") == message
    s.set_value("/f/age", "40")
    assert s.problem("/f/age") is None


def test_a_constraint_without_message_gets_the_default_in_three_languages():
    s = session(q("n", "integer", constraint=". > 3"))
    s.set_value("/f/n", "1")
    problem = s.problem("/f/n")
    assert problem == engine_texts.CONSTRAINT
    assert problem["fr"] and problem["en"] and problem["pt"]


def test_a_constraint_can_read_other_answers_and_follows_them():
    s = session(q("rooms", "integer"), q("bedrooms", "integer", constraint=". <= ${rooms}"))
    s.set_value("/f/rooms", "5")
    s.set_value("/f/bedrooms", "3")
    assert s.problem("/f/bedrooms") is None
    changed = s.set_value("/f/rooms", "2")
    assert "/f/bedrooms" in changed and s.problem("/f/bedrooms") == engine_texts.CONSTRAINT


def test_an_empty_answer_breaks_no_constraint():
    s = session(q("n", "integer", constraint=". > 3"))
    assert s.problem("/f/n") is None


def test_required_is_a_problem_only_when_strict():
    s = session(q("name", required="true()", required_message={"en": "Name, please"}), q("other", required="false()"))
    assert s.is_required("/f/name") and not s.is_required("/f/other")
    assert s.problem("/f/name") is None
    assert s.problem("/f/name", strict=True) == {"en": "Name, please"}
    assert s.validate() == [("/f/name", {"en": "Name, please"})]
    s.set_value("/f/name", "Ilunga")
    assert s.validate() == []


def test_required_can_depend_on_an_answer():
    s = session(q("owner"), q("phone", required="${owner} != ''"))
    assert not s.is_required("/f/phone")
    assert "/f/phone" in s.set_value("/f/owner", "Ilunga")
    assert s.is_required("/f/phone")
    assert s.problem("/f/phone", strict=True) == engine_texts.REQUIRED


@pytest.mark.parametrize("kind, value, message", [
    ("integer", "1,5,5", engine_texts.INTEGER),
    ("integer", "1.5", engine_texts.INTEGER),
    ("integer", "12 000", engine_texts.INTEGER),
    ("decimal", "inf", engine_texts.DECIMAL),
    ("decimal", "nan", engine_texts.DECIMAL),
    ("decimal", "1e5", engine_texts.DECIMAL),
    ("decimal", "12,5", engine_texts.DECIMAL),
    ("date", "2026-02-30", engine_texts.DATE),
    ("date", "30/11/2026", engine_texts.DATE),
    ("time", "25:00", engine_texts.TIME),
    ("geopoint", "91 10 0 5", engine_texts.GEOPOINT),
    ("geopoint", "abc", engine_texts.GEOPOINT),
    ("geotrace", "1 1", engine_texts.GEOSHAPE),
])
def test_an_answer_of_the_wrong_type_is_a_problem_never_a_crash(kind, value, message):
    s = session(q("x", kind, constraint=". > 0"), q("twice", "calculate", calculate="${x} * 2"))
    s.set_value("/f/x", value)
    assert s.problem("/f/x") == message
    assert s.value("/f/twice") == ""


@pytest.mark.parametrize("kind, value", [
    ("integer", "-12"), ("decimal", "12.5"), ("decimal", "-.5"), ("date", "2024-02-29"),
    ("time", "08:30:00.000+01:00"), ("geopoint", "-5.9 22.4 650 4.5"),
    ("geoshape", "0 0;0 1;1 1;0 0"),
])
def test_answers_of_the_right_type_are_fine(kind, value):
    s = session(q("x", kind))
    s.set_value("/f/x", value)
    assert s.problem("/f/x", strict=True) is None


def test_a_choice_not_in_the_list_is_a_problem():
    from tests.unit.forms.engine_kit import choice
    s = session(q("k", "select_multiple", choice_list="kinds"), choices={"kinds": (choice("a"), choice("b"))})
    s.set_value("/f/k", "a b")
    assert s.problem("/f/k") is None
    s.set_value("/f/k", "a z")
    assert s.problem("/f/k") == engine_texts.CHOICE
