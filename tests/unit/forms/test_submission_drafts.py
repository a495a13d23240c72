"""Drafts: saved on every answer, committed at once, and there again after the app is closed."""
from __future__ import annotations

import pytest

from core.errors import QuittanceError
from core.service import Ledger
from tests.unit.forms.submission_kit import answers, building_census, serve_form


@pytest.fixture
def census(ledger, monkeypatch):
    form = building_census()
    serve_form(monkeypatch, ledger, form)
    return form


def test_a_draft_survives_closing_the_store_mid_form(ledger, census, tmp_path, monkeypatch, clock):
    draft_id = ledger.start_draft("census_buildings")
    ledger.save_draft(draft_id, {"owner": {"owner_name": "Kabasélé"}})
    ledger.save_draft(draft_id, {"owner": {"owner_name": "Kabasélé Ngoyi", "owner_phone": "+243 810"}})
    path = ledger.store.path
    ledger.close()  # the app stops here, the form half filled in

    reopened = Ledger.open(path, clock=clock)
    try:
        serve_form(monkeypatch, reopened, census)
        [summary] = reopened.drafts()
        assert (summary.id, summary.form_id, summary.form_version) == (draft_id, "census_buildings", "2026112901")
        assert reopened.draft(draft_id).answers == {"owner": {"owner_name": "Kabasélé Ngoyi",
                                                              "owner_phone": "+243 810"}}
    finally:
        reopened.close()


def test_a_saved_answer_is_committed_before_save_returns(ledger, census):
    draft_id = ledger.start_draft("census_buildings")
    ledger.save_draft(draft_id, answers())
    from tests import device_sqlite as sqlite3  # the device driver, keyed

    other = sqlite3.connect(ledger.store.path)  # another process reading the file: no open transaction
    try:
        stored = other.execute("SELECT answers FROM form_drafts WHERE id = ?", (draft_id,)).fetchone()[0]
    finally:
        other.close()
    assert "KAT-0002" in stored


def test_drafts_are_not_events(ledger, census):
    events_before = ledger.store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    draft_id = ledger.start_draft("census_buildings")
    for name in ("K", "Ka", "Kab"):
        ledger.save_draft(draft_id, {"owner": {"owner_name": name}})
    assert ledger.store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == events_before
    assert ledger.verify().ok


def test_a_draft_started_from_a_card_names_the_taxpayer(ledger, census, taxpayer):
    draft_id = ledger.start_draft("census_buildings", taxpayer_id=taxpayer)
    assert ledger.draft(draft_id).taxpayer_id == taxpayer
    with pytest.raises(QuittanceError) as refused:
        ledger.start_draft("census_buildings", taxpayer_id="no-such-taxpayer")
    assert refused.value.code == "unknown_taxpayer"


def test_a_discarded_draft_is_gone_and_an_unknown_one_is_named(ledger, census):
    draft_id = ledger.start_draft("census_buildings", version="2026112901")
    ledger.discard_draft(draft_id)
    assert ledger.drafts() == []
    with pytest.raises(QuittanceError) as refused:
        ledger.save_draft(draft_id, {})
    assert refused.value.code == "unknown_draft"
    assert draft_id in refused.value.message("en")


@pytest.mark.parametrize("stored", ["[[", "[1, 2]", "null", "42"])
def test_a_draft_damaged_behind_the_apps_back_is_refused_and_can_be_discarded(ledger, census, stored):
    draft_id = ledger.start_draft("census_buildings")
    with ledger.store.transaction() as conn:  # as a disk error or a hand with sqlite3 would leave it
        conn.execute("UPDATE form_drafts SET answers = ? WHERE id = ?", (stored, draft_id))
    for attempt in (ledger.draft, ledger.submit_draft):
        with pytest.raises(QuittanceError) as refused:
            attempt(draft_id)
        assert refused.value.code == "draft_damaged"
        assert "Discard it" in refused.value.message("en") and "Abandonnez-le" in refused.value.message("fr")
    assert [d.id for d in ledger.drafts()] == [draft_id]  # still listed, so the agent can discard it
    ledger.discard_draft(draft_id)
    assert ledger.drafts() == [] and ledger.verify().ok
