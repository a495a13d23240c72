"""The session's contract with the entry screen and submissions: refs, read-only, drafts resumed,
submission answers, and every supported function actually runs."""
from __future__ import annotations

import pytest

from core.forms import engine_texts
from core.forms.graph_cache import activate
from core.forms.supported import SUPPORTED_FUNCTIONS
from tests.unit.forms.engine_kit import calc, choice, q, session


def test_read_only_covers_calculations_notes_and_read_only_groups():
    s = session(q("a"), q("c", "calculate", calculate="1"), q("n", "note"),
                q("locked", "group", read_only=True, children=(q("x", parent="/f/locked"),)))
    assert not s.is_read_only("/f/a")
    assert s.is_read_only("/f/c") and s.is_read_only("/f/n") and s.is_read_only("/f/locked/x")


def test_a_resumed_draft_keeps_its_answers_and_a_wrong_one_stays_a_problem():
    s = session(q("n", "integer"), q("twice", "calculate", calculate="${n} * 2"),
                q("p", "repeat", children=(q("a", parent="/f/p"),)),
                answers={"n": "1,5", "twice": "", "p": [{"a": "x"}, {"a": "y"}]})
    assert s.value("/f/n") == "1,5" and s.problem("/f/n") == engine_texts.INTEGER
    assert s.value("/f/twice") == ""  # a calculation never runs on a wrong answer
    assert s.answers["p"] == [{"a": "x"}, {"a": "y"}]
    s.set_value("/f/n", "2")
    assert s.value("/f/twice") == "4"


def test_submission_answers_blank_hidden_repeat_instances():
    s = session(q("p", "repeat", children=(
        q("age", "integer", parent="/f/p"),
        q("job", parent="/f/p", relevant="${age} >= 18"),
    )))
    s.add_repeat("/f/p")
    for i, (age, job) in enumerate((("30", "teacher"), ("30", "farmer")), start=1):
        s.set_value(f"/f/p[{i}]/age", age)
        s.set_value(f"/f/p[{i}]/job", job)
    s.set_value("/f/p[2]/age", "8")
    assert s.submission_answers()["p"] == [{"age": "30", "job": "teacher"}, {"age": "8", "job": ""}]
    assert s.answers["p"][1]["job"] == "farmer"


def test_a_container_has_no_answer_to_set_and_an_unknown_ref_is_a_key_error():
    s = session(q("g", "group", children=(q("x", parent="/f/g"),)))
    with pytest.raises(KeyError):
        s.set_value("/f/g", "x")
    with pytest.raises(KeyError):
        s.value("/f/nowhere")


def test_a_calculation_can_read_a_choice_list_as_a_secondary_instance():
    kinds = {"kinds": (choice("a", price="10"), choice("b", price="25"))}
    questions = (q("k", "select_one", choice_list="kinds"),)
    assert calc("instance('kinds')/root/item[name = ${k}]/price", *questions,
                values={"/f/k": "b"}, choices=kinds) == "25"
    assert calc("count(instance('kinds')/root/item)", *questions, choices=kinds) == "2"


_CALLS = {
    "position": "position(..)", "count": "count(/f/a)", "string": "string(1)", "concat": "concat('a','b')",
    "starts-with": "starts-with('ab','a')", "contains": "contains('ab','b')",
    "substring-before": "substring-before('a-b','-')", "substring-after": "substring-after('a-b','-')",
    "substring": "substring('abc',2)", "string-length": "string-length('ab')",
    "normalize-space": "normalize-space(' a ')", "translate": "translate('a','a','b')",
    "boolean": "boolean(1)", "not": "not(1)", "true": "true()", "false": "false()", "number": "number('1')",
    "sum": "sum(/f/a)", "floor": "floor(1.5)", "ceiling": "ceiling(1.5)", "round": "round(1.5)",
    "if": "if(1, 'a', 'b')", "selected": "selected('a b', 'a')", "selected-at": "selected-at('a b', 1)",
    "count-selected": "count-selected('a b')", "coalesce": "coalesce('', 'a')", "regex": "regex('a', 'a')",
    "today": "today()", "now": "now()", "date": "date(1)", "date-time": "date-time(1)",
    "decimal-date-time": "decimal-date-time('1970-01-02')", "int": "int(1.5)", "sqrt": "sqrt(4)",
    "pow": "pow(2,2)", "abs": "abs(-1)", "min": "min(1,2)", "max": "max(1,2)", "exp": "exp(0)",
    "log": "log(1)", "log10": "log10(10)", "jr:choice-name": "jr:choice-name('x', '/f/a')",
    "ends-with": "ends-with('ab','b')", "substr": "substr('abc',1)",
    "boolean-from-string": "boolean-from-string('1')", "join": "join('-', 'a', 'b')",
    "count-non-empty": "count-non-empty(/f/a)", "once": "once('a')", "uuid": "uuid()",
    "current": "current()", "instance": "count(instance('none')/root/item)",
    "indexed-repeat": "indexed-repeat(/f/a, /f/a, 1)",
}


@pytest.mark.parametrize("name", sorted(SUPPORTED_FUNCTIONS))
def test_every_supported_function_runs(name):
    expression = _CALLS[name]
    s = session(q("a", default="x"), q("out", "calculate", calculate=expression))
    (compiled,) = [c for c in s.graph.compiled if c.question.name == "out"]
    element = s.root.find("out")
    activate(s)
    s._current = [element]
    compiled.xpath(element)  # raises when the function is missing or called wrongly


def test_hints_are_filled_in_like_labels():
    s = session(q("name"), q("age", "integer", hints={"en": "How old is ${name}?", "fr": "Quel âge a ${name} ?"}),
                language="fr")
    s.set_value("/f/name", "Kasongo")
    assert s.hint("/f/age") == "Quel âge a Kasongo ?"
    assert s.hint("/f/name") == ""


def test_a_counted_repeat_refuses_removing_an_instance_by_hand():
    s = session(q("n", "integer"), q("p", "repeat", repeat_count="${n}", children=(q("a", parent="/f/p"),)))
    s.set_value("/f/n", "2")
    with pytest.raises(ValueError):
        s.remove_repeat("/f/p[1]")
    with pytest.raises(KeyError):
        s.remove_repeat("/f/n")


def test_a_predicate_over_a_choice_list_can_name_a_repeat_instance():
    kinds = {"kinds": (choice("a", price="10"), choice("b", price="25"))}
    s = session(q("p", "repeat", children=(q("k", "select_one", parent="/f/p", choice_list="kinds"),)),
                q("second_price", "calculate", calculate="instance('kinds')/root/item[name = /f/p[2]/k]/price"),
                choices=kinds)
    s.add_repeat("/f/p")
    s.set_value("/f/p[1]/k", "a")
    s.set_value("/f/p[2]/k", "b")
    assert s.value("/f/second_price") == "25"
