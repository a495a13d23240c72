"""Photos at submit: each image answer's file hashed into the event's `attachments`; a file gone
refuses the submission in the agent's language and keeps the draft."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from core.canonical import canonical_json
from core.errors import QuittanceError
from core.forms.media import media_dir
from tests.unit.forms.media_kit import photo_answers, photo_form, put_photos
from tests.unit.forms.submission_kit import serve_form

VECTORS = Path(__file__).resolve().parents[2] / "vectors"


@pytest.fixture
def form(ledger, monkeypatch):
    form = photo_form()
    serve_form(monkeypatch, ledger, form)
    return form


def _draft(ledger, tree) -> str:
    draft_id = ledger.start_draft("census_buildings")
    ledger.save_draft(draft_id, tree)
    return draft_id


def test_the_event_carries_each_photos_hash_size_and_type(ledger, form):
    tree = photo_answers()
    photos = put_photos(media_dir(ledger.store.path), tree)
    ledger.submit_draft(_draft(ledger, tree))
    data = json.loads(ledger.store.conn.execute(
        "SELECT payload FROM events WHERE type = 'submission.recorded'").fetchone()[0])["data"]
    png, jpg = tree["facade"], tree["building"][0]["photo"]
    assert data["attachments"] == [
        {"question": "/census/facade", "name": png, "sha256": hashlib.sha256(photos[png]).hexdigest(),
         "size": len(photos[png]), "type": "image/png"},
        {"question": "/census/building[1]/photo", "name": jpg, "sha256": hashlib.sha256(photos[jpg]).hexdigest(),
         "size": len(photos[jpg]), "type": "image/jpeg"},
    ]
    assert ledger.verify().ok


def test_a_form_without_photos_answered_has_no_attachments_field(ledger, form):
    ledger.submit_draft(_draft(ledger, photo_answers(facade="", photo="")))
    data = json.loads(ledger.store.conn.execute(
        "SELECT payload FROM events WHERE type = 'submission.recorded'").fetchone()[0])["data"]
    assert "attachments" not in data


def test_a_vanished_photo_refuses_the_submission_and_keeps_the_draft(ledger, form):
    tree = photo_answers()
    folder = media_dir(ledger.store.path)
    put_photos(folder, tree)
    (folder / tree["facade"]).unlink()  # the agent's photo deleted behind the app's back
    draft_id = _draft(ledger, tree)
    events_before = ledger.store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(QuittanceError) as refused:
        ledger.submit_draft(draft_id)
    assert refused.value.code == "submission_media_missing"
    assert "« Façade »" in refused.value.message("fr") and "n'est plus sur cet appareil" in refused.value.message("fr")
    assert refused.value.message("en").startswith("The photo of \u201cFacade\u201d is no longer on this device")
    assert refused.value.params["file"] == tree["facade"] and refused.value.params["ref"] == "/census/facade"
    assert "Fachada" in refused.value.message("pt")
    assert ledger.draft(draft_id).answers == tree
    assert ledger.store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == events_before
    assert ledger.submissions("census_buildings") == []


def test_an_answer_naming_a_path_out_of_the_media_folder_is_refused(ledger, form, tmp_path):
    (tmp_path / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    draft_id = _draft(ledger, photo_answers(facade="../secret.png", photo=""))
    with pytest.raises(QuittanceError) as refused:
        ledger.submit_draft(draft_id)
    assert refused.value.code == "submission_media_missing"


def test_the_second_fixed_vector_is_what_the_code_writes_and_the_first_is_unchanged():
    from tests.vectors.make_submission_recorded import build as first
    from tests.vectors.make_submission_recorded_media import build

    vector = json.loads((VECTORS / "submission_recorded_media.json").read_text("utf-8"))
    assert build() == vector
    assert canonical_json(vector["data"]) == vector["canonical"]
    assert set(vector["data"]) - set(first()["data"]) == {"attachments"}
    assert "attachments" not in json.loads((VECTORS / "submission_recorded.json").read_text("utf-8"))["data"]
