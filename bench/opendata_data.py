"""A month of collection for the open-data benchmark, as rows straight into the server's tables:
50 agents in 12 zones, 4 taxes, about 150,000 receipts in November 2026 (2 % voided) paid by
90,000 taxpayers, with a few zone x tax cells paid by fewer than five taxpayers (so the page hides
amounts, as it would in a real month)."""
from __future__ import annotations

import random
from collections.abc import Iterator

from sqlalchemy import Connection

from bench.sync_data import TAXPAYER_COLUMNS, _uuid, person
from sync.server import reference
from sync.server.common import dumps
from sync.server.registry import FIELDS

AGENTS, ZONES, TAXPAYERS = 50, 12, 90_000
TAXES = {"PAT": 2_000_000, "MAR": 300_000, "IMF": 1_500_000, "ENS": 800_000}
MONTH = "2026-11"
FILLER_TOKEN = "Q2." + "x" * 260 + "." + "y" * 86  # a stored token's length: the rows are as wide as real ones
RECEIPT_COLUMNS = ("receipt_no", "device_id", "payment_id", "event_seq", "token", "amount", "currency", "tax_code",
                   "period", "taxpayer_id", "taxpayer_name", "agent_id", "method", "paid_at", "received_at",
                   "voided_at", "void_reason")


def zone_ids() -> list[str]:
    return [_uuid(n, 0x5A) for n in range(ZONES)]


def add_reference(conn: Connection) -> None:
    """The benchmark's zones and taxes beside those of bench.sync_env.CONFIG."""
    for n, zone_id in enumerate(zone_ids()):
        reference.upsert_zone(conn, f"Z{n:02d}", f"Quartier {n + 1}", zone_id=zone_id)
    for code, amount in TAXES.items():
        reference.upsert_tax_type(conn, {"code": code, "label": f"Taxe {code}", "periodicity": "annual",
                                         "basis": "flat", "amount": amount, "rate": None, "rate_attribute": None,
                                         "object_kinds": ["business_premises"], "labels": {"en": f"Tax {code}"}})


def taxpayer_rows(seed: int = 21) -> Iterator[tuple]:
    rng, zones = random.Random(seed), zone_ids()
    at = "2026-01-05T08:00:00.000Z"
    versions = dumps({k: [1, None] for k in FIELDS})
    for index in range(TAXPAYERS):
        clean = {k: None for k in FIELDS}
        clean.update(kind="person", name=person(rng), zone_id=zones[index % ZONES], status="active")
        yield (_uuid(index, 0x7D), dumps(clean), clean["zone_id"], clean["name"], 1, versions, "server", at, at)


def receipt_rows(count: int, seed: int = 23) -> Iterator[tuple]:
    """`count` receipts over the month, each agent's own device numbering its receipts. The tax
    ENS is paid by three taxpayers only in the last two zones: small cells, hidden on the page."""
    rng = random.Random(seed)
    devices = [_uuid(n, 0x3D) for n in range(AGENTS)]
    agents = [_uuid(n, 0x3A) for n in range(AGENTS)]
    for index in range(count):
        agent = index % AGENTS
        taxpayer = rng.randrange(TAXPAYERS)
        zone = taxpayer % ZONES
        tax = rng.choice(("PAT", "PAT", "MAR", "MAR", "MAR", "IMF", "ENS"))
        if tax == "ENS" and zone >= ZONES - 2:
            taxpayer = zone + ZONES * rng.randrange(3)  # the same three taxpayers of the zone
        day, second = 1 + index * 30 // count, rng.randrange(7 * 3600, 17 * 3600)
        paid_at = f"2026-11-{day:02d}T{second // 3600 - 2:02d}:{second // 60 % 60:02d}:{second % 60:02d}.000Z"
        voided = rng.random() < 0.02
        yield (f"M{agent:02d}-2026-{index // AGENTS + 1:06d}", devices[agent], _uuid(index, 0x7E), index // AGENTS + 1,
               FILLER_TOKEN, TAXES[tax] // rng.choice((1, 2, 4)), "CDF", tax, "2026", _uuid(taxpayer, 0x7D),
               person(rng),
               agents[agent], "cash", paid_at, paid_at, paid_at if voided else None, "erreur" if voided else None)


__all__ = ["TAXPAYER_COLUMNS", "RECEIPT_COLUMNS", "add_reference", "taxpayer_rows", "receipt_rows", "MONTH"]
