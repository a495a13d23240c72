"""Each refusal of the XLSForm loader names its cell (sheet, row, column) in FR, EN and PT, and
nothing is loaded: a form that uses what the app does not do is never half-working."""
from __future__ import annotations

import pytest

from core.errors import QuittanceError
from core.forms.xlsform import load_xlsform
from tests.fixtures.forms.make_forms import write

SETTINGS = [["form_id", "version"], ["t", "1"]]


def book(tmp_path, survey, choices=None, settings=SETTINGS):
    sheets = {"survey": survey, "settings": settings}
    if choices:
        sheets["choices"] = choices
    return write("form", sheets, tmp_path)


def refusal(path) -> QuittanceError:
    with pytest.raises(QuittanceError) as caught:
        load_xlsform(path)
    assert caught.value.code == "form_refused"
    return caught.value


def assert_names(error, sheet, row, column, *words):
    assert (error.params["sheet"], error.params["row"], error.params["column"]) == (sheet, row, column)
    english = error.message("en")
    assert f"sheet {sheet}, row {row}, column {column}" in english
    assert f"feuille {sheet}, ligne {row}, colonne {column}" in error.message("fr")
    assert f"folha {sheet}, linha {row}, coluna {column}" in error.message("pt")
    for word in words:
        assert word in english


@pytest.mark.parametrize("type_", ["audio", "range", "rank numbers", "start", "deviceid", "dateTime", "acknowledge",
                                   "select_one numbers or_other", "select_one_from_file a.csv", "hidden"])
def test_a_question_type_outside_the_subset(tmp_path, type_):
    choices = [["list_name", "name", "label"], ["numbers", "a", "A"]]
    error = refusal(book(tmp_path, [["type", "name", "label"], ["text", "a", "A"], [type_, "b", "B"]], choices))
    assert_names(error, "survey", 3, "type", "not supported")


@pytest.mark.parametrize("column, expression, named", [
    ("relevant", "last() > 1", "last()"),
    ("constraint", "count(//a) < 3", "//"),
    ("calculation", "digest(${a}, 'SHA-1')", "digest()"),
    ("required", "ancestor::data", "ancestor::"),
    ("choice_filter", "@name = 'x'", "@"),
])
def test_an_expression_the_engine_does_not_evaluate(tmp_path, column, expression, named):
    survey = [["type", "name", "label", column], ["text", "a", "A", ""],
              ["select_one l" if column == "choice_filter" else "text", "b", "B", expression]]
    choices = [["list_name", "name", "label"], ["l", "x", "X"]]
    error = refusal(book(tmp_path, survey, choices))
    assert_names(error, "survey", 3, column, named)


def test_a_repeat_count_the_engine_does_not_evaluate(tmp_path):
    survey = [["type", "name", "label", "repeat_count"], ["integer", "n", "N", ""],
              ["begin_repeat", "r", "R", "random() * ${n}"], ["text", "t", "T", ""], ["end_repeat", "", "", ""]]
    assert_names(refusal(book(tmp_path, survey)), "survey", 3, "repeat_count", "random()")


def test_a_reference_to_no_question(tmp_path):
    survey = [["type", "name", "label", "relevant"], ["text", "a", "A", ""], ["text", "b", "B", "${nobody} = 'x'"]]
    assert_names(refusal(book(tmp_path, survey)), "survey", 3, "relevant", "nobody")


def test_read_only_as_an_expression(tmp_path):
    survey = [["type", "name", "label", "read_only"], ["text", "a", "A", ""], ["text", "b", "B", "${a} = 'x'"]]
    assert_names(refusal(book(tmp_path, survey)), "survey", 3, "read_only")


@pytest.mark.parametrize("column", ["media::image", "image", "audio::English (en)", "trigger"])
def test_media_and_trigger_columns_are_not_ignored(tmp_path, column):
    survey = [["type", "name", "label", column], ["text", "a", "A", ""], ["text", "b", "B", "${a}" if
                                                                        column == "trigger" else "b.png"]]
    error = refusal(book(tmp_path, survey))
    assert_names(error, "survey", 3, column)


def test_a_form_without_a_version(tmp_path):
    error = refusal(book(tmp_path, [["type", "name", "label"], ["text", "a", "A"]],
                         settings=[["form_id", "form_title"], ["t", "T"]]))
    assert_names(error, "settings", 2, "version", "version")


def test_pyxforms_own_refusal_names_the_row(tmp_path):
    survey = [["type", "name", "label"], ["text", "a", "A"], ["select_one missing_list", "b", "B"]]
    error = refusal(book(tmp_path, survey, [["list_name", "name", "label"], ["l", "x", "X"]]))
    assert (error.params["sheet"], error.params["row"]) == ("survey", 3)
    assert "missing_list" in error.message("en") and "ligne 3" in error.message("fr")


def test_a_file_that_is_no_workbook(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    error = refusal(path)
    assert "broken.xlsx" in error.message("en") and "fichier broken.xlsx" in error.message("fr")


CENSUS_HEAD = ["type", "name", "label", "quittance"]


@pytest.mark.parametrize("rows, at, words", [
    ([["text", "n", "Name", "taxpayer.nom"]], 2, ["taxpayer.nom"]),
    ([["text", "n", "Name", "taxpayer.name"], ["text", "m", "Other", "taxpayer.name"]], 3, ["twice"]),
    ([["text", "n", "Name", "taxpayer.name"], ["text", "p", "Place", "taxpayer.location"]], 3, ["geopoint"]),
    ([["text", "n", "Name", "taxpayer.name"], ["text", "r", "Ref", "object.reference"]], 3, ["object.reference"]),
    ([["text", "n", "Name", "taxpayer.name"], ["begin_repeat", "b", "B", "object:castle"],
      ["text", "r", "Ref", "object.reference"], ["end_repeat", "", "", ""]], 3, ["castle", "property"]),
    ([["text", "n", "Name", "taxpayer.name"], ["begin_repeat", "h", "H", ""], ["begin_group", "b", "B",
      "object:property"], ["text", "r", "Ref", "object.reference"], ["end_group", "", "", ""],
      ["end_repeat", "", "", ""]], 4, ["begin_repeat"]),
    ([["text", "n", "Name", "taxpayer.name"], ["text", "b", "B", "object:property"]], 3, ["begin_group"]),
    ([["text", "n", "Name", "taxpayer.name"], ["begin_repeat", "b", "B", "object:property"],
      ["text", "r", "Ref", "object.reference"], ["begin_repeat", "f", "F", ""], ["decimal", "a", "Area",
      "object.area"], ["end_repeat", "", "", ""], ["end_repeat", "", "", ""]], 6, ["nested"]),
    ([["text", "n", "Name", "taxpayer.name"], ["begin_repeat", "b", "B", "object:property"],
      ["text", "a", "Area", "object.surface_m2"], ["end_repeat", "", "", ""]], 3, ["object.reference"]),
    ([["begin_repeat", "b", "B", ""], ["text", "n", "Name", "taxpayer.name"], ["end_repeat", "", "", ""]], 3,
     ["repeat"]),
    ([["text", "p", "Phone", "taxpayer.phone"]], 2, ["taxpayer.name"]),
])
def test_a_bad_census_declaration_names_its_cell(tmp_path, rows, at, words):
    error = refusal(book(tmp_path, [CENSUS_HEAD, *rows]))
    assert_names(error, "survey", at, "quittance", *words)


def test_nothing_is_returned_half_loaded(tmp_path):
    survey = [["type", "name", "label", "relevant"], ["text", "a", "A", ""], ["audio", "b", "B", ""],
              ["text", "c", "C", "last()"]]
    error = refusal(book(tmp_path, survey))
    assert error.params["row"] == 3  # the first fault stops the load; no Form comes back at all


def test_a_workbook_without_a_survey_sheet(tmp_path):
    path = write("nosurvey", {"choices": [["list_name", "name", "label"], ["l", "x", "X"]],
                              "settings": [["form_id", "version"], ["t", "1"]]}, tmp_path)
    error = refusal(path)
    assert "survey" in error.message("en") and "nosurvey.xlsx" in error.message("en")


def test_a_file_that_is_not_an_xlsx(tmp_path):
    path = tmp_path / "form.csv"
    path.write_text("type,name,label\ntext,a,A\n")
    error = refusal(path)
    assert "fichier form.csv" in error.message("fr") and "ficheiro form.csv" in error.message("pt")


def test_a_choice_filter_on_a_column_the_choices_do_not_have(tmp_path):
    survey = [["type", "name", "label", "choice_filter"], ["select_one zone", "zone", "Zone", ""],
              ["select_one quarter", "quarter", "Quarter", "zone = ${zone} or district = ${zone}"]]
    choices = [["list_name", "name", "label", "zone"], ["zone", "z1", "Z1", ""], ["quarter", "q1", "Q1", "z1"]]
    assert_names(refusal(book(tmp_path, survey, choices)), "survey", 3, "choice_filter", "district")


def test_calculations_that_read_each_other_in_a_circle(tmp_path):
    path = book(tmp_path, [["type", "name", "label", "calculation"],
                           ["integer", "floors", "Floors", ""],
                           ["calculate", "area", "", "${rooms} * 12"],
                           ["calculate", "rooms", "", "${area} div 12"]])
    error = refusal(path)
    assert error.params["sheet"] == "survey" and error.params["row"] in (3, 4)
    assert "in a circle" in error.message("en") and "en cercle" in error.message("fr")


def test_a_title_in_several_languages_is_refused_in_words(tmp_path):
    path = book(tmp_path, [["type", "name", "label"], ["text", "a", "A"]],
                settings=[["form_title", "form_title::Português (pt)", "form_id", "version"],
                          ["Recensement", "Recenseamento", "t", "1"]])
    error = refusal(path)
    assert error.params["sheet"] == "settings" and error.params["column"] == "form_title::Português (pt)"
    assert "one language" in error.message("en") and "nodeType" not in error.message("en")
