"""The demo device that `make run` opens: a seeded municipality, two agents, a file printer."""
from __future__ import annotations

from pathlib import Path

from core.config import Municipality
from core.seed import DEFAULT_BBOX, seed_taxpayers
from core.service import Ledger

DEMO_AGENTS = [("Ilunga Kabeya", "1234"), ("Mbuyi Tshala", "5678")]
DEMO_TAXPAYERS = 5_000


def demo_municipality() -> Municipality:
    return Municipality(name="Commune de Kananga", code="KGA", currency="CDF", locale="fr",
                        country_calling_code="243", bbox=DEFAULT_BBOX, service_name="Service des recettes",
                        verify_url="https://mairie.example/v", timezone="Africa/Lubumbashi")


def ensure_demo(path: str | Path, taxpayers: int = DEMO_TAXPAYERS) -> Ledger:
    """Open the demo database, creating and seeding it on first use."""
    path = Path(path)
    ledger = Ledger.open(path)
    if not ledger.is_initialised():
        ledger.initialise(demo_municipality(), "T07", DEMO_AGENTS)
        with ledger.store.transaction() as conn:
            seed_taxpayers(conn, count=taxpayers, seed=7, currency="CDF", today=ledger.today(),
                           bbox=DEFAULT_BBOX)
        ledger.save_setting("demo", True)
        ledger.save_setting("printer", {"uri": f"file://{(path.parent / 'printer-output.bin').resolve()}",
                                        "profile": "generic-58"})
    return ledger
