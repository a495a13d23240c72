"""Random but reproducible field work from real device ledgers, for tests that push the same
events into several servers (tests/server/test_push_paths.py).

A scenario is made once: real `core` Ledgers record registrations, edits, objects, payments and
voids; the steps between them say when a device pushes (and in what batch size) and when the
supervisor changes an agent on the server. Replaying the steps against any server gives it the
very same signed events in the very same order."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.config import Municipality
from core.ids import new_id
from core.registry import upsert_zone
from core.schedule import TaxType, upsert_tax_type
from core.service import Ledger
from tests.server.support import TEST_CONFIG, ZONE_IDS

# Fixed agent ids, so that every server made for a scenario knows the same agents.
AGENTS = {"Ilunga Kabeya": ("01938b00-0000-7000-8000-0000000000a1", ["KAT", "NDE"]),
          "Mbuyi Tshala": ("01938b00-0000-7000-8000-0000000000a2", ["NDE"]),
          "Kasongo Ilunga": ("01938b00-0000-7000-8000-0000000000a3", ["LUK", "KAT"])}
DEVICES = {"T07": "Ilunga Kabeya", "T08": "Mbuyi Tshala", "T09": "Kasongo Ilunga"}
# Taxpayers the server holds before any push, pulled by every device at version 1.
SEEDED = [{"id": f"01938c00-0000-7000-8000-00000000000{n}", "kind": "person", "name": name, "phone": "+243810000000",
           "zone_id": ZONE_IDS[zone], "address": f"{zone}, avenue {n}", "status": "active"}
          for n, (name, zone) in enumerate([("Kanku Mpoyi Rosalie", "KAT"), ("Ntumba Beya Honoré", "NDE"),
                                            ("Kabongo Sylla Léonie", "KAT")], start=1)]
SERVER_CONFIG = {k: v for k, v in TEST_CONFIG.items() if k != "agents"}
NAMES = ["Mulumba Kasereka", "Tshibangu Nsimba", "Banza Mwamba", "Kalala Odia", "Mukendi Ilunga", "Lukusa Mbayo"]


@dataclass
class Step:
    """What happens next on the servers: a device pushes, or the supervisor acts."""
    kind: str  # push | deactivate | zones
    device: str | None = None
    batch_size: int = 250
    through: int | None = None  # push only the events up to this seq (None: all the device holds)
    agent: str | None = None
    zones: list[str] = field(default_factory=list)


@dataclass
class Scenario:
    ledgers: dict[str, Ledger]
    steps: list[Step]


def make_ledger(path: Path, code: str) -> Ledger:
    """A real device holding the reference data a pull gives it, acting as its agent."""
    ledger = Ledger.open(path)
    ledger.initialise(Municipality("Commune de Kananga", "KGA", "CDF", verify_url="https://mairie.example/v",
                                   timezone="Africa/Lubumbashi"), code, [])
    with ledger.store.transaction() as conn:
        for zone in SERVER_CONFIG["zones"]:
            upsert_zone(conn, zone["code"], zone["name"], zone_id=zone["id"])
        for tax in SERVER_CONFIG["tax_types"]:
            upsert_tax_type(conn, TaxType(tax["code"], tax["label"], tax["periodicity"], tax["basis"],
                                          amount=tax["amount"], object_kinds=tuple(tax["object_kinds"])))
        for name, (agent_id, _zones) in AGENTS.items():
            conn.execute("INSERT INTO agents (id, name, pin_hash, active) VALUES (?,?,?,1)", (agent_id, name, "x"))
        for record in SEEDED:
            _pulled(conn, record, 1)
    ledger.act_as(AGENTS[DEVICES[code]][0])
    ledger.open_session(0)
    return ledger


def _pulled(conn, record: dict[str, Any], version: int) -> None:  # noqa: ANN001
    """A server taxpayer as a pull writes it on a device (origin server, the server's version)."""
    conn.execute("INSERT INTO taxpayers (id, kind, name, phone, zone_id, address, status, version, server_version,"
                 " origin, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?, 'server', ?, ?)",
                 (record["id"], record["kind"], record["name"], record["phone"], record["zone_id"],
                  record["address"], record["status"], version, version, "2026-01-01T00:00:00.000Z",
                  "2026-01-01T00:00:00.000Z"))


class _Maker:
    def __init__(self, tmp: Path, seed: int) -> None:
        self.rng = random.Random(seed)
        self.ledgers = {code: make_ledger(tmp / f"{code}-{seed}.db", code) for code in DEVICES}
        self.steps: list[Step] = []
        self.registered: dict[str, tuple[str, dict[str, Any]]] = {}  # taxpayer id -> registering device, record
        self.unpushed: dict[str, list[str]] = {code: [] for code in DEVICES}  # registered, not pushed yet
        self.pushed: set[str] = set()

    def known(self, code: str) -> list[str]:
        rows = self.ledgers[code].store.conn.execute("SELECT id FROM taxpayers ORDER BY id").fetchall()
        return [r[0] for r in rows]

    def act(self, code: str) -> None:
        ledger, rng = self.ledgers[code], self.rng
        action = rng.choices(["register", "update", "pay", "void", "object", "unknown_void", "pull"],
                             weights=[4, 5, 6, 2, 2, 1, 2])[0]
        if action == "register":
            zone = rng.choice(["KAT", "KAT", "NDE", "LUK"])
            objects = [{"kind": "business_premises", "reference": f"BP-{rng.randrange(1000)}"}] \
                if rng.random() < 0.5 else []
            name = rng.choice(NAMES)
            taxpayer_id = ledger.register_taxpayer(name=name, zone=zone, phone="+243812345678", objects=objects)
            self.registered[taxpayer_id] = (code, {"id": taxpayer_id, "kind": "person", "name": name,
                                                   "phone": "+243812345678", "zone_id": ZONE_IDS[zone],
                                                   "address": None, "status": "active"})
            self.unpushed[code].append(taxpayer_id)
        elif action == "update":
            taxpayer_id = rng.choice(self.known(code))
            version = ledger.store.conn.execute("SELECT version FROM taxpayers WHERE id=?", (taxpayer_id,)).fetchone()[0]
            changes: dict[str, Any] = {}
            for name, values in [("name", NAMES), ("phone", ["+243811111111", "+243822222222"]),
                                 ("address", ["Marché central", "Avenue de la Mission"]),
                                 ("zone_id", [ZONE_IDS["KAT"], ZONE_IDS["NDE"]])]:
                if rng.random() < 0.4:
                    changes[name] = rng.choice(values)
            ledger.update_taxpayer(taxpayer_id, changes or {"phone": "+243833333333"}, expected_version=version)
        elif action == "pay":
            taxpayer_id = rng.choice(self.known(code))
            tax, period = rng.choice([("PAT", "2026"), ("MAR", "2026-11")])
            ledger.pay(taxpayer_id=taxpayer_id, tax_code=tax, period=period,
                       amount=rng.choice([100_000, 300_000, 500_000]), method="cash", advance=True)
        elif action == "void":
            live = ledger.store.conn.execute(
                "SELECT receipt_no FROM payments WHERE id NOT IN (SELECT payment_id FROM voids)").fetchall()
            if live:
                ledger.void(rng.choice(live)[0], "erreur de saisie")
        elif action == "object":
            ledger.add_taxable_object(taxpayer_id=rng.choice(self.known(code)), kind="market_stall",
                                      reference=f"MS-{rng.randrange(1000)}")
        elif action == "unknown_void":
            # A signed void of a payment the server never received (a device bug): held, never lost.
            with ledger.store.transaction() as conn:
                ledger._ctx(conn).emit(conn, "payment.voided", {"id": new_id(), "payment_id": new_id(),
                                                               "receipt_no": "T99-2026-000001", "reason": "?"})
        elif action == "pull":
            self.pull_other(code)

    def pull_other(self, code: str) -> None:
        """Give this device a taxpayer another device registered and pushed, as a pull would."""
        mine = set(self.known(code))
        others = [t for t in self.pushed if t not in mine]
        if others:
            _origin, record = self.registered[self.rng.choice(sorted(others))]
            with self.ledgers[code].store.transaction() as conn:
                _pulled(conn, record, 1)

    def move_with_dependents(self) -> None:
        """Two taxpayers the server holds in KAT. The first, with a shop and its assessment, gets a
        stall (and its assessment) and is moved to NDE in the next batch: what follows it is read
        from the database by the event-by-event path and partly gathered from the batch by the
        bulk path, and both must number it alike. The second goes to NDE in that batch and back
        in a batch of its own: its departure from KAT is forgotten and NDE gets one."""
        ledger = self.ledgers["T07"]  # Ilunga Kabeya holds both zones
        moved, back = (ledger.register_taxpayer(name=name, zone="KAT", phone="+243812345678",
                                                objects=[{"kind": "business_premises", "reference": "BP-77"}])
                       for name in ("Kabasélé Ngoyi", "Mukendi Awa"))
        self._census("T07", moved)
        self._push_through("T07")
        ledger.add_taxable_object(taxpayer_id=moved, kind="market_stall", reference="MS-77")
        versions = {}
        for taxpayer_id in (moved, back):
            version = ledger.store.conn.execute("SELECT version FROM taxpayers WHERE id=?", (taxpayer_id,)).fetchone()[0]
            versions[taxpayer_id] = ledger.update_taxpayer(taxpayer_id, {"zone_id": ZONE_IDS["NDE"]},
                                                           expected_version=version)
        self._push_through("T07")
        ledger.update_taxpayer(back, {"zone_id": ZONE_IDS["KAT"]}, expected_version=versions[back])
        self._push_through("T07")

    def _census(self, code: str, taxpayer_id: str) -> None:
        """A census submission the server keeps (`submissions`), and one whose data does not fit
        (quarantined as data_invalid), in the same batch as other events."""
        ledger = self.ledgers[code]
        with ledger.store.transaction() as conn:
            ctx = ledger._ctx(conn)
            for answers in ({"building": [{"floor_area": "120"}]}, "not an object"):
                ctx.emit(conn, "submission.recorded", {"id": new_id(), "form_id": "census_buildings",
                                                       "form_version": "1", "answers": answers, "geometry": None,
                                                       "taxpayer_id": taxpayer_id, "started_at": ctx.now})

    def _push_through(self, code: str) -> None:
        """Push what the device holds now, and nothing it records later, in one batch."""
        head = self.ledgers[code].store.conn.execute("SELECT max(seq) FROM events").fetchone()[0]
        self.steps.append(Step("push", device=code, through=head))

    def push(self, code: str) -> None:
        self.steps.append(Step("push", device=code, batch_size=self.rng.choice([1, 3, 7, 40, 250])))
        self.pushed.update(self.unpushed[code])
        self.unpushed[code].clear()


def build(tmp: Path, seed: int, actions: int = 60) -> Scenario:
    """`actions` device actions in random order, pushes between them, a supervisor change or two."""
    tmp.mkdir(parents=True, exist_ok=True)
    maker = _Maker(tmp, seed)
    maker.move_with_dependents()
    rng = maker.rng
    for index in range(actions):
        code = rng.choice(list(DEVICES))
        maker.act(code)
        if rng.random() < 0.25:
            maker.push(rng.choice(list(DEVICES)))
        if index == actions // 2:  # the supervisor acts while devices still hold unpushed events
            maker.steps.append(Step("zones", agent="Ilunga Kabeya", zones=[rng.choice(["KAT", "NDE"])])
                               if seed % 2 else Step("deactivate", agent=rng.choice(["Kasongo Ilunga", "Mbuyi Tshala"])))
    for code in DEVICES:
        maker.push(code)
    return Scenario(maker.ledgers, maker.steps)
