"""Pull: signed pages applied one by one with their cursor, whether they come alone or as the
lines of a snapshot stream; a forged page is never applied."""
from __future__ import annotations

import json

import httpx

from sync.client import state
from sync.client.http import Backoff
from sync.client.service import sync_ledger
from tests.sync_client.fake_server import FlakyTransport, zone_record


def _zones(ledger) -> dict[str, str]:
    return {code: name for _, code, name in ledger.zones()}


def _requests(server, path: str) -> int:  # noqa: ANN001
    return sum(1 for _method, p in server.requests if p == f"/api/v1/{path}")


def test_a_first_pull_comes_as_one_stream_and_later_ones_as_pages(enrolled, server, sleeps):
    server.records = [zone_record(f"Z{i:03d}", f"Zone {i}") for i in range(230)]
    seen = []
    result = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps), page_size=100,
                         progress=lambda phase, done, total: seen.append((phase, done)))
    assert result.ok and (result.pulled, result.pages) == (230, 3)
    assert (_requests(server, "snapshot"), _requests(server, "pull")) == (1, 0)  # one HTTP response
    zones = _zones(enrolled)
    assert all(zones[f"Z{i:03d}"] == f"Zone {i}" for i in range(230))
    assert state.get(enrolled.store.conn, state.CURSOR) == "230"
    assert [done for phase, done in seen if phase == "pull"] == [100, 200, 230]  # as the lines arrive

    server.records.append(zone_record("ZNEW", "Nouvelle zone"))  # the next pull starts at the cursor
    again = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps), page_size=100)
    assert (again.pulled, again.pages) == (1, 1) and _zones(enrolled)["ZNEW"] == "Nouvelle zone"
    assert (_requests(server, "snapshot"), _requests(server, "pull")) == (1, 1)  # an ordinary page


def test_a_device_more_than_a_page_behind_takes_the_rest_as_a_stream(enrolled, server, sleeps):
    server.records = [zone_record("Z000", "Zone 0")]
    assert sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps), page_size=100).ok
    server.records += [zone_record(f"Z{i:03d}", f"Zone {i}") for i in range(1, 351)]  # weeks away
    result = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps), page_size=100)
    assert result.ok and (result.pulled, result.pages) == (350, 4)
    assert (_requests(server, "snapshot"), _requests(server, "pull")) == (2, 1)  # one page, then the stream
    assert len([c for c in _zones(enrolled) if c.startswith("Z")]) == 351


def test_a_forged_page_is_refused_and_nothing_of_it_applied(enrolled, server, sleeps):
    server.records = [zone_record(f"Z{i:03d}", f"Zone {i}") for i in range(150)]
    server.forge_pages = {2}  # the second page is altered after the server signed it
    result = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps), page_size=100)

    assert not result.ok and result.refused["code"] == "page_signature"
    assert result.pulled == 100  # the first, genuine page stays applied
    zones = _zones(enrolled)
    assert "Forged" not in zones.values() and "Z100" not in zones and "Z099" in zones
    assert state.get(enrolled.store.conn, state.CURSOR) == "100"  # the next pull asks for that page again

    server.forge_pages = set()
    again = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps), page_size=100)
    assert again.ok and again.pulled == 50 and _zones(enrolled)["Z100"] == "Zone 100"


def test_a_page_signed_by_another_key_is_refused(enrolled, server, sleeps):
    from core.keys import generate_keypair

    server.records = [zone_record("ZX", "Zone X")]
    server.private_key = generate_keypair()[0]  # an impostor answering at the server's address
    result = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps))
    assert result.refused["code"] == "page_signature" and "ZX" not in _zones(enrolled)


def _unsigned(server):  # noqa: ANN001, ANN202
    """Every page's signature taken off on the way, whether alone or as a line of a stream."""
    def handle(request: httpx.Request) -> httpx.Response:
        response = server.handle(request)
        if request.url.path.endswith("/pull"):
            body = response.json()
            del body["signature"]
            return httpx.Response(200, json=body)
        if request.url.path.endswith("/snapshot"):
            pages = [json.loads(line) for line in response.read().splitlines()]
            return httpx.Response(200, content=b"".join(
                json.dumps({k: v for k, v in page.items() if k != "signature"}).encode() + b"\n" for page in pages))
        return response
    return httpx.MockTransport(handle)


def test_an_unsigned_page_is_refused(enrolled, server, sleeps):
    server.records = [zone_record("ZU", "Zone U")]
    result = sync_ledger(enrolled, transport=_unsigned(server), backoff=Backoff(sleep=sleeps))  # the first pull
    assert result.refused["code"] == "page_signature" and "ZU" not in _zones(enrolled)
    assert sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps)).ok
    server.records.append(zone_record("ZV", "Zone V"))
    result = sync_ledger(enrolled, transport=_unsigned(server), backoff=Backoff(sleep=sleeps))  # an ordinary page
    assert result.refused["code"] == "page_signature" and "ZV" not in _zones(enrolled)


def test_a_stream_cut_in_the_middle_is_opened_again_from_the_last_page_applied(enrolled, server, sleeps):
    server.records = [zone_record(f"Z{i:03d}", f"Zone {i}") for i in range(500)]
    server.cut_streams = [2, 1]  # the link drops after two lines, then after one more
    result = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps), page_size=100)
    assert result.ok and (result.pulled, result.pages) == (500, 5)
    assert server.streams_opened == 3 and server.pages_served == 5  # no page made, or applied, twice
    assert len(sleeps.waits) == 2  # one backoff per cut
    assert len([c for c in _zones(enrolled) if c.startswith("Z")]) == 500


def test_a_pull_cut_short_resumes_at_the_next_page(enrolled, server, sleeps):
    server.records = [zone_record(f"Z{i:03d}", f"Zone {i}") for i in range(300)]
    server.cut_streams = [2]  # two lines, then the network is gone: this sync gives up

    def down_after_the_cut(count: int, request: httpx.Request) -> bool:
        return server.streams_opened >= 1

    first = sync_ledger(enrolled, transport=FlakyTransport(server.transport(), down_after_the_cut),
                        backoff=Backoff(sleep=sleeps), page_size=100, max_attempts=2)
    assert first.error["code"] == "unreachable" and first.pulled == 200
    assert state.get(enrolled.store.conn, state.CURSOR) == "200"
    served = server.pages_served
    second = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps), page_size=100)
    assert second.ok and second.pulled == 100 and server.pages_served == served + 1
    assert len([c for c in _zones(enrolled) if c.startswith("Z")]) == 300


def test_a_line_that_is_not_json_stops_the_stream_and_what_came_before_stays(enrolled, server, sleeps):
    server.records = [zone_record(f"Z{i:03d}", f"Zone {i}") for i in range(300)]

    def garbled(request: httpx.Request) -> httpx.Response:
        response = server.handle(request)
        if request.url.path.endswith("/snapshot"):
            lines = response.read().splitlines()
            lines[1] = b'{"records": [' + lines[1][:40]  # the second line broken on the way
            return httpx.Response(200, content=b"\n".join(lines) + b"\n")
        return response

    result = sync_ledger(enrolled, transport=httpx.MockTransport(garbled), backoff=Backoff(sleep=sleeps), page_size=100)
    assert result.error["code"] == "bad_response" and result.pulled == 100
    assert state.get(enrolled.store.conn, state.CURSOR) == "100" and "Z100" not in _zones(enrolled)
    again = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps), page_size=100)
    assert again.ok and again.pulled == 200 and len([c for c in _zones(enrolled) if c.startswith("Z")]) == 300


def test_a_server_without_the_stream_is_pulled_page_by_page(enrolled, server, sleeps):
    server.records = [zone_record(f"Z{i:03d}", f"Zone {i}") for i in range(230)]

    def older_server(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/snapshot"):
            return httpx.Response(404, json={"error": {"code": "not_found", "message": "Not Found"}})
        return server.handle(request)

    result = sync_ledger(enrolled, transport=httpx.MockTransport(older_server), backoff=Backoff(sleep=sleeps),
                         page_size=100)
    assert result.ok and (result.pulled, result.pages) == (230, 3) and _requests(server, "pull") == 3
    assert len([c for c in _zones(enrolled) if c.startswith("Z")]) == 230
