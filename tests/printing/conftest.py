"""A device ledger with one recorded payment, in the language a test asks for."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from core import registry, schedule
from core.config import Municipality
from core.payments import Payment
from core.schedule import TaxType
from core.service import Ledger

TOWNS = {
    "fr": ("Commune de Kananga", "CDF", "Kabasélé Ngoyi F.", "Katoka", "Patente"),
    "pt": ("Município de Huambo", "AOA", "João Gonçalves", "Cidade Baixa", "Licença comercial"),
    "en": ("Kumasi Metropolitan Assembly", "GHS", "Ama Boateng", "Adum", "Business operating permit"),
}
ID_NUMBERS = {"fr": "0412-88-2231", "pt": "004512789LA042", "en": "GHA-712345678-9"}


@dataclass
class Paid:
    ledger: Ledger
    payment: Payment
    taxpayer_id: str


def make_paid(tmp_path, locale: str = "fr", verify_url: str = "https://mairie.example/v",
              amount: int = 1_500_000, municipality: dict | None = None, logo: bytes | None = None,
              **pay) -> Paid:
    town, currency, name, zone, tax = TOWNS[locale]
    ledger = Ledger.open(tmp_path / f"device-{locale}.db")
    ledger.initialise(Municipality(town, "KGA", currency, locale=locale, verify_url=verify_url,
                                   service_name="Service des recettes" if locale == "fr" else "",
                                   **(municipality or {})),
                      "T07", [("Ilunga", "1234")], logo=logo)
    ledger.act_as(ledger.find_agent("Ilunga").id)
    with ledger.store.transaction() as c:
        registry.upsert_zone(c, "KAT", zone)
        schedule.upsert_tax_type(c, TaxType("PAT", tax, "annual", "flat", amount=2_000_000))
    tid = ledger.register_taxpayer(name=name, zone="KAT", id_number=ID_NUMBERS[locale])
    oid = ledger.add_taxable_object(taxpayer_id=tid, kind="business_premises", reference="BP-001")
    with ledger.store.transaction() as c:
        schedule.assess_object(c, taxable_object_id=oid, tax_code="PAT", period="2026", now="2026-01-01T00:00:00Z")
    ledger.open_session(0)
    payment = ledger.pay(taxpayer_id=tid, tax_code="PAT", period="2026", amount=amount,
                         method=pay.pop("method", "cash"), **pay)
    return Paid(ledger, payment, tid)


@pytest.fixture
def paid(tmp_path):
    made = make_paid(tmp_path)
    yield made
    made.ledger.close()
