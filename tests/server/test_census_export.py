"""A form published from its workbook reaches a device by pull, the device's submissions come
back by push, and the server exports them as ODK Central does: one CSV per repeat, joined by keys
(the CLI, and the supervisor's endpoint as a ZIP)."""
from __future__ import annotations

import csv
import io
import json
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from core.forms.serialize import form_to_json
from core.forms.xlsform import load_xlsform
from core.reference import apply_server_records
from sync.server import census_forms, cli
from sync.server.reference import AdminError
from sync.server.supervisor_api import PREFIX
from tests.server.census_support import record_submission
from tests.server.supervisor_support import supervisor_token
from tests.server.support import auth, enrolled_device, push_all

WORKBOOK = Path(__file__).resolve().parents[1] / "fixtures" / "forms" / "census_buildings.xlsx"
ANSWERS = {
    "owner": {"owner_name": "Kabasélé Ngoyi", "owner_kind": "person", "business_name": "", "owner_phone": ""},
    "zone": "KAT", "quarter": "", "location": "-5.89 22.41 0 4.5", "building_count": "2",
    "building": [{"building_no": "1", "plate": "KAT-001", "building_use": "home", "floor_area": "120.5",
                  "floors": "1", "building_photo": ""},
                 {"building_no": "2", "plate": "=HYPERLINK(\"x\")", "building_use": "shop", "floor_area": "30",
                  "floors": "2", "building_photo": ""}],
    "household": [{"head_name": "Mbuyi", "member_count": "2",
                   "member": [{"member_name": "Ada", "member_age": "34", "member_sex": "f",
                               "member_activities": "farming trade"},
                              {"member_name": "Ben", "member_age": "9", "member_sex": "m", "member_activities": ""}]}],
    "comments": "",
}


def _cli(server, *args: str) -> tuple[int, str, str]:  # noqa: ANN001
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url,
                         *args])
    return code, out.getvalue(), err.getvalue()


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_publish_pull_push_and_export_one_file_per_repeat(server, tmp_path):
    code, out, err = _cli(server, "form", "publish", str(WORKBOOK), "--json", "--by", "Kalala Mwamba")
    assert code == 0, err
    published = json.loads(out)
    form = load_xlsform(WORKBOOK)
    assert (published["form_id"], published["version"], published["questions"]) == \
        (form.form_id, form.version, form.question_count)
    code, out, _ = _cli(server, "form", "list")
    assert code == 0 and form.form_id in out and form.version in out

    ledger, token = enrolled_device(tmp_path / "d.db", server)
    page = server.client.get("/api/v1/pull", headers=auth(token), params={"limit": 5000}).json()
    with ledger.store.transaction() as conn:  # the device's own applier takes the server's record
        apply_server_records(conn, [r for r in page["records"] if r["kind"] == "form"])
    assert [(f.form_id, f.version, f.origin) for f in ledger.forms()] == [(form.form_id, form.version, "server")]
    assert ledger.form(form.form_id) == form

    agent = server.agent_id("Ilunga Kabeya")
    first = record_submission(ledger, agent, form_id=form.form_id, version=form.version, answers=ANSWERS,
                              geometry='{"type":"Point","coordinates":[22.41,-5.89]}')
    second = record_submission(ledger, agent, form_id=form.form_id, version=form.version,
                               answers={**ANSWERS, "building": [], "household": []}, at="2026-11-21T08:00:00.000Z")
    record_submission(ledger, agent, form_id=form.form_id, version="older", answers={})  # another version: not exported
    assert push_all(server, token, ledger)["quarantined"] == []

    out_dir = tmp_path / "export"
    code, out, err = _cli(server, "submissions", "export", "--form", form.form_id, "--out", str(out_dir))
    assert code == 0, err
    assert "Wrote 2 submissions" in out
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == sorted([f"{form.form_id}.csv", f"{form.form_id}-building.csv", f"{form.form_id}-household.csv",
                            f"{form.form_id}-member.csv"])
    main = _rows(out_dir / f"{form.form_id}.csv")
    assert [r["KEY"] for r in main] == [f"uuid:{first}", f"uuid:{second}"]
    assert main[0]["owner-owner_name"] == "Kabasélé Ngoyi" and main[0]["SubmitterName"] == "Ilunga Kabeya"
    assert main[0]["location-Latitude"] == "-5.89" and main[0]["FormVersion"] == form.version
    buildings = _rows(out_dir / f"{form.form_id}-building.csv")
    assert [(b["plate"], b["floor_area"], b["PARENT_KEY"], b["KEY"]) for b in buildings] == [
        ("KAT-001", "120.5", f"uuid:{first}", f"uuid:{first}/building[1]"),
        ("'=HYPERLINK(\"x\")", "30", f"uuid:{first}", f"uuid:{first}/building[2]")]  # no formula runs
    members = _rows(out_dir / f"{form.form_id}-member.csv")
    assert [(m["member_name"], m["member_activities"], m["PARENT_KEY"], m["KEY"]) for m in members] == [
        ("Ada", "farming trade", f"uuid:{first}/household[1]", f"uuid:{first}/household[1]/member[1]"),
        ("Ben", "", f"uuid:{first}/household[1]", f"uuid:{first}/household[1]/member[2]")]

    token_s = supervisor_token(server)
    answer = server.client.get(f"{PREFIX}/forms/{form.form_id}/submissions.zip", headers=auth(token_s))
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/zip" and answer.headers["x-submissions"] == "2"
    archive = zipfile.ZipFile(io.BytesIO(answer.content))
    assert sorted(archive.namelist()) == names
    assert archive.read(f"{form.form_id}-member.csv") == (out_dir / f"{form.form_id}-member.csv").read_bytes()


def test_publishing_a_changed_workbook_under_the_same_version_is_refused(server, tmp_path):
    assert _cli(server, "form", "publish", str(WORKBOOK))[0] == 0
    again = _cli(server, "form", "publish", str(WORKBOOK))
    assert again[0] == 0 and "was published already with this same content" in again[1]
    changed = form_to_json(load_xlsform(WORKBOOK))
    changed["title"] = {"": "Changed title"}
    with pytest.raises(AdminError, match="different content"), server.engine.begin() as conn:
        census_forms.publish(conn, changed)


def test_a_workbook_the_loader_refuses_is_not_published(server, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    code, _out, err = _cli(server, "form", "publish", str(bad))
    assert code == 2 and "bad.xlsx" in err
    assert _cli(server, "form", "list")[1].startswith("No form published yet")


def test_an_unknown_form_cannot_be_exported(server, tmp_path):
    code, _out, err = _cli(server, "submissions", "export", "--form", "nope", "--out", str(tmp_path / "x"))
    assert code == 2 and "not published on this server" in err
    token = supervisor_token(server)
    answer = server.client.get(f"{PREFIX}/forms/nope/submissions.zip", headers=auth(token))
    assert answer.status_code == 404 and answer.json()["error"]["code"] == "not_found"


def test_submissions_of_a_form_a_device_imported_itself_export_with_its_definition(server, tmp_path):
    ledger, token = enrolled_device(tmp_path / "d.db", server)
    form = ledger.import_form(WORKBOOK)  # event form.imported: not published on the server
    submission = record_submission(ledger, server.agent_id("Ilunga Kabeya"), form_id=form.form_id,
                                   version=form.version, answers=ANSWERS)
    assert push_all(server, token, ledger)["quarantined"] == []
    code, out, err = _cli(server, "submissions", "export", "--form", form.form_id, "--out", str(tmp_path / "x"))
    assert code == 0, err
    assert [r["KEY"] for r in _rows(tmp_path / "x" / f"{form.form_id}.csv")] == [f"uuid:{submission}"]
    assert len(_rows(tmp_path / "x" / f"{form.form_id}-member.csv")) == 2
