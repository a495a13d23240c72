"""Workbooks as people really send them: Excel numbers where text was meant, a capitalised sheet,
an empty row, one language only, 500 questions; and files that are no workbook at all, which
`quittance form import` refuses in one line naming the file, with exit code 2 and no traceback."""
from __future__ import annotations

import pytest

from core.errors import QuittanceError
from core.forms.engine import FormSession
from core.forms.xlsform import load_xlsform
from tests.cli_support import AGENTS, PIN, ok, quittance
from tests.fixtures.forms.make_forms import write

SETTINGS = [["form_id", "version"], ["f", 2026113001]]  # Excel stores a typed version as a number


def test_an_excel_number_version_and_numeric_choice_names_read_as_written(tmp_path):
    path = write("nums", {"survey": [["type", "name", "label"], ["select_one n", "b", "Pick"]],
                          "choices": [["list_name", "name", "label"], ["n", 1, "One"], ["n", 2, "Two"]],
                          "settings": SETTINGS}, tmp_path)
    form = load_xlsform(path)
    assert form.version == "2026113001"
    s = FormSession(form, language="en")
    assert [c.name for c in s.choices("/data/b")] == ["1", "2"]
    s.set_value("/data/b", "1")
    assert s.problem("/data/b") is None


def test_a_capitalised_sheet_an_empty_row_and_one_language_only(tmp_path):
    path = write("caps", {"Survey": [["type", "name", "label::English (en)"], ["text", "a", "Name"], [],
                                     ["integer", "b", "Age"]],
                          "Settings": SETTINGS}, tmp_path)
    form = load_xlsform(path)
    assert [q.name for q in form.children] == ["a", "b"]
    assert FormSession(form, language="fr").label("/data/b") == "Age"  # falls back to the only language


def test_five_hundred_questions(tmp_path):
    rows = [["type", "name", "label"]] + [["integer", f"q{i}", f"Q {i}"] for i in range(500)]
    form = load_xlsform(write("big", {"survey": rows, "settings": SETTINGS}, tmp_path))
    assert form.question_count == 500


def test_a_huge_repeat_count_is_capped_not_a_hang(tmp_path):
    path = write("rep", {"survey": [["type", "name", "label", "repeat_count"], ["integer", "n", "N"],
                                    ["begin_repeat", "r", "R", "${n}"], ["text", "x", "X"], ["end_repeat", ""]],
                         "settings": SETTINGS}, tmp_path)
    s = FormSession(load_xlsform(path), language="en")
    s.set_value("/data/n", "100000")
    assert len(s.answers["r"]) == 500
    s.set_value("/data/n", "1e309")
    assert s.problem("/data/n") is not None and s.answers.get("r", []) == []


@pytest.fixture(scope="module")
def device(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    db = home / "device.db"
    ok(quittance(home, "init", "--db", db, "--municipality", "Commune de Kananga", "--currency", "CDF",
                 "--device-code", "T07", "--agent", AGENTS[0], "--pin", PIN, "--timezone", "Africa/Lubumbashi"))
    return home, db


def _bad_files(folder):
    good = write("good", {"survey": [["type", "name", "label"], ["text", "a", "A"]], "settings": SETTINGS}, folder)
    (folder / "empty.xlsx").write_bytes(b"")
    (folder / "cut.xlsx").write_bytes(good.read_bytes()[:300])
    (folder / "image.xlsx").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    (folder / "folder.xlsx").mkdir()
    return {"empty.xlsx": "vide ou abîmé", "cut.xlsx": "vide ou abîmé", "image.xlsx": "vide ou abîmé",
            "folder.xlsx": "c'est un dossier", "absent.xlsx": "n'existe pas"}


def test_files_that_are_no_workbook_are_refused_in_one_line(device, tmp_path):
    home, db = device
    for name, says in _bad_files(tmp_path).items():
        result = quittance(home, "form", "import", tmp_path / name, "--db", db, "--as", AGENTS[0])
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip() == result.stderr.strip().splitlines()[0], result.stderr
        assert f"fichier {name}" in result.stderr and says in result.stderr, result.stderr
        assert "Traceback" not in result.stderr and "definition" not in result.stderr


def test_the_damaged_file_is_said_in_english_and_portuguese_too(tmp_path):
    _bad_files(tmp_path)
    with pytest.raises(QuittanceError) as caught:
        load_xlsform(tmp_path / "cut.xlsx")
    assert "damaged" in caught.value.message("en") and "danificado" in caught.value.message("pt")
