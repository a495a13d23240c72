"""Calculations re-run after each answer in dependency order, and only those that read it;
defaults apply when the form opens."""
from __future__ import annotations

import json

import pytest

from core.forms.graph import FormExpressionError
from tests.unit.forms.engine_kit import NOW, q, session


def test_a_chain_of_calculations_runs_in_dependency_order_whatever_the_form_order():
    # tax reads area_m2 which is computed from width and depth, and sits before it in the form
    s = session(q("tax", "calculate", calculate="${area_m2} * 150"),
                q("width", "decimal"), q("depth", "decimal"),
                q("area_m2", "calculate", calculate="${width} * ${depth}"))
    s.set_value("/f/width", "10")
    changed = s.set_value("/f/depth", "4.5")
    assert s.value("/f/area_m2") == "45" and s.value("/f/tax") == "6750"
    assert changed == {"/f/depth", "/f/area_m2", "/f/tax"}


def test_an_answer_re_runs_only_what_reads_it():
    s = session(q("a", "integer"), q("b", "integer"),
                q("from_a", "calculate", calculate="${a} + 1"),
                q("from_b", "calculate", calculate="${b} + 1"))
    assert [c.question.name for c in s.graph.after_value("/f/a")] == ["from_a"]
    assert s.set_value("/f/a", "1") == {"/f/a", "/f/from_a"}


def test_calculations_that_read_each_other_in_a_circle_are_refused():
    with pytest.raises(FormExpressionError) as refused:
        session(q("a", "calculate", calculate="${b} + 1"), q("b", "calculate", calculate="${a} + 1"))
    assert "circle" in str(refused.value)


def test_a_reference_to_no_question_is_refused_naming_it():
    with pytest.raises(FormExpressionError) as refused:
        session(q("a", "calculate", calculate="${nowhere} + 1"))
    assert "nowhere" in str(refused.value) and "/f/a" in str(refused.value)


def test_defaults_apply_when_the_form_opens_literal_or_expression():
    s = session(q("city", default="Kananga"), q("visited", "date", default="today()"),
                q("n", "integer", default="3"))
    assert s.value("/f/city") == "Kananga"
    assert s.value("/f/visited") == NOW.date().isoformat()
    assert s.value("/f/n") == "3"


def test_defaults_do_not_overwrite_a_resumed_draft():
    s = session(q("city", default="Kananga"), answers={"city": "Tshikapa"})
    assert s.value("/f/city") == "Tshikapa"


def test_a_calculation_that_cannot_run_gives_nothing_never_a_crash():
    s = session(q("a"), q("n", "calculate", calculate="number(${a}) * 2"))
    s.set_value("/f/a", "deux")
    assert s.value("/f/n") == ""


def test_answers_are_a_json_tree_of_strings_and_a_copy():
    s = session(q("a", "integer"), q("twice", "calculate", calculate="${a} * 2"),
                q("g", "group", children=(q("b", parent="/f/g"),)))
    s.set_value("/f/a", "21")
    answers = s.answers
    assert answers == {"a": "21", "twice": "42", "g": {"b": ""}}
    assert json.loads(json.dumps(answers)) == answers
    answers["a"] = "99"
    assert s.value("/f/a") == "21"


def test_a_resumed_draft_recomputes_its_calculations():
    s = session(q("a", "integer"), q("twice", "calculate", calculate="${a} * 2"), answers={"a": "5", "twice": ""})
    assert s.value("/f/twice") == "10"
