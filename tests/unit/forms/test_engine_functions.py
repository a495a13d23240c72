"""Each function a form may call, evaluated the way ODK Collect evaluates it."""
from __future__ import annotations

import math

import pytest

from tests.unit.forms.engine_kit import NOW, calc, choice, q, session


@pytest.mark.parametrize("expression, expected", [
    ("if(1 > 0, 'yes', 'no')", "yes"),
    ("if('', 'yes', 'no')", "no"),
    ("concat('a', 'b', 3)", "ab3"),
    ("concat('solo')", "solo"),
    ("coalesce('', 'fallback')", "fallback"),
    ("coalesce('first', 'fallback')", "first"),
    ("int(7.9)", "7"),
    ("int(-7.9)", "-7"),
    ("round(2.5)", "3"),
    ("round(-2.5)", "-3"),
    ("round(3.14159, 2)", "3.14"),
    ("sqrt(16)", "4"),
    ("sqrt(-1)", ""),
    ("pow(2, 10)", "1024"),
    ("abs(-4)", "4"),
    ("min(3, 1, 2)", "1"),
    ("max(3, 1, 2)", "3"),
    ("string-length('Kananga')", "7"),
    ("substring('Kananga', 1, 3)", "Kan"),
    ("substr('Kananga', 0, 3)", "Kan"),
    ("contains('Kananga', 'nan')", "true"),
    ("starts-with('Kananga', 'Ka')", "true"),
    ("ends-with('Kananga', 'ga')", "true"),
    ("normalize-space('  a   b ')", "a b"),
    ("translate('abc', 'abc', 'ABC')", "ABC"),
    ("floor(2.7)", "2"),
    ("ceiling(2.1)", "3"),
    ("not(false())", "true"),
    ("boolean('x')", "true"),
    ("boolean-from-string('true')", "true"),
    ("number('12.5') * 2", "25"),
    ("string(12)", "12"),
    ("10 div 4", "2.5"),
    ("10 mod 4", "2"),
    ("-(3)", "-3"),
    ("1 div 0", ""),  # an infinity is no answer, never "Infinity"
    ("regex('AB-123', '^[A-Z]{2}-[0-9]{3}$')", "true"),
    ("regex('AB-12', '^[A-Z]{2}-[0-9]{3}$')", "false"),
    ("regex('x', '([')", "false"),  # a broken pattern is false, never a crash
    ("today()", "2026-11-30"),
    ("now()", "2026-11-30T09:30:00.000+00:00"),
    ("date('2026-02-01')", "2026-02-01"),
    ("date(0)", "1970-01-01"),
    ("date(today() + 1)", "2026-12-01"),
    ("today() - date('2026-11-01')", "29"),
    ("int((today() - date('2000-11-01')) div 365.25)", "26"),
    ("date('2026-01-01') < today()", "true"),
    ("decimal-date-time('1970-01-02')", "1"),
    ("join(', ', 'a', 'b')", "a, b"),
])
def test_expression_values(expression, expected):
    assert calc(expression) == expected


def test_selected_and_count_selected_read_a_select_multiple():
    kinds = {"kinds": (choice("shop"), choice("bar"), choice("farm"))}
    questions = (q("k", "select_multiple", choice_list="kinds"),)
    values = {"/f/k": "shop farm"}
    assert calc("selected(${k}, 'farm')", *questions, values=values, choices=kinds) == "true"
    assert calc("selected(${k}, 'bar')", *questions, values=values, choices=kinds) == "false"
    assert calc("count-selected(${k})", *questions, values=values, choices=kinds) == "2"
    assert calc("selected-at(${k}, 1)", *questions, values=values, choices=kinds) == "farm"


def test_jr_choice_name_gives_the_label_in_the_session_language():
    kinds = {"kinds": (choice("shop", en="Shop", fr="Boutique", pt="Loja"),)}
    for language, label in (("en", "Shop"), ("fr", "Boutique"), ("pt", "Loja")):
        s = session(q("k", "select_one", choice_list="kinds"),
                    q("name", "calculate", calculate="jr:choice-name(${k}, '${k}')"),
                    q("name2", "calculate", calculate="jr:choice-name(/f/k, ' /f/k ')"),
                    choices=kinds, language=language)
        s.set_value("/f/k", "shop")
        assert s.value("/f/name") == label
        assert s.value("/f/name2") == label


def test_once_keeps_its_first_value():
    s = session(q("a"), q("first", "calculate", calculate="once(${a})"))
    s.set_value("/f/a", "one")
    s.set_value("/f/a", "two")
    assert s.value("/f/first") == "one"


def test_uuid_is_a_fresh_uuid():
    value = calc("uuid()")
    assert len(value) == 36 and value.count("-") == 4


def test_coalesce_and_arithmetic_over_answers():
    questions = (q("a", "integer"), q("b", "integer"))
    assert calc("${a} + ${b}", *questions, values={"/f/a": "2", "/f/b": "5"}) == "7"
    assert calc("${a} - ${b}", *questions, values={"/f/a": "2", "/f/b": "5"}) == "-3"
    assert calc("${a} + ${b}", *questions, values={"/f/a": "2"}) == ""  # a blank is NaN, shown as nothing
    assert calc("coalesce(${a}, ${b})", *questions, values={"/f/b": "5"}) == "5"


def test_dates_compare_as_dates_not_as_text():
    questions = (q("d", "date"),)
    assert calc(". = .", *questions) == "true"
    assert calc("${d} <= today()", *questions, values={"/f/d": "2026-11-29"}) == "true"
    assert calc("${d} <= today()", *questions, values={"/f/d": "2027-01-01"}) == "false"
    assert calc("${d} > '2026-01-01'", *questions, values={"/f/d": "2026-03-01"}) == "true"
    assert NOW.date().isoformat() == "2026-11-30"
    assert not math.isnan(float(calc("today() - ${d}", *questions, values={"/f/d": "2026-11-01"})))
