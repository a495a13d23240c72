"""Deterministic, realistic demo data for a Central or West African municipality.

The seeded registry and assessments stand in for what a device would first pull from the
server: they are reference data (invariant 10), bulk-loaded without device events (a million
rows through the apply path one by one would take minutes), marked origin 'server'. Zones and
tax types go through the apply path (core/reference.py) as the device's own, 'device-local'. Everything the agent then does in the field is an event as usual."""
from __future__ import annotations

import json
import random
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
import uuid
from dataclasses import dataclass
from datetime import date

from core.clock import iso_to_ms
from core.money import to_minor
from core.ids import new_id
from core.reference import apply_server_records, tax_type_record, zone_record
from core.schedule import TaxType, current_period
from core import search_index

FIRST_NAMES = [
    "Félicité", "Gérard", "Hélène", "Thérèse", "Joséphine", "Émile", "Benoît", "Noëlle", "Aimé", "Désiré",
    "Françoise", "Célestin", "Bienvenu", "Espérance", "Dieudonné", "Chançard", "Pélagie", "Angèle", "Josué",
    "Jérémie", "Mamadou", "Aïssata", "Fatoumata", "Ousmane", "Awa", "Adama", "Mariam", "Ibrahima", "Kadiatou",
    "Moussa", "Salimata", "Boubacar", "Clémentine", "Zéphirin", "Léonie", "Rosalie", "Honoré", "Mérveille",
    "Gloire", "Grâce", "Prospère", "Séraphin", "Béatrice", "Anaïs", "Jérôme", "Didier", "Chérubin", "Odette",
]
LAST_NAMES = [
    "Kabasélé", "Ngoyi", "Mbuyi", "Tshibangu", "Mukendi", "Kalala", "Ilunga", "Kasongo", "Muamba", "Nkulu",
    "Bokélé", "Lubamba", "Kanku", "Mpoyi", "Tshiamala", "Ntumba", "Mwamba", "Beya", "Kabongo", "Musungayi",
    "Traoré", "Koné", "Diallo", "Ouédraogo", "Sawadogo", "Kaboré", "Zoungrana", "Coulibaly", "N'Diaye", "Sène",
    "Fofana", "Touré", "Camara", "Keïta", "Sylla", "Mbengué", "Ébodé", "Nzé", "Mékongo", "Owona", "Atangana",
    "Kouassi", "Yao", "N'Guessan", "Bamba", "Dembélé", "Kanté", "Diarra", "Sangaré", "Tshisekedi",
]
BUSINESS_WORDS = [
    "Boutique", "Alimentation", "Pharmacie", "Quincaillerie", "Salon de coiffure", "Atelier de couture",
    "Boulangerie", "Restaurant", "Garage", "Cybercafé", "Dépôt de boissons", "Menuiserie", "Cabine téléphonique",
]
BUSINESS_SUFFIXES = ["La Grâce", "Élite", "Bon Berger", "Espoir", "Le Miracle", "Béthel", "La Référence",
                     "Étoile", "Bénédiction", "Sainte Thérèse", "La Fraîcheur", "Chez Maman", "Ndeko"]
ZONES = [
    ("KAT", "Katoka"), ("KAN", "Kananga"), ("LUK", "Lukonga"), ("NDE", "Ndesha"), ("NGA", "Nganza"),
    ("TSH", "Tshikisha"), ("MAL", "Malandji"), ("BEN", "Bena Mukuna"),
]
LANDMARKS = ["près du marché central", "derrière l'église Sainte-Thérèse", "en face de l'école primaire",
             "à côté de la station-service", "près du rond-point", "avenue de la Mission", "près du dispensaire",
             "en face du grand marché", "derrière la paroisse", "près du terrain de football"]

# Calling code and a plausible mobile prefix per currency, for phone numbers.
_PHONES = {"CDF": ("243", ["81", "82", "84", "85", "89", "97", "99"], 7),
           "XOF": ("225", ["07", "05", "01"], 8),
           "XAF": ("237", ["67", "69", "65", "68"], 7),
           "AOA": ("244", ["92", "93", "94"], 7)}
DEFAULT_BBOX = (-5.96, 22.36, -5.84, 22.49)  # Kananga


@dataclass(frozen=True)
class SeedSummary:
    taxpayers: int
    taxable_objects: int
    assessments: int
    zones: int
    tax_types: int


def demo_tax_types(currency: str) -> list[TaxType]:
    m = lambda major: to_minor(major, currency)  # noqa: E731
    # The municipality's labels are French; the translations are what screens in English and
    # Portuguese show (the receipt prints the municipality's language).
    return [
        TaxType("PAT", "Patente", "annual", "flat", amount=m(20_000), object_kinds=("business_premises",),
                labels={"en": "Business licence", "pt": "Alvará comercial"}),
        TaxType("IFO", "Impôt foncier", "annual", "rate", rate=m(150), rate_attribute="surface_m2",
                object_kinds=("property",), labels={"en": "Property tax", "pt": "Imposto predial"}),
        TaxType("MAR", "Droit de place au marché", "monthly", "flat", amount=m(3_000), object_kinds=("market_stall",),
                labels={"en": "Market stall fee", "pt": "Taxa de ocupação do mercado"}),
        TaxType("VIG", "Vignette", "annual", "flat", amount=m(25_000), object_kinds=("vehicle",),
                labels={"en": "Vehicle tax", "pt": "Imposto de circulação"}),
        TaxType("PUB", "Taxe d'affichage", "annual", "rate", rate=m(2_000), rate_attribute="surface_m2",
                object_kinds=("billboard",), labels={"en": "Billboard tax", "pt": "Taxa de publicidade"}),
    ]


def _uuid7_at(rng: random.Random, ms: int) -> uuid.UUID:
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rng.getrandbits(12) << 64 | 0b10 << 62 | rng.getrandbits(62)
    return uuid.UUID(int=value)


def seed_reference(conn: sqlite3.Connection, currency: str) -> dict[str, str]:
    """Zones and tax schedule, through the apply path of server data (core/reference.py) with
    origin 'device-local': a device before enrollment runs on its own settings. Returns zone
    code -> id (an existing zone keeps its id)."""
    known = dict(conn.execute("SELECT code, id FROM zones"))
    zone_ids = {code: known.get(code) or new_id() for code, _name in ZONES}
    apply_server_records(conn, [*(zone_record(code, name, zone_ids[code]) for code, name in ZONES),
                                *(tax_type_record(tax) for tax in demo_tax_types(currency))], origin="device-local")
    return zone_ids


def seed_taxpayers(conn: sqlite3.Connection, *, count: int, seed: int, currency: str, today: date,
                   bbox: tuple[float, float, float, float] | None = None, batch: int = 20_000,
                   now: str = "2026-01-01T00:00:00.000Z") -> SeedSummary:
    """Bulk-load `count` taxpayers with objects and assessments (with arrears). Call in a transaction."""
    with search_index.bulk_load(conn):
        return _load(conn, count=count, seed=seed, currency=currency, today=today, bbox=bbox, batch=batch, now=now)


def _load(conn: sqlite3.Connection, *, count: int, seed: int, currency: str, today: date,
          bbox: tuple[float, float, float, float] | None, batch: int, now: str) -> SeedSummary:
    rng = random.Random(seed)
    zone_ids = seed_reference(conn, currency)
    taxes = {t.code: t for t in demo_tax_types(currency)}
    min_lat, min_lon, max_lat, max_lon = bbox or DEFAULT_BBOX
    calling_code, prefixes, subscriber_digits = _PHONES.get(currency, _PHONES["CDF"])
    start_num = conn.execute("SELECT coalesce(max(num), 0) FROM taxpayers").fetchone()[0]
    object_num = conn.execute("SELECT coalesce(max(num), 0) FROM taxable_objects").fetchone()[0]
    base_ms = 1_735_689_600_000 + start_num  # 2025-01-01, so demo ids sort before field ids
    years = [today.year - 2, today.year - 1, today.year]
    months = [current_period("monthly", date(today.year, m, 1)) for m in range(1, today.month + 1)]
    totals = [0, 0, 0]
    now_ms = iso_to_ms(now)
    taxpayers, objects, assessments = [], [], []

    def flush() -> None:
        conn.executemany(
            "INSERT INTO taxpayers (num, id, kind, name, business_name, id_number, phone, zone_id, address, latitude,"
            " longitude, accuracy_m, location_source, fix_time, status, version, origin, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,'active',1,'server',?,?)", taxpayers)
        conn.executemany("INSERT INTO taxable_objects (num, id, taxpayer_num, kind, reference, description,"
                         " attributes, created_at, origin) VALUES (?,?,?,?,?,?,?,?,'server')", objects)
        conn.executemany("INSERT INTO assessments (object_num, tax_code, period, amount, id, created_ms)"
                         " VALUES (?,?,?,?,?,?)", assessments)
        totals[0] += len(taxpayers)
        totals[1] += len(objects)
        totals[2] += len(assessments)
        taxpayers.clear()
        objects.clear()
        assessments.clear()

    for i in range(count):
        num = start_num + i + 1
        tid = str(_uuid7_at(rng, base_ms + i))
        zone_code, zone_name = ZONES[rng.randrange(len(ZONES))]
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        middle = rng.choice(LAST_NAMES) if rng.random() < 0.5 else ""
        name = " ".join(p for p in (last, middle, first) if p)
        is_business = rng.random() < 0.3
        business_name = f"{rng.choice(BUSINESS_WORDS)} {rng.choice(BUSINESS_SUFFIXES)}" if is_business else None
        phone = (f"+{calling_code}{rng.choice(prefixes)}{rng.randrange(10 ** subscriber_digits):0{subscriber_digits}d}"
                 if rng.random() < 0.85 else None)
        id_number = (f"NIF-{rng.randrange(10**8):08d}" if is_business else
                     f"CNI-{rng.randrange(10**9):09d}") if rng.random() < 0.6 else None
        lat = round(rng.uniform(min_lat, max_lat), 6)
        lon = round(rng.uniform(min_lon, max_lon), 6)
        accuracy = round(min(60.0, rng.lognormvariate(1.6, 0.5)), 1)  # mostly 3-10 m, sometimes worse
        taxpayers.append((num, tid, "business" if is_business else "person", name, business_name, id_number, phone,
                          zone_ids[zone_code], f"{zone_name}, {rng.choice(LANDMARKS)}", lat, lon, accuracy,
                          "gps", now, now, now))
        kinds = ["business_premises"] if is_business else ["property"]
        if rng.random() < 0.2:
            kinds.append("market_stall")
        if rng.random() < 0.1:
            kinds.append("vehicle")
        if is_business and rng.random() < 0.15:
            kinds.append("billboard")
        for k, kind in enumerate(kinds):
            oid = _uuid7_at(rng, base_ms + i).bytes
            object_num += 1
            reference = f"{kind[:3].upper()}-{zone_code}-{num:07d}{'' if k == 0 else chr(64 + k)}"
            attrs = {"surface_m2": rng.choice([60, 80, 120, 150, 200, 300, 450])} if kind == "property" else \
                {"surface_m2": rng.choice([4, 6, 8, 12])} if kind == "billboard" else {}
            objects.append((object_num, oid, num, kind, reference, None, json.dumps(attrs), now))
            tax = next(t for t in taxes.values() if kind in t.object_kinds)
            periods = months[-rng.randint(1, len(months)):] if tax.periodicity == "monthly" else \
                years[-rng.randint(1, len(years)):]
            for period in periods:
                assessments.append((object_num, tax.code, period, tax.assess(attrs), _uuid7_at(rng, base_ms + i).bytes,
                                    now_ms))
        if len(taxpayers) >= batch:
            flush()
    flush()
    return SeedSummary(totals[0], totals[1], totals[2], len(ZONES), len(taxes))
