"""Whatever an agent types, scans or resumes, the engine answers with a value or a problem,
never an exception."""
from __future__ import annotations

from pathlib import Path

import pytest

from core.forms.engine import FormSession
from core.forms.xlsform import load_xlsform
from tests.unit.forms.engine_kit import NOW, q, session

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "forms"
NASTY = ["", " ", "1,5,5", "inf", "-inf", "nan", "NaN", "-0", "1e309", "9" * 400, "' or 1=1 --", "<x/>&amp;",
         "]]>", "日本語", "é" * 3, "a\x00b", "(01)0361234567890\x1d10ABC", "\ud800", "2026-13-45", "0 0",
         "91 181", "a b c", "${x}", "concat(", "\n\t"]


@pytest.mark.parametrize("name", ["census_buildings", "odk_form_logic", "odk_widgets", "odk_cascading"])
def test_every_question_takes_every_nasty_answer(name):
    s = FormSession(load_xlsform(FIXTURES / f"{name}.xlsx"), language="fr", now=lambda: NOW)
    leaves = [ref for ref in s.refs() if not s.form.question(ref).is_container]
    for value in NASTY:
        for ref in leaves:
            s.set_value(ref, value)
            s.problem(ref, strict=True)
            s.label(ref)
            s.choices(ref)
        s.validate()
        s.submission_answers()
    FormSession(s.form, s.answers, language="pt", now=lambda: NOW).validate()  # the draft resumes


def test_a_scanned_barcode_keeps_its_group_separator():
    s = session(q("code", "barcode"), q("size", "calculate", calculate="string-length(${code})"))
    scanned = "(01)0361234567890\x1d10ABC"
    s.set_value("/f/code", scanned)
    assert s.value("/f/code") == scanned and s.answers["code"] == scanned
    assert s.value("/f/size") == str(len(scanned) - 1)  # expressions read it without the separator
    resumed = session(q("code", "barcode"), answers={"code": scanned})
    assert resumed.value("/f/code") == scanned


# Python's \d and int() take any script's digits and `$` matches before a final newline, so "٣",
# "１２" or "12\n" passed as an integer that no XPath, ODK tool or GIS export reads as a number.
@pytest.mark.parametrize("kind,value", [("integer", "٣"), ("integer", "１２"), ("integer", "12\n"),
                                        ("decimal", "٣.٥"), ("decimal", "1.5\n"), ("date", "٢٠٢٦-٠١-٠١"),
                                        ("geopoint", "٣ ٣"), ("time", "10:00\n")])
def test_only_ascii_digits_pass_as_numbers(kind, value):
    s = session(q("x", kind))
    s.set_value("/f/x", value)
    assert s.problem("/f/x") is not None
    assert s.validate(), "a non-ASCII number would be submitted as valid"
