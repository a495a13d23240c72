"""What each supported XLSForm type and column becomes in the app's Form (core/forms/model.py)."""
from __future__ import annotations

from core.forms.model import CellRef, localized
from core.forms.xlsform import language_code, load_xlsform
from tests.fixtures.forms.make_forms import write

SETTINGS = [["form_title", "form_id", "version", "default_language"], ["Essai", "essai", "3", "Português (pt)"]]


def load(tmp_path, survey, choices=None, settings=SETTINGS):
    sheets = {"survey": survey, "settings": settings}
    if choices:
        sheets["choices"] = choices
    return load_xlsform(write("form", sheets, tmp_path))


def test_every_supported_type(tmp_path):
    rows = [["text", "t"], ["integer", "i"], ["decimal", "d"], ["select_one l", "s1"], ["select_multiple l", "sm"],
            ["date", "da"], ["time", "ti"], ["geopoint", "gp"], ["geotrace", "gt"], ["geoshape", "gs"],
            ["image", "im"], ["barcode", "bc"], ["note", "no"], ["calculate", "ca"], ["begin_group", "g"],
            ["text", "in_group"], ["end_group", ""], ["begin_repeat", "r"], ["text", "in_repeat"], ["end_repeat", ""]]
    survey = [["type", "name", "label", "calculation"]] + [
        [t, n, "" if t in ("calculate", "end_group", "end_repeat") else n.upper(), "1 + 1" if t == "calculate" else ""]
        for t, n in rows]
    form = load(tmp_path, survey, [["list_name", "name", "label"], ["l", "a", "A"], ["l", "b", "B"]])
    types = {q.name: q.type for q in form.walk()}
    assert types == {"t": "text", "i": "integer", "d": "decimal", "s1": "select_one", "sm": "select_multiple",
                     "da": "date", "ti": "time", "gp": "geopoint", "gt": "geotrace", "gs": "geoshape", "im": "image",
                     "bc": "barcode", "no": "note", "ca": "calculate", "g": "group", "in_group": "text",
                     "r": "repeat", "in_repeat": "text"}
    assert form.question("/data/r[3]/in_repeat").source == CellRef("survey", 20, "name")
    assert form.question("/data/r").repeat_count is None  # open-ended
    assert form.question("/data/ca").calculate == "1 + 1"
    assert [c.name for c in form.choice_lists["l"]] == ["a", "b"]


def test_expressions_are_kept_as_written_and_yes_becomes_true(tmp_path):
    survey = [["type", "name", "label", "relevant", "constraint", "constraint_message", "required",
               "required_message", "default", "read_only", "appearance", "repeat_count"],
              ["integer", "n", "N", "", ". >= 0", "Positive", "yes", "Say it", "2", "", "", ""],
              ["text", "t", "T", "${n} > 1", "", "", "${n} > 3", "", "", "yes", "multiline", ""],
              ["date", "d", "D", "", "", "", "no", "", "today()", "", "", ""],
              ["begin_repeat", "r", "R", "", "", "", "", "", "", "", "", "${n} + 1"],
              ["text", "x", "X", "", "", "", "", "", "", "", "", ""],
              ["end_repeat", "", "", "", "", "", "", "", "", "", "", ""],
              ["begin_repeat", "fixed", "F", "", "", "", "", "", "", "", "", "3"],
              ["text", "y", "Y", "", "", "", "", "", "", "", "", ""],
              ["end_repeat", "", "", "", "", "", "", "", "", "", "", ""]]
    form = load(tmp_path, survey)
    n, t, d = form.question("/data/n"), form.question("/data/t"), form.question("/data/d")
    assert (n.constraint, n.constraint_message, n.required, n.required_message, n.default) == \
        (". >= 0", {"": "Positive"}, "true()", {"": "Say it"}, "2")
    assert (t.relevant, t.required, t.read_only, t.appearance) == ("${n} > 1", "${n} > 3", True, "multiline")
    assert (d.required, d.default) == (None, "today()")
    assert form.question("/data/r").repeat_count == "${n} + 1"
    assert form.question("/data/fixed").repeat_count == "3"
    assert [q.name for q in form.walk()] == ["n", "t", "d", "r", "x", "fixed", "y"]  # nothing pyxform added


def test_labels_hints_and_messages_per_language(tmp_path):
    survey = [["type", "name", "label::Français (fr)", "label::Português (pt)", "label::English", "hint::Français (fr)",
               "constraint", "constraint_message::Português (pt)", "constraint_message::Français (fr)"],
              ["integer", "age", "Âge", "Idade", "Age", "En années", ". < 120", "Idade demasiado alta", "Âge trop élevé"]]
    choices = [["list_name", "name", "label::Français (fr)", "label::Português (pt)"], ["l", "x", "Oui", "Sim"]]
    form = load(tmp_path, survey, choices)
    age = form.question("/data/age")
    assert age.labels == {"fr": "Âge", "pt": "Idade", "en": "Age"}
    assert age.hints == {"fr": "En années"}
    assert age.constraint_message == {"pt": "Idade demasiado alta", "fr": "Âge trop élevé"}
    assert form.choice_lists["l"][0].labels == {"fr": "Oui", "pt": "Sim"}
    assert form.default_language == "pt"
    assert form.languages == ("fr", "pt", "en")
    assert localized(age.labels, "en", form.default_language) == "Age"
    assert localized(age.hints, "pt", form.default_language) == "En années"  # the only one there is
    assert (form.form_id, form.version, form.title) == ("essai", "3", {"": "Essai"})


def test_plain_columns_are_the_unnamed_language(tmp_path):
    form = load(tmp_path, [["type", "name", "label", "hint"], ["text", "a", "Nom", "Tel quel"]],
                settings=[["form_id", "version"], ["plain", "1"]])
    assert form.question("/data/a").labels == {"": "Nom"}
    assert (form.languages, form.default_language, form.title) == (("",), "", {"": "plain"})


def test_language_codes():
    assert language_code("Français (fr)") == "fr"
    assert language_code("Português (pt-BR)") == "pt-br"
    assert language_code("English") == "en"
    assert language_code("default") == ""
    assert language_code("Kiswahili") == "Kiswahili"


def test_choice_filter_keeps_the_choices_columns(tmp_path):
    survey = [["type", "name", "label", "choice_filter"], ["select_one zone", "zone", "Zone", ""],
              ["select_multiple quarter", "quarters", "Quarters", "zone = ${zone} and size > 2"]]
    choices = [["list_name", "name", "label", "zone", "size"], ["zone", "z1", "Z1", "", ""],
               ["quarter", "q1", "Q1", "z1", "3"], ["quarter", "q2", "Q2", "z1", ""]]
    form = load(tmp_path, survey, choices)
    quarters = form.question("/data/quarters")
    assert (quarters.choice_list, quarters.choice_filter) == ("quarter", "zone = ${zone} and size > 2")
    assert [dict(c.extra) for c in form.choice_lists["quarter"]] == [{"zone": "z1", "size": "3"}, {"zone": "z1"}]


def test_a_form_without_census_declaration_has_none(tmp_path):
    assert load(tmp_path, [["type", "name", "label"], ["text", "a", "A"]]).census is None
