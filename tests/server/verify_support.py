"""What the verification page tests share: real receipts from a real device ledger, and in-memory
stand-ins for the server's lookups (the page is built against interfaces; the server's tables
answer them in production, see README "The public verification page").

`build_world` makes a device, takes real payments and voids one; `make_app` serves the router over
them. The same world can be written to JSON so a real uvicorn process (tests/server/verify_app.py)
serves it for Chromium."""
from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from fastapi import FastAPI

from core.config import Municipality
from core.ids import new_id
from core.keys import generate_keypair
from core.registry import upsert_zone
from core.schedule import TaxType, assess_object, upsert_tax_type
from core.service import Ledger
from core.token import ReceiptClaims, decode_token, make_token
from sync.server.verify_page import make_verify_router
from sync.server.verify_types import ReceiptRecord

TAX_LABELS = {
    "PAT": {"fr": "Patente", "en": "Business licence", "pt": "Alvará comercial"},
    "MAR": {"fr": "Droit de place", "en": "Market pitch fee", "pt": "Taxa de ocupação de lugar"},
}
PAID_AT = datetime(2026, 3, 14, 9, 30, tzinfo=timezone.utc)  # 11:30 in Kananga (UTC+2)
VOIDED_AT = "2026-03-15T08:05:00.000Z"


class MovingClock:
    """The device's clock: a fixed moment the test can move."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@dataclass
class InMemoryReceipts:
    records: dict[str, ReceiptRecord] = field(default_factory=dict)

    def find(self, number: str) -> ReceiptRecord | None:
        return self.records.get(number)


@dataclass
class InMemoryKeys:
    keys: dict[str, str] = field(default_factory=dict)

    def public_key(self, device_id: str) -> str | None:
        return self.keys.get(device_id)


@dataclass
class MunicipalityStub:
    name: str = "Commune de Kananga"
    locale: str = "fr"
    timezone: str = "Africa/Lubumbashi"

    def tax_labels(self, tax_code: str) -> dict[str, str]:
        return TAX_LABELS.get(tax_code, {})


class InMemoryLimiter:
    """A fixed window per key, on a clock the test moves: `limit` attempts per `window` seconds."""

    def __init__(self, limit: int = 10, window: float = 600.0, clock=lambda: 0.0) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self.counts: dict[tuple[str, int], int] = {}

    def hit(self, key: str) -> float | None:
        now = self.clock()
        bucket = int(now // self.window)
        self.counts[(key, bucket)] = self.counts.get((key, bucket), 0) + 1
        if self.counts[(key, bucket)] <= self.limit:
            return None
        return (bucket + 1) * self.window - now


@dataclass
class World:
    """Real receipts of one device: what the server holds, and tokens as printed on paper."""
    receipts: InMemoryReceipts
    keys: InMemoryKeys
    municipality: MunicipalityStub
    tokens: dict[str, str]  # recorded, voided, not_synced, script_name, altered, stranger, wrong_key, mismatch
    numbers: dict[str, str]  # name -> receipt number

    def to_json(self) -> str:
        records = {n: {**asdict(r), "tax_labels": dict(r.tax_labels)} for n, r in self.receipts.records.items()}
        return json.dumps({"records": records, "keys": self.keys.keys, "municipality": asdict(self.municipality),
                           "tokens": self.tokens, "numbers": self.numbers})

    @classmethod
    def from_json(cls, text: str) -> "World":
        data = json.loads(text)
        records = {n: ReceiptRecord(**r) for n, r in data["records"].items()}
        return cls(InMemoryReceipts(records), InMemoryKeys(data["keys"]), MunicipalityStub(**data["municipality"]),
                   data["tokens"], data["numbers"])


def make_app(world: World, limiter: InMemoryLimiter | None = None) -> FastAPI:
    app = FastAPI()
    app.include_router(make_verify_router(world.receipts, world.municipality, world.keys,
                                          limiter or InMemoryLimiter()))
    return app


def build_world(folder: Path) -> World:
    clock = MovingClock(PAID_AT)
    ledger = Ledger.open(folder / "device.db", clock=clock)
    try:
        ledger.initialise(Municipality("Commune de Kananga", "KGA", "CDF", verify_url="https://kananga.example/v",
                                       timezone="Africa/Lubumbashi"), "T07", [("Ilunga Kabeya", "1234")])
        with ledger.store.transaction() as conn:
            upsert_zone(conn, "KAT", "Katoka")
            upsert_tax_type(conn, TaxType("PAT", "Patente", "annual", "flat", amount=2_000_000))
            upsert_tax_type(conn, TaxType("MAR", "Droit de place", "monthly", "flat", amount=300_000))
        ledger.open_session(0)
        names = {"recorded": "Kabasélé Ngoyi Françoise", "voided": "Tshala Mbuyi Jean-Pierre",
                 "script_name": "Mbuyi <script>alert(1)</script>"}
        paid = {}
        for key, name in names.items():
            taxpayer = ledger.register_taxpayer(name=name, zone="KAT")
            paid[key] = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=1_500_000,
                                   method="cash", advance=True)
            clock.moment += timedelta(minutes=7)
        taxpayer = ledger.register_taxpayer(name="Ilunga Mwamba Odette", zone="KAT")
        paid["not_synced"] = ledger.pay(taxpayer_id=taxpayer, tax_code="MAR", period="2026-03", amount=300_000,
                                        method="cash", advance=True)
        clock.moment = datetime.fromisoformat(VOIDED_AT.replace("Z", "+00:00"))
        ledger.void(paid["voided"].receipt_no, "wrong taxpayer")
        device = ledger.device
    finally:
        ledger.close()
    stored = {key: p for key, p in paid.items() if key != "not_synced"}
    records = {p.receipt_no: ReceiptRecord(
        number=p.receipt_no, token=p.token, amount=p.amount, currency=p.currency, tax_labels=TAX_LABELS[p.tax_code],
        period=p.period, paid_at=p.issued_at, taxpayer_name=names[key],
        voided_at=VOIDED_AT if key == "voided" else None) for key, p in stored.items()}
    tokens = {key: p.token for key, p in paid.items()}
    tokens["altered"] = altered(paid["recorded"].token, amount=15_000_000)
    # Well formed and signed, but by a device the server never enrolled...
    stranger_private, _ = generate_keypair()
    claims = decode_token(paid["recorded"].token)
    tokens["stranger"] = make_token(ReceiptClaims(**{**asdict(claims), "device_id": new_id()}), stranger_private)
    # ...or in the name of the enrolled device, with another key.
    tokens["wrong_key"] = make_token(claims, stranger_private)
    # Signed with the device's own key for a stored number, yet not the receipt the server holds.
    claims = decode_token(paid["recorded"].token)
    tokens["mismatch"] = make_token(ReceiptClaims(**{**asdict(claims), "amount": 100}), device.private_key)
    return World(InMemoryReceipts(records), InMemoryKeys({device.id: device.public_key}), MunicipalityStub(),
                 tokens, {key: p.receipt_no for key, p in paid.items()})


def altered(token: str, **changes) -> str:
    """The same token with its claims edited and its signature kept: what a forger with a printer can do."""
    prefix, body, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    claims.update({"a": changes["amount"]} if "amount" in changes else {})
    new_body = base64.urlsafe_b64encode(json.dumps(claims, separators=(",", ":")).encode()).rstrip(b"=").decode()
    return f"{prefix}.{new_body}.{signature}"
