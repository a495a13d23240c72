"""Census photos reach the server after the events push, and leave it with the export: on SQLite
and on PostgreSQL, through the real sync client on the in-process transport."""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import httpx
import pytest

from core.events import append_event
from core.forms.media import describe, media_dir
from core.forms.xlsform import load_xlsform
from core.ids import new_id
from sync.client.attachments import REFUSED, THROUGH
from sync.client.status import sync_status
from sync.server import cli
from sync.server.attachments import relative_path
from sync.server.schema import attachments
from sync.server.supervisor_api import PREFIX
from tests.server.supervisor_support import supervisor_token
from tests.server.support import auth
from tests.sync_e2e.support import IN_PROCESS_URL, enrolled_device, in_process, sync
from tests.unit.forms.media_kit import image_bytes

WORKBOOK = Path(__file__).resolve().parents[1] / "fixtures" / "forms" / "census_buildings.xlsx"
FORM = load_xlsform(WORKBOOK)


def _answers(*photos: str) -> dict:
    buildings = [{"building_no": str(i + 1), "plate": f"KAT-00{i + 1}", "building_use": "home", "floor_area": "12",
                  "floors": "1", "building_photo": name} for i, name in enumerate(photos)]
    return {"owner": {"owner_name": "Kabasélé Ngoyi", "owner_kind": "person", "business_name": "", "owner_phone": ""},
            "zone": "KAT", "quarter": "", "location": "-5.89 22.41 0 4.5", "building_count": str(len(photos)),
            "building": buildings, "household": [], "comments": ""}


def _submit_with_photos(ledger, *images: bytes, suffixes=None) -> tuple[str, list[dict]]:  # noqa: ANN001
    """A submission as Ledger.submit_draft records it: photos in media/, hashed into the event."""
    folder = media_dir(ledger.store.path)
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i, data in enumerate(images):
        name = f"{new_id()}{(suffixes or ['.png'] * len(images))[i]}"
        (folder / name).write_bytes(data)
        names.append(name)
    answers = _answers(*names)
    listed = describe(FORM, answers, folder)
    submission_id = new_id()
    data = {"id": submission_id, "form_id": FORM.form_id, "form_version": FORM.version, "agent_id": ledger.agent_id,
            "answers": answers, "geometry": None, "taxpayer_id": None, "taxpayer_registered": False,
            "object_ids": [], "started_at": "2026-11-20T09:00:00.000Z", "attachments": listed}
    device = ledger.device
    with ledger.store.transaction() as conn:
        append_event(conn, event_type="submission.recorded", data=data, device_id=device.id,
                     device_time="2026-11-20T09:15:00.000Z", signing_key=device.private_key,
                     agent_id=ledger.agent_id, entity_id=submission_id)
    return submission_id, listed


def _device(server, tmp_path):  # noqa: ANN001, ANN202
    transport = in_process(server)
    return enrolled_device(tmp_path / "device.db", server, IN_PROCESS_URL, transport), transport


def _token(ledger) -> str:  # noqa: ANN001
    return ledger.store.conn.execute("SELECT value FROM settings WHERE key = 'sync.token'").fetchone()[0].strip('"')


def _stored(server, sha: str) -> bytes:  # noqa: ANN001
    return (server.settings.data_dir / relative_path(sha)).read_bytes()


def test_photos_go_after_the_push_and_a_second_sync_sends_nothing(server, tmp_path):
    ledger, transport = _device(server, tmp_path)
    png, jpeg = image_bytes("PNG"), image_bytes("JPEG", (20, 90, 200))
    _, listed = _submit_with_photos(ledger, png, jpeg, suffixes=[".png", ".jpg"])
    assert sync_status(ledger.store).attachments_pending == 2

    result = sync(ledger, transport)
    assert result.ok and result.pushed >= 1
    assert (result.attachments_sent, result.attachments_pending, result.attachments_refused) == (2, 0, [])
    assert _stored(server, listed[0]["sha256"]) == png and _stored(server, listed[1]["sha256"]) == jpeg
    rows = {r["sha256"]: r for r in server.rows(attachments)}
    assert rows[listed[1]["sha256"]]["type"] == "image/jpeg" and rows[listed[1]["sha256"]]["size"] == len(jpeg)
    assert sync_status(ledger.store).attachments_pending == 0

    again = sync(ledger, transport)
    assert again.ok and again.attachments_sent == 0 and len(server.rows(attachments)) == 2


def test_the_server_refuses_a_body_whose_hash_differs_and_an_unreferenced_hash(server, tmp_path):
    ledger, transport = _device(server, tmp_path)
    png = image_bytes("PNG")
    _, listed = _submit_with_photos(ledger, png)
    token = _token(ledger)
    sha = listed[0]["sha256"]
    early = server.client.put(f"/api/v1/attachments/{sha}", content=png, headers=auth(token))
    assert early.status_code == 403 and early.json()["error"]["code"] == "attachment_not_referenced"  # not pushed yet

    with ledger.store.transaction() as conn:  # push the events, keep the photo for the test to send by hand
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (THROUGH, "999"))
    assert sync(ledger, transport).ok and server.rows(attachments) == []

    other = image_bytes("PNG", (1, 2, 3))
    wrong = server.client.put(f"/api/v1/attachments/{sha}", content=other, headers=auth(token))
    assert wrong.status_code == 400 and wrong.json()["error"]["code"] == "attachment_hash_mismatch"
    stray = server.client.put(f"/api/v1/attachments/{hashlib.sha256(other).hexdigest()}", content=other,
                              headers=auth(token))
    assert stray.status_code == 403 and stray.json()["error"]["code"] == "attachment_not_referenced"
    anonymous = server.client.put(f"/api/v1/attachments/{sha}", content=png)
    assert anonymous.status_code == 401
    assert server.rows(attachments) == []

    first = server.client.put(f"/api/v1/attachments/{sha}", content=png, headers=auth(token))
    second = server.client.put(f"/api/v1/attachments/{sha}", content=png, headers=auth(token))
    assert (first.status_code, first.json()["stored"]) == (200, True)
    assert (second.status_code, second.json()["stored"]) == (200, False)  # idempotent
    assert len(server.rows(attachments)) == 1 and _stored(server, sha) == png


def test_another_devices_photo_is_not_referenced_by_this_device(server, tmp_path):
    ledger, transport = _device(server, tmp_path)
    png = image_bytes("PNG")
    _, listed = _submit_with_photos(ledger, png)
    assert sync(ledger, transport).ok
    other = enrolled_device(tmp_path / "other.db", server, IN_PROCESS_URL, transport, code="T08")
    answer = server.client.put(f"/api/v1/attachments/{listed[0]['sha256']}", content=png, headers=auth(_token(other)))
    assert answer.status_code == 403


def test_a_photo_over_the_size_limit_is_refused_and_the_others_still_go(server_factory, tmp_path):
    server = server_factory(max_attachment_bytes=2000)
    ledger, transport = _device(server, tmp_path)
    small, big = image_bytes("PNG", size=(8, 8)), image_bytes("PNG", (9, 9, 9), size=(300, 300)) + b"\0" * 3000
    _, listed = _submit_with_photos(ledger, big, small)
    result = sync(ledger, transport)
    assert result.ok and result.attachments_sent == 1
    assert [r["code"] for r in result.attachments_refused] in (["attachment_too_large"], ["body_too_large"])
    assert result.attachments_refused[0]["name"] == listed[0]["name"]
    assert [r["sha256"] for r in server.rows(attachments)] == [listed[1]["sha256"]]
    assert sync_status(ledger.store).attachments_pending == 0  # refused for good: remembered, not retried
    assert json.loads(ledger.store.conn.execute("SELECT value FROM settings WHERE key = ?", (REFUSED,)).fetchone()[0])


class _DropUploads(httpx.BaseTransport):
    """The network failing for photo uploads only (the events still go)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.failing = inner, True

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.failing and request.method == "PUT" and "/attachments/" in request.url.path:
            raise httpx.ConnectError("link down", request=request)
        return self.inner.handle_request(request)


def test_a_failed_upload_is_counted_and_sent_at_the_next_sync(server, tmp_path):
    ledger, transport = _device(server, tmp_path)
    png = image_bytes("PNG")
    _, listed = _submit_with_photos(ledger, png)
    flaky = _DropUploads(transport)
    failed = sync(ledger, flaky, max_attempts=2)
    assert not failed.ok and failed.error["code"] == "unreachable"
    assert failed.stored_through >= 1 and failed.attachments_pending == 1
    assert sync_status(ledger.store).attachments_pending == 1 and server.rows(attachments) == []

    flaky.failing = False
    result = sync(ledger, flaky)
    assert result.ok and result.attachments_sent == 1 and result.attachments_pending == 0
    assert _stored(server, listed[0]["sha256"]) == png


def _cli(server, *args: str) -> tuple[int, str, str]:  # noqa: ANN001
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = cli.main(["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url,
                         *args])
    return code, out.getvalue(), err.getvalue()


def test_the_exports_hold_the_photo_bytes_named_as_the_answers_and_list_a_missing_one(server, tmp_path):
    assert _cli(server, "form", "publish", str(WORKBOOK))[0] == 0
    ledger, transport = _device(server, tmp_path)
    png, jpeg = image_bytes("PNG"), image_bytes("JPEG", (20, 90, 200))
    _, listed = _submit_with_photos(ledger, png, jpeg, suffixes=[".png", ".jpg"])
    (media_dir(ledger.store.path) / listed[1]["name"]).unlink()  # lost on the device after submit
    result = sync(ledger, transport)
    assert result.attachments_sent == 1 and result.attachments_refused[0]["code"] == "attachment_file_missing"

    out_dir = tmp_path / "export"
    code, out, err = _cli(server, "submissions", "export", "--form", FORM.form_id, "--out", str(out_dir))
    assert code == 0, err
    assert (out_dir / "media" / listed[0]["name"]).read_bytes() == png
    assert not (out_dir / "media" / listed[1]["name"]).exists()
    assert "1 photo(s)" in out and listed[1]["name"] in out
    building = (out_dir / f"{FORM.form_id}-building.csv").read_text("utf-8-sig")
    assert listed[0]["name"] in building  # the CSV names the file the media folder holds

    answer = server.client.get(f"{PREFIX}/forms/{FORM.form_id}/submissions.zip", headers=auth(supervisor_token(server)))
    assert answer.status_code == 200 and answer.headers["x-media-missing"] == "1"
    archive = zipfile.ZipFile(io.BytesIO(answer.content))
    assert archive.read(f"media/{listed[0]['name']}") == png
    assert archive.read("media/MISSING.txt").decode().strip() == listed[1]["name"]


def _append(ledger, data: dict) -> None:  # noqa: ANN001
    device = ledger.device
    with ledger.store.transaction() as conn:
        append_event(conn, event_type="submission.recorded", data=data, device_id=device.id,
                     device_time="2026-11-20T09:15:00.000Z", signing_key=device.private_key,
                     agent_id=ledger.agent_id, entity_id=data["id"])


@pytest.mark.parametrize("path", ["bulk", "each"])
def test_the_attachments_field_is_stored_and_a_malformed_one_is_quarantined(server, tmp_path, monkeypatch, path):
    from sync.server import push as push_module
    from sync.server.push_bulk import Fallback
    from sync.server.schema import submissions

    if path == "each":
        def refuse(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
            raise Fallback("bulk path disabled by the test")
        monkeypatch.setattr(push_module, "apply_bulk", refuse)
    ledger, transport = _device(server, tmp_path)
    good, listed = _submit_with_photos(ledger, image_bytes("PNG"))
    base = {"form_id": FORM.form_id, "form_version": FORM.version, "answers": {}, "geometry": None,
            "taxpayer_id": None, "started_at": "2026-11-20T09:00:00.000Z"}
    older = new_id()
    _append(ledger, {**base, "id": older})  # an event from before photos: no field, still valid
    bad = new_id()
    _append(ledger, {**base, "id": bad, "attachments": [{"name": "x.png", "sha256": "not-a-hash", "size": 3}]})
    result = sync(ledger, transport)
    assert [q["code"] for q in result.quarantined] == ["data_invalid"]
    rows = {r["id"]: r for r in server.rows(submissions)}
    assert set(rows) == {good, older}
    assert json.loads(rows[good]["attachments"]) == listed and rows[older]["attachments"] is None
    assert result.attachments_sent == 1 and result.attachments_pending == 0
