"""Pull: signed pages applied one by one with their cursor; a forged page is never applied."""
from __future__ import annotations

import httpx

from sync.client import state
from sync.client.http import Backoff
from sync.client.service import sync_ledger
from tests.sync_client.fake_server import FlakyTransport, zone_record


def _zones(ledger) -> dict[str, str]:
    return {code: name for _, code, name in ledger.zones()}


def test_pages_are_applied_until_there_are_no_more(enrolled, server, sleeps):
    server.records = [zone_record(f"Z{i:03d}", f"Zone {i}") for i in range(230)]
    seen = []
    result = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps), page_size=100,
                         progress=lambda phase, done, total: seen.append((phase, done)))
    assert result.ok and (result.pulled, result.pages) == (230, 3)
    zones = _zones(enrolled)
    assert all(zones[f"Z{i:03d}"] == f"Zone {i}" for i in range(230))
    assert state.get(enrolled.store.conn, state.CURSOR) == "230"
    assert [done for phase, done in seen if phase == "pull"] == [100, 200, 230]

    server.records.append(zone_record("ZNEW", "Nouvelle zone"))  # the next pull starts at the cursor
    again = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps), page_size=100)
    assert (again.pulled, again.pages) == (1, 1) and _zones(enrolled)["ZNEW"] == "Nouvelle zone"


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


def test_an_unsigned_page_is_refused(enrolled, server, sleeps):
    server.records = [zone_record("ZU", "Zone U")]

    def unsigned(request: httpx.Request) -> httpx.Response:
        response = server.handle(request)
        if request.url.path.endswith("/pull"):
            body = response.json()
            del body["signature"]
            return httpx.Response(200, json=body)
        return response

    result = sync_ledger(enrolled, transport=httpx.MockTransport(unsigned), backoff=Backoff(sleep=sleeps))
    assert result.refused["code"] == "page_signature" and "ZU" not in _zones(enrolled)


def test_a_pull_cut_short_resumes_at_the_next_page(enrolled, server, sleeps):
    server.records = [zone_record(f"Z{i:03d}", f"Zone {i}") for i in range(300)]
    pulls = {"n": 0}

    def down_from_third_page(count: int, request: httpx.Request) -> bool:
        if request.url.path.endswith("/pull"):
            pulls["n"] += 1
            return pulls["n"] >= 3
        return False

    first = sync_ledger(enrolled, transport=FlakyTransport(server.transport(), down_from_third_page),
                        backoff=Backoff(sleep=sleeps), page_size=100, max_attempts=2)
    assert first.error["code"] == "unreachable" and first.pulled == 200
    served = server.pages_served
    second = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps), page_size=100)
    assert second.ok and second.pulled == 100 and server.pages_served == served + 1
    assert len([c for c in _zones(enrolled) if c.startswith("Z")]) == 300
