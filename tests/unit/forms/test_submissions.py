"""Finishing a draft: refused while invalid; else one event, its row, the draft gone, and verify
rebuilds the submissions table from the chain (and catches a row edited behind its back)."""
from __future__ import annotations

import json
from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file
from pathlib import Path

import pytest

from core.canonical import canonical_json
from core.errors import QuittanceError
from tests.unit.attacker import drop_triggers
from tests.unit.forms.submission_kit import answers, building_census, serve_form

VECTOR = json.loads((Path(__file__).resolve().parents[2] / "vectors" / "submission_recorded.json").read_text("utf-8"))


@pytest.fixture
def census(ledger, monkeypatch):
    form = building_census(census=False)
    serve_form(monkeypatch, ledger, form)
    return form


def _filled(ledger, tree=None) -> str:
    draft_id = ledger.start_draft("census_buildings")
    ledger.save_draft(draft_id, answers() if tree is None else tree)
    return draft_id


def test_an_invalid_draft_is_refused_naming_the_question_and_kept(ledger, census):
    draft_id = _filled(ledger, answers(owner={"owner_name": "", "owner_phone": ""}))
    events_before = ledger.store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(QuittanceError) as refused:
        ledger.submit_draft(draft_id)
    assert refused.value.code == "submission_invalid"
    assert "Nom du propriétaire" in refused.value.message("fr")
    assert "Owner's name" in refused.value.message("en")
    assert ledger.draft(draft_id).answers["building"][0]["plate"] == "KAT-0001"  # nothing typed is lost
    assert ledger.store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == events_before
    assert ledger.submissions("census_buildings") == []


def test_an_answer_the_engine_refuses_is_named_in_the_agents_language(ledger, census):
    draft_id = _filled(ledger, answers(zone="atlantis"))  # not among the zone list's choices
    with pytest.raises(QuittanceError) as refused:
        ledger.submit_draft(draft_id)
    assert refused.value.code == "submission_invalid"
    assert "zone" in refused.value.message("pt") and "(pt)" in refused.value.message("pt")


def test_a_submission_is_one_event_and_its_row_and_the_draft_is_gone(ledger, census):
    draft_id = _filled(ledger)
    started_at = ledger.draft(draft_id).started_at
    submission_id = ledger.submit_draft(draft_id)

    assert ledger.drafts() == []
    [row] = ledger.submissions("census_buildings")
    assert (row.id, row.form_version, row.taxpayer_id) == (submission_id, "2026112901", None)
    assert row.answers == answers()
    assert json.loads(row.geometry) == {"type": "Point", "coordinates": [22.4166, -5.8961]}  # lon, lat
    seq, event_type, payload = ledger.store.conn.execute(
        "SELECT seq, type, payload FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    data = json.loads(payload)["data"]
    assert (event_type, row.event_seq) == ("submission.recorded", seq)
    assert set(data) == set(VECTOR["data"])  # the contract's fields, no more, no fewer
    assert (data["id"], data["answers"], data["started_at"]) == (submission_id, answers(), started_at)
    assert data["agent_id"] == ledger.agent_id
    assert ledger.verify().ok


def test_the_fixed_vector_is_what_the_code_writes():
    from tests.vectors.make_submission_recorded import build

    assert build() == VECTOR
    assert canonical_json(VECTOR["data"]) == VECTOR["canonical"]


def test_a_geoshape_first_gives_a_closed_counter_clockwise_polygon(ledger, census):
    # Clockwise as walked, and not closed: the polygon is closed and turned counter-clockwise.
    tree = answers(location="", outline="-5.8961 22.4166 0 0;-5.8961 22.4170 0 0;-5.8965 22.4170 0 0")
    submission_id = ledger.submit_draft(_filled(ledger, tree))
    [row] = [r for r in ledger.submissions("census_buildings") if r.id == submission_id]
    assert json.loads(row.geometry) == {"type": "Polygon", "coordinates": [[
        [22.4166, -5.8961], [22.417, -5.8965], [22.417, -5.8961], [22.4166, -5.8961]]]}


def test_verify_catches_a_submission_edited_behind_its_back(ledger, census):
    ledger.submit_draft(_filled(ledger))
    conn = sqlite3.connect(ledger.store.path)
    try:
        drop_triggers(conn)
        conn.execute("DROP TRIGGER submissions_no_update")
        conn.execute("UPDATE submissions SET answers = replace(answers, '120', '12')")
        conn.commit()
    finally:
        conn.close()
    report = ledger.verify()
    assert not report.ok
    problem = report.first_problem
    assert (problem.code, dict(problem.params)["table"], dict(problem.params)["column"]) == \
        ("row_differs", "submissions", "answers")
    assert "submissions" in problem.message("en")  # what the supervisor reads names the table


def test_verify_catches_a_deleted_submission(ledger, census):
    ledger.submit_draft(_filled(ledger))
    conn = sqlite3.connect(ledger.store.path)
    try:
        conn.execute("DROP TRIGGER submissions_no_delete")
        conn.execute("DELETE FROM submissions")
        conn.commit()
    finally:
        conn.close()
    assert [p.code for p in ledger.verify().problems] == ["row_missing"]


def test_the_submissions_table_is_append_only(ledger, census):
    ledger.submit_draft(_filled(ledger))
    with pytest.raises(sqlite3.DatabaseError):
        with ledger.store.transaction() as conn:
            conn.execute("UPDATE submissions SET form_version = 'x'")
