"""What the server tests share: a running app over one database, and real devices.

Devices are real `core` ledgers. Until the pull apply path (core.reference) lands, a test device
receives the server's zones, tax types and agents the way a pull will give them: the same ids,
written into its reference tables (reference data, no device event, invariant 10)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from core.clock import Clock, utc_now
from core.config import Municipality
from core.events import events_after
from core.registry import upsert_zone
from core.schedule import TaxType, upsert_tax_type
from core.service import Ledger
from sync.server import enrollment
from sync.server.app import create_app
from sync.server.db import reading
from sync.server.settings import load_settings

ZONE_IDS = {"KAT": "01938a00-0000-7000-8000-000000000001", "NDE": "01938a00-0000-7000-8000-000000000004",
            "LUK": "01938a00-0000-7000-8000-000000000003"}
TEST_CONFIG: dict[str, Any] = {
    "municipality": {"name": "Commune de Kananga", "code": "KGA", "currency": "CDF", "locale": "fr",
                     "timezone": "Africa/Lubumbashi", "verify_url": "https://mairie.example/v"},
    "zones": [{"id": ZONE_IDS["KAT"], "code": "KAT", "name": "Katoka"},
              {"id": ZONE_IDS["NDE"], "code": "NDE", "name": "Ndesha"},
              {"id": ZONE_IDS["LUK"], "code": "LUK", "name": "Lukonga"}],
    "tax_types": [
        {"code": "PAT", "label": "Patente", "periodicity": "annual", "basis": "flat", "amount": 2_000_000,
         "rate": None, "rate_attribute": None, "object_kinds": ["business_premises"], "labels": {}},
        {"code": "MAR", "label": "Droit de place", "periodicity": "monthly", "basis": "flat", "amount": 300_000,
         "rate": None, "rate_attribute": None, "object_kinds": ["market_stall"], "labels": {}},
    ],
    "agents": [{"name": "Ilunga Kabeya", "pin": "1234", "zones": ["KAT", "NDE"]},
               {"name": "Mbuyi Tshala", "pin": "5678", "zones": ["NDE"]}],
}


@dataclass
class Server:
    client: TestClient
    engine: Engine
    settings: Any

    @classmethod
    def start(cls, data_dir: Path, database_url: str, config: dict[str, Any], **overrides: Any) -> "Server":
        from sync.server import admin

        settings = load_settings(data_dir=data_dir, database_url=database_url, **overrides)
        app = create_app(settings)
        engine = app.state.engine
        with engine.begin() as conn:
            if not admin.is_initialised(conn):
                admin.init_from(conn, config)
        return cls(TestClient(app, client=("10.0.0.7", 5000)), engine, settings)

    def close(self) -> None:
        self.client.close()
        self.engine.dispose()

    def enrollment_code(self, device_code: str, agents: tuple[str, ...] = ("Ilunga Kabeya",),
                        ttl_s: int = 24 * 3600) -> str:
        with self.engine.begin() as conn:
            return enrollment.create_code(conn, device_code, list(agents), ttl_s)[0]

    def agent_id(self, name: str) -> str:
        from sync.server.schema import agents
        with reading(self.engine) as conn:
            return conn.execute(select(agents.c.id).where(agents.c.name == name)).scalar_one()

    def rows(self, table, *where) -> list[dict[str, Any]]:  # noqa: ANN001
        with reading(self.engine) as conn:
            return [dict(r) for r in conn.execute(select(table).where(*where)).mappings()]


def make_device(path: Path, server: Server, code: str = "T07", agent: str = "Ilunga Kabeya",
                clock: Clock = utc_now) -> Ledger:
    """A real device database holding the server's reference data, acting as `agent`."""
    ledger = Ledger.open(path, clock=clock)
    ledger.initialise(Municipality("Commune de Kananga", "KGA", "CDF", verify_url="https://mairie.example/v",
                                   timezone="Africa/Lubumbashi"), code, [])
    with reading(server.engine) as conn:
        from sync.server.reference import reference_config
        config = reference_config(conn)
    with ledger.store.transaction() as conn:
        for zone in config["zones"]:
            upsert_zone(conn, zone["code"], zone["name"], zone_id=zone["id"])
        for tax in config["tax_types"]:
            upsert_tax_type(conn, TaxType(tax["code"], tax["label"], tax["periodicity"], tax["basis"],
                                          amount=tax["amount"], rate=tax["rate"], rate_attribute=tax["rate_attribute"],
                                          object_kinds=tuple(tax["object_kinds"])))
        for row in config["agents"]:
            conn.execute("INSERT INTO agents (id, name, pin_hash, active) VALUES (?,?,?,?)",
                         (row["id"], row["name"], row["pin_hash"], int(row["active"])))
    ledger.act_as(server.agent_id(agent))
    return ledger


def add_taxpayer_row(ledger: Ledger, record: dict[str, Any], version: int) -> None:
    """A server taxpayer as a pull gives it to a device (origin server, the server's version)."""
    with ledger.store.transaction() as conn:
        conn.execute("INSERT INTO taxpayers (id, kind, name, phone, zone_id, address, status, version, server_version,"
                     " origin, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?, 'server', ?, ?)",
                     (record["id"], record["kind"], record["name"], record["phone"], record["zone_id"],
                      record["address"], record["status"], version, version, "2026-01-01T00:00:00.000Z",
                      "2026-01-01T00:00:00.000Z"))


def enroll(server: Server, ledger: Ledger, code: str) -> dict[str, Any]:
    device = ledger.device
    response = server.client.post("/api/v1/enroll", json={"code": code, "device_id": device.id,
                                                          "public_key": device.public_key, "app_version": "0.1.0"})
    assert response.status_code == 200, response.text
    return response.json()


def enrolled_device(path: Path, server: Server, code: str = "T07", agent: str = "Ilunga Kabeya",
                    clock: Clock = utc_now) -> tuple[Ledger, str]:
    ledger = make_device(path, server, code, agent, clock)
    answer = enroll(server, ledger, server.enrollment_code(code, (agent,)))
    return ledger, answer["token"]


def wire_events(ledger: Ledger, after: int = 0, limit: int = 10_000) -> list[dict[str, Any]]:
    return [{"seq": e.seq, "payload": e.payload, "prev_hash": e.prev_hash, "hash": e.hash, "signature": e.signature}
            for e in events_after(ledger.store.conn, after, limit)]


def push(server: Server, token: str, batch: list[dict[str, Any]]):  # noqa: ANN201
    return server.client.post("/api/v1/push", json={"events": batch}, headers={"Authorization": f"Bearer {token}"})


def push_all(server: Server, token: str, ledger: Ledger, batch_size: int = 250) -> dict[str, Any]:
    """Push as the client will: from stored_through + 1, in batches, until nothing is left."""
    status = server.client.get("/api/v1/device", headers={"Authorization": f"Bearer {token}"}).json()
    after, last = status["stored_through"], {}
    while batch := wire_events(ledger, after, batch_size):
        response = push(server, token, batch)
        assert response.status_code == 200, response.text
        last = response.json()
        after = last["stored_through"]
    return last


def record_sale(ledger: Ledger, name: str = "Kabasélé Ngoyi Françoise", zone: str = "KAT",
                amount: int = 500_000) -> tuple[str, Any]:
    """Register a taxpayer with a business premises (assessed for PAT) and take a payment."""
    taxpayer_id = ledger.register_taxpayer(name=name, zone=zone, phone="+243812345678",
                                           objects=[{"kind": "business_premises", "reference": f"BP-{name[:3]}"}])
    if ledger.current_session_id() is None:
        ledger.open_session(0)
    payment = ledger.pay(taxpayer_id=taxpayer_id, tax_code="PAT", period=str(ledger.today().year),
                         amount=amount, method="cash")
    return taxpayer_id, payment


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def payload_of(event: dict[str, Any]) -> dict[str, Any]:
    return json.loads(event["payload"])
