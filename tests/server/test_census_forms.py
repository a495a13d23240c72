"""Forms published on the server: a version once published never changes, devices pull it with
the reference data as a `form` record, and supervisors list them."""
from __future__ import annotations

import pytest
from sqlalchemy import update
from sqlalchemy.exc import DBAPIError

from sync.server import census_forms
from sync.server.reference import AdminError
from sync.server.schema import forms
from sync.server.supervisor_api import PREFIX
from tests.server.supervisor_support import supervisor_token
from tests.server.support import auth, enrolled_device

DEFINITION = {
    "format": 1, "form_id": "census_buildings", "version": "2026.1", "root": "census",
    "title": {"fr": "Recensement des bâtiments", "en": "Building census"},
    "children": [{"name": "owner", "type": "text", "path": "/census/owner"},
                 {"name": "floor_area", "type": "integer", "path": "/census/floor_area"},
                 {"name": "members", "type": "repeat", "path": "/census/members",
                  "children": [{"name": "age", "type": "integer", "path": "/census/members/age"}]}],
}


def _publish(server, definition=DEFINITION, by="Kalala Mwamba"):  # noqa: ANN001, ANN202
    with server.engine.begin() as conn:
        return census_forms.publish(conn, definition, by=by)


def _pulled(server, token):  # noqa: ANN001, ANN202
    page = server.client.get("/api/v1/pull", headers=auth(token), params={"limit": 5000}).json()
    return {r["id"]: r for r in page["records"] if r["kind"] == "form"}


def test_a_published_form_is_listed_and_pulled_by_devices(server, tmp_path):
    token = enrolled_device(tmp_path / "d.db", server)[1]
    done = _publish(server)
    assert done["published"] is True and done["form_id"] == "census_buildings" and done["version"] == "2026.1"
    with server.engine.connect() as conn:
        listed = census_forms.list_forms(conn)
    assert [(f["form_id"], f["version"], f["published_by"]) for f in listed] == \
        [("census_buildings", "2026.1", "Kalala Mwamba")]
    assert listed[0]["title"]["en"] == "Building census"
    record = _pulled(server, token)["census_buildings@2026.1"]
    assert record["data"] == {"form_id": "census_buildings", "version": "2026.1", "definition": DEFINITION}


def test_a_new_version_is_a_second_record_and_the_first_stays(server, tmp_path):
    token = enrolled_device(tmp_path / "d.db", server)[1]
    _publish(server)
    _publish(server, {**DEFINITION, "version": "2026.2", "title": {"en": "Building census v2"}})
    pulled = _pulled(server, token)
    assert set(pulled) == {"census_buildings@2026.1", "census_buildings@2026.2"}
    with server.engine.connect() as conn:
        assert census_forms.definition_of(conn, "census_buildings")["version"] == "2026.2"
        assert census_forms.definition_of(conn, "census_buildings", "2026.1") == DEFINITION


def test_the_same_content_again_is_no_change_and_a_changed_one_is_refused(server, tmp_path):
    token = enrolled_device(tmp_path / "d.db", server)[1]
    _publish(server)
    cursor = server.client.get("/api/v1/pull", headers=auth(token)).json()["next_cursor"]
    again = _publish(server)
    assert again["published"] is False
    later = server.client.get("/api/v1/pull", headers=auth(token), params={"cursor": cursor}).json()
    assert later["records"] == []  # nothing new for devices
    changed = {**DEFINITION, "title": {"en": "Changed"}}
    with pytest.raises(AdminError, match="published already with a different content"):
        _publish(server, changed)
    assert len(server.rows(forms)) == 1


def test_a_published_row_cannot_be_changed_behind_the_servers_back(server):
    _publish(server)
    with pytest.raises(DBAPIError, match="immutable"):
        with server.engine.begin() as conn:
            conn.execute(update(forms).values(title="{}"))


@pytest.mark.parametrize("bad, words", [({"version": ""}, "no form_id or no version"),
                                        ({"form_id": "a@b"}, "holds '@'"),
                                        ({"version": "9" * 60}, "too long")])
def test_a_form_without_id_or_version_is_refused(server, bad, words):
    with pytest.raises(AdminError, match=words):
        _publish(server, {**DEFINITION, **bad})


def test_supervisors_list_forms_and_devices_cannot(server, tmp_path):
    device_token = enrolled_device(tmp_path / "d.db", server)[1]
    _publish(server)
    token = supervisor_token(server)
    answer = server.client.get(f"{PREFIX}/forms", headers=auth(token))
    assert answer.status_code == 200, answer.text
    assert [(f["form_id"], f["version"]) for f in answer.json()["forms"]] == [("census_buildings", "2026.1")]
    refused = server.client.get(f"{PREFIX}/forms", headers=auth(device_token))
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "supervisor_only"
