"""The snapshot stream: the pull's signed pages, one per line, in one HTTP response, bounded by
what was committed when it started."""
from __future__ import annotations

import json

from sync.server import registry
from sync.server.common import now_iso
from sync.server.snapshot import snapshot_bound, snapshot_lines
from sync.server.serverkey import load_or_create
from tests.server.support import ZONE_IDS, auth, enroll, make_device
from tests.server.test_pull import _pull_all, _seed_registry, _signed


def _enrolled(server, tmp_path) -> tuple[str, str]:  # noqa: ANN001
    ledger = make_device(tmp_path / "device.db", server)  # Ilunga: KAT and NDE
    answer = enroll(server, ledger, server.enrollment_code("T07"))
    return answer["token"], answer["server_public_key"]


def _stream(server, token: str, **params) -> list[dict]:  # noqa: ANN001, ANN003
    response = server.client.get("/api/v1/snapshot", params=params, headers=auth(token))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/x-ndjson"
    assert response.content.endswith(b"\n")
    return [json.loads(line) for line in response.content.split(b"\n")[:-1]]


def test_the_stream_is_the_pulls_pages_each_signed_on_its_own_line(server, tmp_path):
    made = _seed_registry(server, count_per_zone=9)
    token, server_key = _enrolled(server, tmp_path)
    pages = _stream(server, token, limit=5)
    paged, page_count, last_cursor = _pull_all(server, token, server_key, limit=5)
    assert len(pages) == page_count > 3
    assert all(_signed(page, server_key) for page in pages)
    assert all(set(page) == {"records", "next_cursor", "more", "server_time", "signature"} for page in pages)
    assert [page["more"] for page in pages] == [True] * (len(pages) - 1) + [False]
    streamed = [record for page in pages for record in page["records"]]
    assert streamed == paged  # the same records, in the same order, in the same state
    assert {r["id"] for r in streamed if r["kind"] == "taxpayer"} == set(made["KAT"] + made["NDE"])  # not LUK's
    assert pages[-1]["next_cursor"] == last_cursor
    # From a cursor it gives only what comes after it, and nothing new is one signed empty page.
    middle = _stream(server, token, cursor=pages[1]["next_cursor"], limit=5)
    assert [r for page in middle for r in page["records"]] == [r for page in pages[2:] for r in page["records"]]
    empty = _stream(server, token, cursor=last_cursor)
    assert len(empty) == 1 and empty[0]["records"] == [] and not empty[0]["more"] and _signed(empty[0], server_key)


def test_a_stream_ends_at_what_was_committed_when_it_began_while_writes_go_on(server, tmp_path):
    made = _seed_registry(server, count_per_zone=10)
    token, server_key = _enrolled(server, tmp_path)
    device = {"code": "T07"}
    after, until = snapshot_bound(server.engine, None)
    lines, written = snapshot_lines(server.engine, device, after, until, 4, load_or_create(server.settings.key_path)), 0
    pages = []
    for line in lines:  # devices register in the zone while the stream runs, more per line than a line holds
        pages.append(json.loads(line))
        with server.engine.begin() as conn:
            for _ in range(5):
                taxpayer_id = f"01938c00-0000-7000-8000-{written:012d}"
                registry.insert_taxpayer(conn, taxpayer_id, {"kind": "person", "name": f"New {written}",
                                                             "zone_id": ZONE_IDS["KAT"]}, origin="server", at=now_iso())
                written += 1
            if len(pages) == 1:  # and a supervisor edits one the stream has not reached yet
                registry.merge_update(conn, registry.get_taxpayer(conn, made["NDE"][-1]), {"phone": "+243811111111"},
                                      1, device_id="supervisor", seq=0, at=now_iso())
        assert len(pages) < 30, "the stream did not end while writes went on"
    assert pages[-1]["more"]  # it stopped at its bound; what came after is for an ordinary pull
    # Read as it goes, not all at the start: the taxpayer edited after the first line never came
    # in its old state.
    sent = {(r["kind"], r["id"], r["version"]) for page in pages for r in page["records"]}
    assert ("taxpayer", made["NDE"][-1], 1) not in sent
    cursor, rest = pages[-1]["next_cursor"], []
    while True:  # the ordinary pull the device finishes with
        page = server.client.get("/api/v1/pull", params={"cursor": cursor}, headers=auth(token)).json()
        rest += page["records"]
        cursor = page["next_cursor"]
        if not page["more"]:
            break
    # Stream then pull: every record the device may see, each in its newest state.
    held: dict[tuple[str, str], dict] = {}
    for record in [r for page in pages for r in page["records"]] + rest:
        held[(record["kind"], record["id"])] = record
    everything, _pages, _cursor = _pull_all(server, token, server_key, limit=500)
    assert held == {(r["kind"], r["id"]): r for r in everything}
    assert held[("taxpayer", made["NDE"][-1])]["data"]["phone"] == "+243811111111"
    assert sum(1 for kind, _id in held if kind == "taxpayer") == 20 + written


def test_a_bad_cursor_a_stranger_and_a_bad_limit_get_json_errors(server, tmp_path):
    token, _key = _enrolled(server, tmp_path)
    for cursor in ("not-a-cursor", "YzE6LTE"):
        response = server.client.get("/api/v1/snapshot", params={"cursor": cursor}, headers=auth(token))
        assert response.status_code == 400 and response.json()["error"]["code"] == "bad_request"
    response = server.client.get("/api/v1/snapshot", params={"limit": 0}, headers=auth(token))
    assert response.status_code == 400 and response.json()["error"]["code"] == "bad_request"
    response = server.client.get("/api/v1/snapshot", headers=auth("not-a-token"))
    assert response.status_code == 401 and response.json()["error"]["code"] == "unauthenticated"
