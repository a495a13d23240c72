"""A withdrawal comes in a signed page like any server record: applied only once the server's
signature vouches for it (a forged one could hide a taxpayer from the agent), with no event."""
from __future__ import annotations

from core.events import last_seq
from sync.client.http import Backoff
from sync.client.service import sync_ledger

TAXPAYER = "01936b2e-7c41-7d2a-9b3e-5f1c2d3e4f80"


def _found(ledger) -> list[str]:  # noqa: ANN001
    return [r.hit.taxpayer_id for r in ledger.reads.search("Lubamba")]


def test_a_withdrawal_is_applied_only_from_a_genuine_page(enrolled, server, sleeps):
    kat = next(zone_id for zone_id, code, _name in enrolled.zones() if code == "KAT")
    nde = next(zone_id for zone_id, code, _name in enrolled.zones() if code == "NDE")
    server.records = [{"kind": "taxpayer", "id": TAXPAYER, "version": 1,
                       "data": {"id": TAXPAYER, "kind": "person", "name": "Lubamba Angèle", "zone_id": kat,
                                "active": True}}]
    first = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps))
    assert first.ok and _found(enrolled) == [TAXPAYER]

    server.records.append({"kind": "withdrawn", "id": TAXPAYER, "version": 2,
                           "data": {"kind": "taxpayer", "zone_id": nde}})
    server.forge_pages = {server.pages_served + 1}  # altered on the way, after the server signed it
    forged = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps))
    assert forged.refused["code"] == "page_signature" and _found(enrolled) == [TAXPAYER]

    server.forge_pages = set()
    before = last_seq(enrolled.store.conn)
    genuine = sync_ledger(enrolled, transport=server.transport(), backoff=Backoff(sleep=sleeps))
    assert genuine.ok and genuine.pulled == 1 and _found(enrolled) == []
    assert last_seq(enrolled.store.conn) == before  # server data: no device event
    assert enrolled.verify().ok
