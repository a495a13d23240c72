"""What the engine refuses: the loader names the cell when unsupported_in finds anything."""
from __future__ import annotations

import pytest

from core.forms.supported import SUPPORTED_FUNCTIONS, unsupported_in


@pytest.mark.parametrize("expression", [
    "${age} >= 18 and selected(${kinds}, 'shop')",
    "count(/census/household) - 1",
    "jr:choice-name(${kind}, '${kind}')",
    ". >= 0 and . <= 120",
    "position(..) = 1",
    "instance('cities')/root/item[country = current()/../country]",
    "5 * 3 div 2 mod 1",
    "regex(., '^[0-9]{3}$')",
    "-3",
    "/census/household[2]/age",
    "../../floor_area * 2",
    "if(${a} = '', 'none', concat('a', ${a}))",
    "coalesce(${a}, ${b})",
])
def test_supported_expressions_pass(expression):
    assert unsupported_in(expression) == []


@pytest.mark.parametrize("expression, names", [
    ("pulldata('prices', 'price', 'key', ${k})", ["pulldata()"]),
    ("//age > 3", ["//"]),
    ("ancestor::household/age", ["ancestor::"]),
    ("@id", ["@"]),
    ("/a | /b", ["|"]),
    ("$x + 1", ["$x"]),
    ("text()", ["text()"]),
    ("/census/*", ["*"]),
    ("area(${plot}) + distance(${plot})", ["area()", "distance()"]),
])
def test_unsupported_parts_are_named(expression, names):
    assert unsupported_in(expression) == names


def test_a_syntax_error_is_unsupported_and_says_where():
    (problem,) = unsupported_in("(1 + ")
    assert problem.startswith("syntax error")
    (problem,) = unsupported_in("1 ) 2")
    assert "')'" in problem and "3" in problem


def test_the_odk_functions_the_issue_names_are_supported():
    for name in ("if", "selected", "count-selected", "coalesce", "concat", "regex", "today", "now",
                 "date", "int", "round", "sqrt", "pow", "jr:choice-name", "position", "count", "sum",
                 "string-length"):
        assert name in SUPPORTED_FUNCTIONS
