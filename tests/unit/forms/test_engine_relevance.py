"""Relevance: a question shows only when its expression holds; a group's hides its children; a
hidden answer is kept (it comes back) but never submitted."""
from __future__ import annotations

from tests.unit.forms.engine_kit import choice, q, session


def _household():
    return session(
        q("has_shop", "select_one", choice_list="yn"),
        q("shop_name", relevant="${has_shop} = 'yes'"),
        q("shop", "group", relevant="${has_shop} = 'yes'", children=(
            q("area", "decimal", parent="/f/shop"),
        )),
        choices={"yn": (choice("yes"), choice("no"))},
    )


def test_a_question_is_relevant_only_when_its_expression_holds():
    s = _household()
    assert not s.is_relevant("/f/shop_name")
    changed = s.set_value("/f/has_shop", "yes")
    assert s.is_relevant("/f/shop_name")
    assert {"/f/shop_name", "/f/shop", "/f/shop/area"} <= changed


def test_a_hidden_group_hides_its_children():
    s = _household()
    s.set_value("/f/has_shop", "yes")
    assert s.is_relevant("/f/shop/area")
    s.set_value("/f/has_shop", "no")
    assert not s.is_relevant("/f/shop/area")


def test_a_hidden_answer_is_kept_but_not_submitted():
    s = _household()
    s.set_value("/f/has_shop", "yes")
    s.set_value("/f/shop_name", "Chez Maman")
    s.set_value("/f/shop/area", "12.5")
    s.set_value("/f/has_shop", "no")
    assert s.answers["shop_name"] == "Chez Maman"
    submitted = s.submission_answers()
    assert submitted["shop_name"] == "" and submitted["shop"] == {"area": ""}
    s.set_value("/f/has_shop", "yes")
    assert s.value("/f/shop_name") == "Chez Maman"
    assert s.submission_answers()["shop"] == {"area": "12.5"}


def test_a_hidden_question_has_no_problem_even_when_required():
    s = session(q("a"), q("b", "integer", relevant="${a} = 'x'", required="true()"))
    assert s.problem("/f/b", strict=True) is None
    assert s.validate() == []
    s.set_value("/f/a", "x")
    assert s.validate() == [("/f/b", s.problem("/f/b", strict=True))]


def test_relevance_from_a_calculation_follows_it():
    s = session(q("age", "integer"), q("adult", "calculate", calculate="${age} >= 18"),
                q("job", relevant="${adult} = 'true'"))
    s.set_value("/f/age", "30")
    assert s.value("/f/adult") == "true" and s.is_relevant("/f/job")
    changed = s.set_value("/f/age", "3")
    assert not s.is_relevant("/f/job") and "/f/job" in changed
