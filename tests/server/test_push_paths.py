"""The two ways a push applies a batch agree: the bulk path (push_bulk) and the event-by-event
path (apply) must leave the very same server.

Each scenario (tests/server/scenario.py) is real signed events from three device ledgers:
registrations in and out of the agent's zones, edits of one taxpayer from two devices (merged
fields and same-field conflicts), zone moves (the taxpayer's objects and assessments follow it,
and the zone it left gets a departure), taxable objects, assessments, payments, voids, a void of
a payment the server never got, and supervisor changes (an agent's zones cut, an agent
deactivated) between pushes. It is pushed into two fresh servers: once as in production, once
with the bulk path refused so that every batch goes event by event. Every answer a device got
and every table a device, a supervisor or the verification page reads (the change log and the
zone departures pull turns into withdrawals among them) must be identical."""
from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from sync.server import push as push_module
from sync.server import reference, registry
from sync.server.common import loads
from sync.server.db import reading
from sync.server.push_bulk import Fallback
from sync.server.schema import (assessments, changes, conflicts, devices, events, quarantine, receipts,
                                submissions, taxable_objects, taxpayers, zone_exits)
from tests.server.conftest import fresh_database
from tests.server.scenario import AGENTS, DEVICES, SEEDED, SERVER_CONFIG, Scenario, build
from tests.server.support import Server, auth, enroll, push, wire_events

SEEDS = range(8)


class _Servers:
    """A fresh server over its own database, with the scenario's agents and seeded taxpayers."""

    def __init__(self, kind: str, tmp: Path, stack: ExitStack) -> None:
        self.kind, self.tmp, self.stack = kind, tmp, stack

    def start(self, name: str, scenario: Scenario) -> tuple[Server, dict[str, str]]:
        url = self.stack.enter_context(fresh_database(self.kind, self.tmp / name))
        server = Server.start(self.tmp / name, url, SERVER_CONFIG)
        self.stack.callback(server.close)
        with server.engine.begin() as conn:
            for agent, (agent_id, zones) in AGENTS.items():
                reference.add_agent(conn, agent, zones, "1234", agent_id=agent_id)
            for record in SEEDED:
                registry.insert_taxpayer(conn, record["id"], record, origin="server", at="2026-11-01T08:00:00.000Z")
        tokens = {code: enroll(server, scenario.ledgers[code], server.enrollment_code(code, (agent,)))["token"]
                  for code, agent in DEVICES.items()}
        return server, tokens


def _replay(server: Server, tokens: dict[str, str], scenario: Scenario, clock: list[str]) -> list[dict[str, Any]]:
    """Run the scenario's steps against `server`; returns every push answer the devices got."""
    answers = []
    for number, step in enumerate(scenario.steps):
        clock[0] = f"2026-11-29T10:{number // 60:02d}:{number % 60:02d}.000Z"  # the same arrival on both servers
        if step.kind == "push":
            ledger, token = scenario.ledgers[step.device], tokens[step.device]
            after = server.client.get("/api/v1/device", headers=auth(token)).json()["stored_through"]
            while batch := wire_events(ledger, after, step.batch_size if step.through is None
                                       else max(0, min(step.batch_size, step.through - after))):
                response = push(server, token, batch)
                assert response.status_code == 200, response.text
                answer = {k: v for k, v in response.json().items() if k != "server_time"}
                answers.append({"device": step.device, **answer})
                after = answer["stored_through"]
            continue
        agent_id = AGENTS[step.agent][0]
        with server.engine.begin() as conn:
            if step.kind == "deactivate":
                reference.set_agent_active(conn, agent_id, False)
            else:
                zone_ids = reference.zone_ids_by_code(conn)
                reference.set_agent_zones(conn, agent_id, [zone_ids[z] for z in step.zones])
    return answers


def _tables(server: Server) -> dict[str, list[dict[str, Any]]]:
    """What devices, supervisors and the verification page read, in a stable order. Surrogate
    numbers (conflicts.id, events.arrival) are left out: a PostgreSQL sequence is not rolled back
    with a failed bulk attempt. Their order is kept, and compared. Every change-log row is
    compared (the supervisor's agent rows too, whose numbers the push's interleave), but for
    the agents' salted PIN hashes."""
    queries = {
        "taxpayers": select(taxpayers).order_by(taxpayers.c.id),
        "taxable_objects": select(taxable_objects).order_by(taxable_objects.c.id),
        "assessments": select(assessments).order_by(assessments.c.id),
        "receipts": select(receipts).order_by(receipts.c.receipt_no),
        "submissions": select(submissions).order_by(submissions.c.id),
        "changes": select(changes).order_by(changes.c.change_no),
        "zone_exits": select(zone_exits).order_by(zone_exits.c.change_no, zone_exits.c.kind, zone_exits.c.zone_id),
        "conflicts": select(conflicts).order_by(conflicts.c.id),
        "quarantine": select(quarantine).order_by(quarantine.c.device_id, quarantine.c.seq),
        "events": select(events).order_by(events.c.arrival),
        "devices": select(devices.c.id, devices.c.stored_through, devices.c.head_hash, devices.c.last_sync_at,
                          devices.c.stopped_reason).order_by(devices.c.id),
    }
    with reading(server.engine) as conn:
        tables = {name: [dict(row) for row in conn.execute(query).mappings()] for name, query in queries.items()}
    for row in tables["conflicts"]:
        del row["id"]
    for row in tables["events"]:
        del row["arrival"]
    for row in tables["changes"]:  # an agent's PIN hash is salted afresh on each server
        if row["kind"] == "agent":
            row["data"] = {k: v for k, v in loads(row["data"]).items() if k != "pin_hash"}
    return tables


def _refuse_bulk(*_args: Any, **_kwargs: Any) -> None:
    raise Fallback("bulk path disabled by the test")


@pytest.fixture(params=["sqlite", "postgresql"])
def database_kind(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.mark.slow
def test_bulk_and_event_by_event_pushes_leave_the_same_server(database_kind, tmp_path, monkeypatch):
    clock = ["2026-11-29T10:00:00.000Z"]
    monkeypatch.setattr(push_module, "now_iso", lambda: clock[0])
    real_bulk = push_module.apply_bulk
    bulk_batches = [0]

    def counting_bulk(*args: Any, **kwargs: Any) -> None:
        real_bulk(*args, **kwargs)
        bulk_batches[0] += 1  # reached only when the whole batch went through in bulk

    seen: dict[str, set] = {"quarantine": set(), "tables": set()}
    for seed in SEEDS:
        scenario = build(tmp_path / f"devices-{seed}", seed)
        with ExitStack() as stack:
            servers = _Servers(database_kind, tmp_path / f"servers-{seed}", stack)
            fast, fast_tokens = servers.start("fast", scenario)
            slow, slow_tokens = servers.start("slow", scenario)
            with monkeypatch.context() as patch:
                patch.setattr(push_module, "apply_bulk", counting_bulk)
                fast_answers = _replay(fast, fast_tokens, scenario, clock)
            with monkeypatch.context() as patch:
                patch.setattr(push_module, "apply_bulk", _refuse_bulk)
                slow_answers = _replay(slow, slow_tokens, scenario, clock)
            assert fast_answers == slow_answers, f"seed {seed}: the devices were answered differently"
            fast_tables, slow_tables = _tables(fast), _tables(slow)
            for name in fast_tables:
                assert fast_tables[name] == slow_tables[name], f"seed {seed}: table {name} differs"
            # Nothing a device recorded is missing on either server.
            total = sum(len(wire_events(ledger)) for ledger in scenario.ledgers.values())
            assert len(fast_tables["events"]) == total
            seen["quarantine"] |= {row["code"] for row in fast_tables["quarantine"]}
            seen["tables"] |= {name for name, rows in fast_tables.items() if rows}
            if fast_tables["conflicts"]:
                seen["tables"].add("conflicts")
            if any(r["voided_at"] for r in fast_tables["receipts"]):
                seen["tables"].add("voids")
            if any(t["version"] > 2 for t in fast_tables["taxpayers"]):
                seen["tables"].add("merged edits")
            seen["tables"] |= {f"{row['kind']} departures" for row in fast_tables["zone_exits"]}
            if _moved_with_dependents(fast_tables):
                seen["tables"].add("objects moved with their taxpayer")
        for ledger in scenario.ledgers.values():
            ledger.close()
    # The scenarios really covered both paths and every kind of outcome the brief names.
    assert bulk_batches[0] >= 10
    assert {"zone_not_assigned", "agent_inactive", "taxpayer_unknown", "data_invalid"} <= seen["quarantine"], seen
    assert {"submissions", "conflicts", "voids", "merged edits", "taxable_objects", "assessments", "taxpayer departures",
            "agent departures", "objects moved with their taxpayer"} <= seen["tables"], seen


def _moved_with_dependents(tables: dict[str, list[dict[str, Any]]]) -> bool:
    """Every object's and assessment's change row is in its taxpayer's zone now (they follow it);
    returns whether some taxpayer moved while the server held objects of it (read from the stored,
    unquarantined events in arrival order), so that following it was really exercised."""
    zone_now = {row["id"]: row["zone_id"] for row in tables["taxpayers"]}
    for row in tables["changes"]:
        if row["kind"] in ("taxable_object", "assessment"):
            assert row["zone_id"] == zone_now[loads(row["data"])["taxpayer_id"]], row
    held = {(row["device_id"], row["seq"]) for row in tables["quarantine"]}
    zone_of = {record["id"]: record["zone_id"] for record in SEEDED}
    owned: set[str] = set()  # taxpayers the server holds an object or assessment of
    moved = False
    for event in tables["events"]:
        if (event["device_id"], event["seq"]) in held:
            continue
        data = loads(event["payload"])["data"]
        if event["type"] == "taxpayer.registered":
            zone_of[data["id"]] = data["zone_id"]
        elif event["type"] in ("taxable_object.added", "assessment.created"):
            owned.add(data["taxpayer_id"])
        elif event["type"] == "taxpayer.updated" and "zone_id" in data["changes"]:
            taxpayer_id = data["taxpayer_id"]
            moved |= taxpayer_id in owned and zone_of.get(taxpayer_id) != data["changes"]["zone_id"]
            zone_of[taxpayer_id] = data["changes"]["zone_id"]
    return moved
