"""Forms on the device: an import is an event in the chain, verify rebuilds the table by replay,
the server's forms arrive as reference records, and the latest version is the one opened."""
from __future__ import annotations

from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
from pathlib import Path

import pytest

from core import reference
from core.errors import QuittanceError
from core.forms.serialize import form_to_json
from core.forms.xlsform import load_xlsform
from core.migrations import LATEST_VERSION, MIGRATIONS
from tests.fixtures.forms.make_forms import CENSUS_BUILDINGS, write

HERE = Path(__file__).resolve().parents[2] / "fixtures" / "forms"
CENSUS = HERE / "census_buildings.xlsx"


def census_version(tmp_path, version: str, title: str = "Recensement des bâtiments") -> Path:
    sheets = dict(CENSUS_BUILDINGS)
    sheets["settings"] = [sheets["settings"][0], [title, "census_buildings", version, sheets["settings"][1][3]]]
    folder = tmp_path / version
    folder.mkdir()
    return write("census_buildings", sheets, folder)


def events(ledger, type_):
    return ledger.store.conn.execute("SELECT count(*) FROM events WHERE type = ?", (type_,)).fetchone()[0]


def test_migration_v14_makes_the_forms_table(ledger):
    assert MIGRATIONS[13].__name__ == "_v14_forms"
    columns = [r[1] for r in ledger.store.conn.execute("PRAGMA table_info(forms)")]
    assert columns[:6] == ["form_id", "version", "title", "definition", "origin", "added_at"]
    assert LATEST_VERSION >= 14


def test_an_import_is_an_event_and_lists(ledger):
    form = ledger.import_form(CENSUS)
    assert events(ledger, "form.imported") == 1
    [summary] = ledger.forms()
    assert (summary.form_id, summary.version, summary.title, summary.question_count, summary.origin) == \
        ("census_buildings", "2026112901", "Recensement des bâtiments", 25, "local")
    assert ledger.form("census_buildings") == form
    assert ledger.verify().ok


def test_importing_the_same_form_again_records_nothing(ledger):
    ledger.import_form(CENSUS)
    ledger.import_form(CENSUS)
    assert events(ledger, "form.imported") == 1


def test_same_version_other_content_is_refused(ledger, tmp_path):
    ledger.import_form(CENSUS)
    with pytest.raises(QuittanceError) as refused:
        ledger.import_form(census_version(tmp_path, "2026112901", title="Autre titre"))
    assert refused.value.code == "form_version_exists"
    assert "augmentez la version" in refused.value.message("fr")
    assert events(ledger, "form.imported") == 1


def test_a_refused_form_records_nothing(ledger, tmp_path):
    path = write("bad", {"survey": [["type", "name", "label"], ["audio", "a", "A"]],
                         "settings": [["form_id", "version"], ["bad", "1"]]}, tmp_path)
    with pytest.raises(QuittanceError):
        ledger.import_form(path)
    assert ledger.forms() == [] and events(ledger, "form.imported") == 0


def test_the_latest_version_is_opened_by_default(ledger, tmp_path):
    for version in ("9", "10", "2"):
        ledger.import_form(census_version(tmp_path, version))
    assert ledger.form("census_buildings").version == "10"
    assert ledger.form("census_buildings", "2").version == "2"
    assert [s.version for s in ledger.forms()] == ["2", "9", "10"]
    with pytest.raises(QuittanceError) as unknown:
        ledger.form("census_buildings", "11")
    assert unknown.value.code == "form_unknown"


@pytest.mark.parametrize("tamper, problem", [
    ("UPDATE forms SET definition = replace(definition, 'floor_area', 'floor_arex')", "row_differs"),
    ("UPDATE forms SET title = 'Autre'", "row_differs"),
    ("DELETE FROM forms", "row_missing"),
    ("UPDATE forms SET origin = 'server'", "origin_flipped"),
])
def test_verify_rebuilds_the_table_from_events(ledger, tamper, problem):
    ledger.import_form(CENSUS)
    conn = sqlite3.connect(ledger.store.path)
    conn.execute(tamper)
    conn.commit()
    conn.close()
    report = ledger.verify()
    assert not report.ok
    assert problem in {p.code for p in report.problems}


def test_a_row_no_event_wrote_is_found(ledger):
    ledger.import_form(CENSUS)
    conn = sqlite3.connect(ledger.store.path)
    conn.execute("INSERT INTO forms SELECT form_id, 'forged', title, definition, origin, added_at, NULL FROM forms")
    conn.commit()
    conn.close()
    assert "row_not_in_log" in {p.code for p in ledger.verify().problems}


def server_record(version="2026120101"):
    form = load_xlsform(CENSUS)
    definition = form_to_json(form)
    definition["version"] = version
    return {"kind": "form", "id": f"census_buildings@{version}", "version": 4,
            "data": {"form_id": "census_buildings", "version": version, "definition": definition}}


def test_a_form_from_the_server_arrives_as_reference_data(ledger):
    with ledger.store.transaction() as conn:
        changes = reference.apply_server_records(conn, [server_record()])
    assert changes.counts == {"form": 1}
    [summary] = ledger.forms()
    assert (summary.origin, summary.version) == ("server", "2026120101")
    assert ledger.form("census_buildings").question_count == 25
    assert events(ledger, "form.imported") == 0
    assert ledger.verify().ok  # server data: not replayed, not a problem


def test_the_server_never_replaces_a_form_imported_here(ledger):
    ledger.import_form(CENSUS)
    with ledger.store.transaction() as conn:
        reference.apply_server_records(conn, [server_record("2026112901")])
    assert [s.origin for s in ledger.forms()] == ["local"]
    assert ledger.verify().ok


def test_a_bad_server_form_is_refused(ledger):
    record = server_record()
    record["data"]["definition"]["format"] = 99
    with pytest.raises(QuittanceError):
        with ledger.store.transaction() as conn:
            reference.apply_server_records(conn, [record])
    record = server_record()
    record["id"] = "other@1"
    with pytest.raises(QuittanceError) as refused:
        with ledger.store.transaction() as conn:
            reference.apply_server_records(conn, [record])
    assert refused.value.code == "server_record_invalid"
    assert ledger.forms() == []


def test_a_definition_damaged_behind_the_apps_back_hides_no_other_form(ledger, tmp_path):
    ledger.import_form(HERE / "census_buildings.xlsx")
    ledger.import_form(HERE / "odk_cascading.xlsx")
    both = [f.form_id for f in ledger.forms()]
    damaged = both[0]
    with ledger.store.transaction() as conn:
        conn.execute("UPDATE forms SET definition = 'not json' WHERE form_id = ?", (damaged,))
    assert [f.form_id for f in ledger.forms()] == both[1:]
    with pytest.raises(QuittanceError) as refused:
        ledger.form(damaged)
    assert refused.value.code == "form_damaged" and "quittance verify" in refused.value.message("en")
    report = ledger.verify()
    assert not report.ok and "definition" in report.first_problem.message("en")
