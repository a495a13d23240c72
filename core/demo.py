"""The demo device that `make run` opens: a seeded municipality, two agents, a file printer."""
from __future__ import annotations

import json
from pathlib import Path

from core import vault
from core.config import Municipality
from core.demo_payments import seed_demo_payments
from core.map_points import set_zone_geometries
from core.seed import DEFAULT_BBOX, seed_taxpayers
from core.service import Ledger

DEMO_AGENTS = [("Ilunga Kabeya", "1234"), ("Mbuyi Tshala", "5678")]
DEMO_TAXPAYERS = 5_000
DEMO_LOGO = Path(__file__).resolve().parent.parent / "resources" / "demo" / "kananga-logo.png"
DEMO_ZONES = Path(__file__).resolve().parent.parent / "resources" / "demo" / "zones.geojson"


def demo_municipality() -> Municipality:
    return Municipality(name="Commune de Kananga", code="KGA", currency="CDF", locale="fr",
                        country_calling_code="243", bbox=DEFAULT_BBOX, service_name="Service des recettes",
                        verify_url="https://mairie.example/v", timezone="Africa/Lubumbashi",
                        address="Hôtel de ville, boulevard Lumumba, Kananga",
                        receipt_line="Merci : vos taxes construisent Kananga.")


def demo_logo() -> bytes:
    """The demo town's seal (a drawing for the demo, not any real town's arms)."""
    return DEMO_LOGO.read_bytes()


def demo_zone_geometries() -> dict[str, dict]:
    """The demo zones' made-up outlines (resources/demo/zones.geojson), by zone code."""
    data = json.loads(DEMO_ZONES.read_text(encoding="utf-8"))
    return {f["properties"]["code"]: f["geometry"] for f in data["features"]}


def ensure_demo(path: str | Path, taxpayers: int = DEMO_TAXPAYERS, payments: bool = False) -> Ledger:
    """Open the demo database, creating and seeding it on first use. With `payments` (what
    `make run` asks for), the second agent has taken this year's payments from part of the town
    (core/demo_payments.py); tests leave it off, as they count the demo's receipts."""
    path = Path(path)
    ledger = Ledger.open(path, create=True)
    if not ledger.is_initialised():
        ledger.initialise(demo_municipality(), "T07", DEMO_AGENTS, logo=demo_logo())
        with ledger.store.transaction() as conn:
            seed_taxpayers(conn, count=taxpayers, seed=7, currency="CDF", today=ledger.today(),
                           bbox=DEFAULT_BBOX)
            set_zone_geometries(conn, demo_zone_geometries())  # what a server would send with its zones
        if payments:
            seed_demo_payments(ledger, ledger.agents()[1].id)
        ledger.save_setting("demo", True)
        ledger.save_setting("printer", {"uri": f"file://{(path.parent / 'printer-output.bin').resolve()}",
                                        "profile": "generic-58"})
        # The demo opens without a PIN (its PINs are printed on its login screen): an open wrap.
        pins = dict(DEMO_AGENTS)
        vault.on_initialised(path, ledger.store.key,
                             [(agent.id, agent.name, pins.get(agent.name)) for agent in ledger.agents()],
                             open_wrap=True)
    elif ledger.setting("demo"):
        with ledger.store.transaction() as conn:  # a demo made before zones had outlines (v17)
            set_zone_geometries(conn, demo_zone_geometries(), only_missing=True)
    return ledger
