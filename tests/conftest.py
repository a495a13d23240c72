"""Tiny fixtures shared by the core tests: a real device database in a temp folder."""
from __future__ import annotations

import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# High-water marks (core/highwater.py) never go to the real home: one folder for the session, that
# subprocesses inherit; each test then gets its own (the `state_dir` fixture below).
os.environ["QUITTANCE_STATE_DIR"] = tempfile.mkdtemp(prefix="quittance-state-")
# Every new device wraps its agents' PINs with scrypt; production's 2**17 (128 MiB, ~0.35 s each)
# over hundreds of devices would add minutes: the suite (and its subprocesses) wrap with the
# cheapest accepted n. tests/vault/test_scrypt_setting.py checks the default stays production's.
os.environ["QUITTANCE_WRAP_SCRYPT_N"] = str(2**10)

from core.config import Municipality  # noqa: E402
from core.registry import upsert_zone  # noqa: E402
from core.schedule import TaxType, assess_object, upsert_tax_type  # noqa: E402
from core.service import Ledger  # noqa: E402


class FixedClock:
    """A device clock the test can move. Time is recorded, never trusted for order."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def make_ledger(path: Path, currency: str = "CDF", clock=None) -> Ledger:
    ledger = Ledger.open(path, clock=clock) if clock else Ledger.open(path)
    ledger.initialise(Municipality("Commune de Kananga", "KGA", currency, verify_url="https://mairie.example/v"),
                      "T07", [("Ilunga Kabeya", "1234"), ("Mbuyi Tshala", "5678")])
    with ledger.store.transaction() as conn:
        upsert_zone(conn, "KAT", "Katoka")
        upsert_zone(conn, "NDE", "Ndesha")
        upsert_tax_type(conn, TaxType("PAT", "Patente", "annual", "flat", amount=2_000_000,
                                      object_kinds=("business_premises",)))
        upsert_tax_type(conn, TaxType("MAR", "Droit de place", "monthly", "flat", amount=300_000,
                                      object_kinds=("market_stall",)))
        upsert_tax_type(conn, TaxType("IFO", "Impôt foncier", "annual", "rate", rate=15_000,
                                      rate_attribute="surface_m2", object_kinds=("property",)))
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)  # the acting agent is always named
    return ledger


def add_assessed_taxpayer(ledger: Ledger, name: str = "Kabasélé Ngoyi Félicité", periods=("2025", "2026"),
                          **fields) -> str:
    taxpayer_id = ledger.register_taxpayer(name=name, zone="KAT", **fields)
    object_id = ledger.add_taxable_object(taxpayer_id=taxpayer_id, kind="business_premises",
                                          reference=f"BP-KAT-{abs(hash(name)) % 10000:04d}")
    with ledger.store.transaction() as conn:
        for period in periods:
            assess_object(conn, taxable_object_id=object_id, tax_code="PAT", period=period,
                          now="2026-01-01T00:00:00.000Z")
    return taxpayer_id


def assert_gap_free(receipt_numbers, expected: int | None = None) -> None:
    """Receipt numbers run 1..N with none missing and none repeated (invariant 5)."""
    numbers = list(receipt_numbers)
    assert len(set(numbers)) == len(numbers), "a receipt number was issued twice"
    seqs = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    assert seqs == list(range(1, len(seqs) + 1)), "a receipt number is missing"
    if expected is not None:
        assert len(numbers) == expected


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 22, 13, 32, tzinfo=timezone.utc))


@pytest.fixture
def ledger(tmp_path: Path, clock: FixedClock):
    ledger = make_ledger(tmp_path / "device.db", clock=clock)
    yield ledger
    ledger.close()


@pytest.fixture
def taxpayer(ledger: Ledger) -> str:
    return add_assessed_taxpayer(ledger)


@pytest.fixture(autouse=True)
def state_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test its own high-water marks: copies of one template database share a device id."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("QUITTANCE_STATE_DIR", str(folder))
    return folder
