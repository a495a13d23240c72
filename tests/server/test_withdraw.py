"""Withdrawals (sync/server/withdrawals.py): a taxpayer moved out of a device's zones, or a zone
taken from its agent, reaches that device as a signed `withdrawn` record, and no other device."""
from __future__ import annotations

from typing import Any

import pytest

from sync.server import push as push_module, reference, registry
from sync.server.common import loads, now_iso
from sync.server.db import reading
from sync.server.push_bulk import Fallback
from sync.server.schema import changes, zone_exits
from tests.server.support import (ZONE_IDS, add_taxpayer_row, auth, enroll, make_device, push_all)
from tests.server.test_pull import _signed

KAT, NDE, LUK = ZONE_IDS["KAT"], ZONE_IDS["NDE"], ZONE_IDS["LUK"]
MOVED = "01938d00-0000-7000-8000-000000000001"
STAYS = "01938d00-0000-7000-8000-000000000002"


class Device:
    """An enrolled device seen from the wire: its token, its cursor, what it pulled."""

    def __init__(self, server, tmp_path, code: str, agents: tuple[str, ...]) -> None:  # noqa: ANN001
        self.server = server
        self.ledger = make_device(tmp_path / f"{code}.db", server, code, agents[0])
        answer = enroll(server, self.ledger, server.enrollment_code(code, agents))
        self.token, self.key, self.cursor = answer["token"], answer["server_public_key"], None

    def pull(self, limit: int = 500) -> list[dict[str, Any]]:
        records = []
        while True:
            params = {"limit": limit} | ({"cursor": self.cursor} if self.cursor else {})
            response = self.server.client.get("/api/v1/pull", params=params, headers=auth(self.token))
            assert response.status_code == 200, response.text
            page = response.json()
            assert _signed(page, self.key)
            assert len(page["records"]) == len({(r["kind"], r["id"]) for r in page["records"]})
            records += page["records"]
            self.cursor = page["next_cursor"]
            if not page["more"]:
                return records


def withdrawn(records: list[dict[str, Any]]) -> list[tuple[str, str, str | None]]:
    return [(r["id"], r["data"]["kind"], r["data"]["zone_id"]) for r in records if r["kind"] == "withdrawn"]


def taxpayers(records: list[dict[str, Any]]) -> dict[str, str]:
    return {r["id"]: r["data"]["zone_id"] for r in records if r["kind"] == "taxpayer"}


@pytest.fixture
def town(server):  # noqa: ANN001, ANN201
    """Two KAT taxpayers (one with a shop and its assessment), and a KAT-only agent."""
    with server.engine.begin() as conn:
        reference.add_agent(conn, "Kasongo Nkulu", ["KAT"], "4321")
        for taxpayer_id, name in ((MOVED, "Kabasélé Ngoyi"), (STAYS, "Mukendi Awa")):
            registry.insert_taxpayer(conn, taxpayer_id, {"kind": "person", "name": name, "zone_id": KAT},
                                     origin="server", at=now_iso())
        registry.add_object(conn, {"id": "01938d00-0000-7000-8000-0000000000a1", "taxpayer_id": MOVED,
                                   "kind": "business_premises", "reference": "BP-1", "attributes": {}}, KAT)
        registry.add_assessment(conn, {"id": "01938d00-0000-7000-8000-0000000000b1", "taxpayer_id": MOVED,
                                       "taxable_object_id": "01938d00-0000-7000-8000-0000000000a1",
                                       "tax_code": "PAT", "period": "2026", "amount": 2_000_000}, KAT)
    return server


def move(server, taxpayer_id: str, zone_id: str) -> None:  # noqa: ANN001
    """A supervisor's edit on the server (the same merge a pushed taxpayer.updated goes through)."""
    with server.engine.begin() as conn:
        current = registry.get_taxpayer(conn, taxpayer_id)
        registry.merge_update(conn, current, {"zone_id": zone_id}, current["version"], device_id="supervisor",
                              seq=0, at=now_iso())


def test_a_moved_taxpayer_is_withdrawn_from_the_devices_of_its_old_zone_only(town, tmp_path):
    kat_only = Device(town, tmp_path, "T09", ("Kasongo Nkulu",))
    both = Device(town, tmp_path, "T07", ("Ilunga Kabeya",))  # KAT and NDE
    nde_only = Device(town, tmp_path, "T08", ("Mbuyi Tshala",))
    assert set(taxpayers(kat_only.pull())) == {MOVED, STAYS}
    both.pull()
    assert taxpayers(nde_only.pull()) == {}

    move(town, MOVED, NDE)

    kat_news = kat_only.pull()
    assert withdrawn(kat_news) == [(MOVED, "taxpayer", NDE)]
    assert next(r for r in kat_news if r["kind"] == "withdrawn")["version"] == 2
    assert taxpayers(kat_news) == {} and not any(r["kind"] in ("taxable_object", "assessment") for r in kat_news)
    both_news = both.pull()
    assert withdrawn(both_news) == [] and taxpayers(both_news) == {MOVED: NDE}
    nde_news = nde_only.pull()  # the new zone's device receives the taxpayer with its shop and its tax
    assert withdrawn(nde_news) == [] and taxpayers(nde_news) == {MOVED: NDE}
    assert {r["kind"] for r in nde_news} >= {"taxable_object", "assessment"}
    assert all(kat_only.pull() == [] for _ in range(2))  # said once


def test_a_taxpayer_moved_and_moved_back_is_never_withdrawn_late(town, tmp_path):
    """Whatever the page boundaries, the device ends with the taxpayer's newest state."""
    early = Device(town, tmp_path, "T09", ("Kasongo Nkulu",))
    early.pull()
    between = Device(town, tmp_path, "T10", ("Kasongo Nkulu",))
    between.pull()
    move(town, MOVED, NDE)
    assert withdrawn(between.pull(limit=1)) == [(MOVED, "taxpayer", NDE)]
    move(town, MOVED, LUK)  # out again, to a third zone, then back home
    move(town, MOVED, KAT)
    news = early.pull(limit=1)  # one record per page: nothing older can come after the newest
    assert withdrawn(news) == [] and taxpayers(news) == {MOVED: KAT}
    assert {r["kind"] for r in news} >= {"taxable_object", "assessment"}
    back = between.pull(limit=1)
    assert withdrawn(back) == [] and taxpayers(back) == {MOVED: KAT}  # it reappears
    with reading(town.engine) as conn:  # what is kept: the zones it left and is not back in
        assert sorted(r.zone_id for r in conn.execute(zone_exits.select())) == sorted([NDE, LUK])


def test_a_taxpayer_that_left_two_of_a_devices_zones_is_withdrawn_once(town, tmp_path):
    with town.engine.begin() as conn:
        reference.add_agent(conn, "Kalala Mbuyi", ["KAT", "NDE"], "2468")
    device = Device(town, tmp_path, "T11", ("Kalala Mbuyi",))
    device.pull()
    move(town, MOVED, NDE)
    move(town, MOVED, LUK)
    assert withdrawn(device.pull()) == [(MOVED, "taxpayer", LUK)]


def test_a_zone_taken_from_an_agent_is_withdrawn_from_that_agents_devices_only(town, tmp_path):
    alone = Device(town, tmp_path, "T09", ("Kasongo Nkulu",))
    shared = Device(town, tmp_path, "T10", ("Kasongo Nkulu", "Ilunga Kabeya"))  # Ilunga covers KAT too
    other = Device(town, tmp_path, "T07", ("Ilunga Kabeya",))
    for device in (alone, shared, other):
        device.pull()
    kasongo = town.agent_id("Kasongo Nkulu")
    with town.engine.begin() as conn:
        reference.set_agent_zones(conn, kasongo, [LUK])
    news = alone.pull()
    assert withdrawn(news) == [(KAT, "zone", KAT)]
    agent = next(r for r in news if r["kind"] == "agent" and r["id"] == kasongo)
    assert agent["data"]["zones"] == [LUK]
    assert withdrawn(shared.pull()) == [] and withdrawn(other.pull()) == []
    move(town, STAYS, NDE)  # what happens in KAT now does not reach the device
    assert withdrawn(alone.pull()) == [] and taxpayers(alone.pull()) == {}


def test_a_zone_given_back_before_the_next_pull_is_not_withdrawn(town, tmp_path):
    device = Device(town, tmp_path, "T09", ("Kasongo Nkulu",))
    device.pull()
    kasongo = town.agent_id("Kasongo Nkulu")
    with town.engine.begin() as conn:
        reference.set_agent_zones(conn, kasongo, [])
        reference.set_agent_zones(conn, kasongo, [KAT])
    news = device.pull()
    assert withdrawn(news) == [] and [r["data"]["zones"] for r in news if r["kind"] == "agent"] == [[KAT]]


def test_a_zone_given_back_sends_its_registry_again(town, tmp_path):
    """The device dropped KAT when it was taken; given back, its whole registry comes again (a
    cursor past it would otherwise never see it), to every device covering KAT."""
    device = Device(town, tmp_path, "T09", ("Kasongo Nkulu",))
    also_kat = Device(town, tmp_path, "T07", ("Ilunga Kabeya",))
    device.pull()
    also_kat.pull()
    kasongo = town.agent_id("Kasongo Nkulu")
    with town.engine.begin() as conn:
        reference.set_agent_zones(conn, kasongo, [LUK])
    assert withdrawn(device.pull()) == [(KAT, "zone", KAT)]
    with town.engine.begin() as conn:
        reference.set_agent_zones(conn, kasongo, [LUK, KAT])
    news = device.pull(limit=2)
    assert withdrawn(news) == [] and taxpayers(news) == {MOVED: KAT, STAYS: KAT}
    assert {r["kind"] for r in news} >= {"taxable_object", "assessment"}
    assert taxpayers(also_kat.pull()) == {MOVED: KAT, STAYS: KAT}  # sent again to all: applied as it is
    assert device.pull() == []


def _shape(server, taxpayer_id: str) -> tuple[set[tuple], set[tuple]]:  # noqa: ANN001
    """A taxpayer's change-log rows and zone departures with its own ids and name left out, so that
    two taxpayers taken through the same steps can be compared row for row."""
    with reading(server.engine) as conn:
        rows = list(conn.execute(changes.select()))
        exits = {(r.kind, r.zone_id) for r in conn.execute(zone_exits.select()) if r.subject_id == taxpayer_id}
    data = {(r.kind, r.record_id): loads(r.data) for r in rows}
    reference_of = {i: d["reference"] for (kind, i), d in data.items() if kind == "taxable_object"}
    shaped = set()
    for row in rows:
        d = data[(row.kind, row.record_id)]
        if row.kind == "taxpayer" and row.record_id == taxpayer_id:
            key: tuple = ("taxpayer",)
        elif row.kind == "taxable_object" and d["taxpayer_id"] == taxpayer_id:
            key = ("taxable_object", d["reference"])
        elif row.kind == "assessment" and d["taxpayer_id"] == taxpayer_id:
            key = ("assessment", reference_of.get(d["taxable_object_id"]), d["tax_code"], d["period"])
        else:
            continue
        rest = tuple(sorted((k, repr(v)) for k, v in d.items()
                            if k not in ("id", "taxpayer_id", "taxable_object_id", "name", "created_at")))
        shaped.add((key, row.zone_id, row.version, rest))
    return shaped, exits


def test_both_push_paths_write_the_same_change_log(town, tmp_path, monkeypatch):
    """Two taxpayers alike go through the same steps in one batch each (moved KAT -> NDE, a stall
    added, moved to LUK, moved back to NDE with a new phone): one batch takes the bulk path, the
    other the event-by-event path, and they leave the same change-log rows and departures."""
    bulk_batches = []
    real = push_module.apply_bulk

    def apply_bulk(conn, batch, *, received_at):  # noqa: ANN001, ANN202
        if any(e.data.get("taxpayer_id") == STAYS for e in batch):
            raise Fallback("this batch takes the event-by-event path")
        real(conn, batch, received_at=received_at)
        bulk_batches.append(len(batch))

    monkeypatch.setattr(push_module, "apply_bulk", apply_bulk)
    with town.engine.begin() as conn:
        reference.add_agent(conn, "Kalala Mbuyi", ["KAT", "NDE", "LUK"], "2468")
        registry.add_object(conn, {"id": "01938d00-0000-7000-8000-0000000000a2", "taxpayer_id": STAYS,
                                   "kind": "business_premises", "reference": "BP-1", "attributes": {}}, KAT)
        registry.add_assessment(conn, {"id": "01938d00-0000-7000-8000-0000000000b2", "taxpayer_id": STAYS,
                                       "taxable_object_id": "01938d00-0000-7000-8000-0000000000a2",
                                       "tax_code": "PAT", "period": "2026", "amount": 2_000_000}, KAT)
    kat_only = Device(town, tmp_path, "T09", ("Kasongo Nkulu",))
    kat_only.pull()
    for code, taxpayer_id in (("T12", MOVED), ("T13", STAYS)):
        device = Device(town, tmp_path, code, ("Kalala Mbuyi",))
        with reading(town.engine) as conn:
            record = registry.taxpayer_record(taxpayer_id, loads(registry.get_taxpayer(conn, taxpayer_id)["data"]))
        add_taxpayer_row(device.ledger, record, 1)
        ledger = device.ledger
        version = ledger.update_taxpayer(taxpayer_id, {"zone_id": NDE}, 1)
        ledger.add_taxable_object(taxpayer_id=taxpayer_id, kind="market_stall", reference="MS-9")
        version = ledger.update_taxpayer(taxpayer_id, {"zone_id": LUK}, version)
        ledger.update_taxpayer(taxpayer_id, {"zone_id": NDE, "phone": "+243811111111"}, version)
        assert push_all(town, device.token, ledger)["quarantined"] == []
    assert len(bulk_batches) == 1  # the first device's batch went through in bulk, the second did not

    bulk, event_by_event = _shape(town, MOVED), _shape(town, STAYS)
    assert bulk == event_by_event
    rows, exits = bulk
    assert exits == {("taxpayer", KAT), ("taxpayer", LUK)}
    assert {zone for _key, zone, _v, _rest in rows} == {NDE}  # its objects and assessments followed it
    assert {key[0] for key, *_ in rows} == {"taxpayer", "taxable_object", "assessment"}
    assert sorted(withdrawn(kat_only.pull())) == sorted([(MOVED, "taxpayer", NDE), (STAYS, "taxpayer", NDE)])
