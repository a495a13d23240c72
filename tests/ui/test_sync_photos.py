"""The Sync screen counts the census photos still to send, and says so after a sync (a server
that does not take photos yet leaves them waiting, the sync itself goes through)."""
from __future__ import annotations

from core.events import append_event
from core.forms.media import media_dir
from core.ids import new_id
from sync.client.service import SyncResult
from tests.sync_client.fake_server import FakeServer
from tests.ui.conftest import WAIT_MS
from tests.ui.sync_support import enroll_directly, use_server
from tests.ui.test_sync_screen import open_sync, sync_through_the_button
from tests.unit.forms.media_kit import image_bytes


def record_photo_submission(ledger) -> str:  # noqa: ANN001
    """A submission.recorded listing one photo, as Ledger.submit_draft writes it."""
    import hashlib

    folder = media_dir(ledger.store.path)
    folder.mkdir(parents=True, exist_ok=True)
    name, data = f"{new_id()}.png", image_bytes("PNG")
    (folder / name).write_bytes(data)
    submission_id = new_id()
    event = {"id": submission_id, "form_id": "census_buildings", "form_version": "1", "agent_id": ledger.agent_id,
             "answers": {"photo": name}, "geometry": None, "taxpayer_id": None, "taxpayer_registered": False,
             "object_ids": [], "started_at": "2026-11-20T09:00:00.000Z",
             "attachments": [{"question": "/data/photo", "name": name, "sha256": hashlib.sha256(data).hexdigest(),
                              "size": len(data), "type": "image/png"}]}
    device = ledger.device
    with ledger.store.transaction() as conn:
        append_event(conn, event_type="submission.recorded", data=event, device_id=device.id,
                     device_time="2026-11-20T09:15:00.000Z", signing_key=device.private_key,
                     agent_id=ledger.agent_id, entity_id=submission_id)
    return name


def test_the_photos_still_to_send_are_counted_on_the_sync_screen(qtbot, logged_in, demo_ledger):
    main = logged_in
    server = FakeServer()  # speaks the events protocol only: no photo endpoint (404)
    enroll_directly(demo_ledger, server)
    record_photo_submission(demo_ledger)
    use_server(qtbot, main, server.transport())
    view = open_sync(qtbot, main)
    qtbot.waitUntil(lambda: "photo" in view.counts.text(), timeout=WAIT_MS)
    assert view.counts.text().endswith(" — 1 photo(s) encore à envoyer")

    result = sync_through_the_button(qtbot, main)
    assert result.ok and result.attachments_pending == 1  # the events went; the photo waits
    assert "1 photo(s) encore à envoyer." in view.result.text()
    assert view.counts.text().endswith(" — 1 photo(s) encore à envoyer")


def test_a_photo_that_cannot_go_is_a_warning_naming_it(qtbot, logged_in):  # noqa: ARG001
    from desktop.sync_words import result_lines

    result = SyncResult(attachments_refused=[{"name": "0193-a.jpg", "code": "attachment_file_missing"}])
    kind, lines = result_lines(result, "en", "")
    assert kind == "warning"
    assert lines[-1] == ("1 photo(s) could not be sent and are kept aside for a supervisor (file gone from the device, "
                         "or refused by the server): 0193-a.jpg")

