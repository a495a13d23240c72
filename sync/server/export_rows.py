"""The rows of the server's exports: one per receipt, one per taxpayer (with where they stand for
a year), as plain values ready for CSV or GeoJSON. Times are shown in the municipality's time
zone; amounts stay integers of minor units, with a decimal text beside them for spreadsheets.

Reference data (zones, tax types, agents, devices) is small and read once into dictionaries; the
receipts and the registry are streamed."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Connection, or_, select

from core.clock import iso, parse_iso
from sync.server.export_standing import Standing, ordered_id, standings, stream
from sync.server.opendata_month import municipality_zone
from sync.server.opendata_publish import major_units, minor_digits
from sync.server.reference import get_municipality
from sync.server.registry_duplicates import kept_ids
from sync.server.schema import agents, devices, receipts, tax_types, taxpayers, zones

PAYMENT_COLUMNS = ("receipt_no", "paid_at", "paid_at_utc", "taxpayer_id", "taxpayer_name", "zone_code", "zone_name",
                   "tax_code", "tax_label", "period", "amount_minor", "amount", "currency", "method", "agent",
                   "device", "voided_at", "void_reason", "receipt_taxpayer_id")
TAXPAYER_COLUMNS = ("id", "name", "kind", "business_name", "id_number", "phone", "zone_code", "zone_name", "address",
                    "latitude", "longitude", "accuracy_m", "location_source", "fix_time", "registry_status", "year",
                    "payment_status", "assessed_minor", "paid_minor", "due_minor", "assessed", "paid", "due",
                    "currency", "last_payment", "merged_into")
# A JSON number as it stands: no leading zero, no exponent (the device writes 7 decimals).
_DECIMAL = re.compile(r"-?(0|[1-9][0-9]{0,2})(\.[0-9]{1,12})?")


@dataclass(frozen=True)
class Reference:
    """What every row looks up: the municipality's currency and zone, and the names of codes."""
    currency: str
    timezone: str
    zones: dict[str, tuple[str, str]]  # id -> (code, name)
    zone_ids: dict[str, str]  # code -> id
    tax_labels: dict[str, str]
    agents: dict[str, str]
    devices: dict[str, str]  # id -> code

    @classmethod
    def read(cls, conn: Connection) -> "Reference":
        municipality = get_municipality(conn) or {}
        found = {row.id: (row.code, row.name) for row in conn.execute(select(zones.c.id, zones.c.code, zones.c.name))}
        return cls(currency=municipality.get("currency") or "", timezone=municipality.get("timezone") or "",
                   zones=found, zone_ids={code: zone_id for zone_id, (code, _name) in found.items()},
                   tax_labels={row.code: json.loads(row.data).get("label") or ""
                               for row in conn.execute(select(tax_types.c.code, tax_types.c.data))},
                   agents=dict(conn.execute(select(agents.c.id, agents.c.name)).all()),
                   devices=dict(conn.execute(select(devices.c.id, devices.c.code)).all()))

    def local(self, moment: str | None, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
        """A stored UTC time as the municipality's clock showed it; '' for none."""
        if not moment:
            return ""
        try:
            return parse_iso(moment).astimezone(municipality_zone(self.timezone)).strftime(fmt)
        except ValueError:
            return str(moment)  # as the device wrote it: shown rather than lost

    def day_start(self, day: date) -> str:
        """The first moment of a local day, as stored times are written (UTC ISO, 'Z')."""
        return iso(datetime(day.year, day.month, day.day, tzinfo=municipality_zone(self.timezone)))

    def money(self, amount: int) -> str:
        return major_units(amount, minor_digits(self.currency))

    def zone(self, zone_id: str | None) -> tuple[str, str]:
        return self.zones.get(zone_id or "", ("", ""))


def payment_rows(conn: Connection, ref: Reference, *, start: date | None = None, end: date | None = None,
                 zone_id: str | None = None) -> Iterator[list[Any]]:
    """One row per receipt (voided ones too, with when and why), in order of payment. `start`
    and `end` are local days, both included; the zone is the taxpayer's zone today. A receipt of
    a taxpayer merged into another is listed under the kept one (`taxpayer_id`, name, zone);
    `receipt_taxpayer_id` is the id the receipt itself carries."""
    kept = kept_ids(conn)  # merged -> kept: a few rows, whose kept taxpayers are looked up once
    kept_rows = {r.id: (r.name, r.zone_id) for r in conn.execute(
        select(taxpayers.c.id, taxpayers.c.name, taxpayers.c.zone_id).where(taxpayers.c.id.in_(set(kept.values()))))}
    query = (select(receipts, taxpayers.c.name.label("registry_name"), taxpayers.c.zone_id)
             .select_from(receipts.outerjoin(taxpayers, taxpayers.c.id == receipts.c.taxpayer_id))
             .order_by(receipts.c.paid_at, receipts.c.receipt_no))
    if start is not None:
        query = query.where(receipts.c.paid_at >= ref.day_start(start))
    if end is not None:
        query = query.where(receipts.c.paid_at < ref.day_start(end + timedelta(days=1)))
    if zone_id is not None:  # a merged taxpayer's receipts are kept for the kept one's zone, below
        query = query.where(or_(taxpayers.c.zone_id == zone_id, receipts.c.taxpayer_id.in_(set(kept))))
    for row in stream(conn, query):
        taxpayer_id, name, row_zone = row.taxpayer_id, row.registry_name, row.zone_id
        if taxpayer_id in kept:
            taxpayer_id = kept[taxpayer_id]
            name, row_zone = kept_rows.get(taxpayer_id, (name, row_zone))
            if zone_id is not None and row_zone != zone_id:
                continue
        zone_code, zone_name = ref.zone(row_zone)
        yield [row.receipt_no, ref.local(row.paid_at), row.paid_at, taxpayer_id,
               name or row.taxpayer_name or "", zone_code, zone_name, row.tax_code,
               ref.tax_labels.get(row.tax_code, ""), row.period, int(row.amount), ref.money(int(row.amount)),
               row.currency, row.method or "", ref.agents.get(row.agent_id or "", ""),
               ref.devices.get(row.device_id, ""), ref.local(row.voided_at), row.void_reason or "", row.taxpayer_id]


@dataclass(frozen=True)
class TaxpayerRow:
    id: str
    fields: dict[str, Any]  # the registry's fields as the device sent them
    zone_code: str
    zone_name: str
    standing: Standing

    def coordinates(self) -> tuple[str, str] | None:
        """(longitude, latitude) as decimal text, or None without a usable location: both
        present, decimals, and within WGS84's range."""
        lat, lon = (_decimal_text(self.fields.get(k)) for k in ("latitude", "longitude"))
        if lat is None or lon is None or not (abs(Decimal(lat)) <= 90 and abs(Decimal(lon)) <= 180):
            return None
        return lon, lat


def _decimal_text(value: object) -> str | None:
    text = str(value).strip() if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    if not _DECIMAL.fullmatch(text):
        return None
    try:
        Decimal(text)
    except InvalidOperation:
        return None
    return text


def taxpayer_rows(conn: Connection, ref: Reference, year: int, *, zone_id: str | None = None) -> Iterator[TaxpayerRow]:
    query = (select(taxpayers.c.id, taxpayers.c.data, taxpayers.c.zone_id)
             .order_by(ordered_id(taxpayers.c.id, conn)))
    if zone_id is not None:
        query = query.where(taxpayers.c.zone_id == zone_id)
    for row, standing in standings(conn, stream(conn, query), year):
        yield TaxpayerRow(row.id, json.loads(row.data), *ref.zone(row.zone_id), standing)


def taxpayer_csv_row(row: TaxpayerRow, ref: Reference, year: int) -> list[Any]:
    f, s = row.fields, row.standing
    return [row.id, f.get("name") or "", f.get("kind") or "", f.get("business_name") or "", f.get("id_number") or "",
            f.get("phone") or "", row.zone_code, row.zone_name, f.get("address") or "", _number(f.get("latitude")),
            _number(f.get("longitude")), _number(f.get("accuracy_m")), f.get("location_source") or "",
            ref.local(f.get("fix_time")), f.get("status") or "", year, s.status, s.assessed, s.paid, s.due,
            ref.money(s.assessed), ref.money(s.paid), ref.money(s.due), ref.currency,
            ref.local(s.last_payment, "%Y-%m-%d"), f.get("merged_into") or ""]


def _number(value: object) -> object:
    """A recorded decimal as a number cell (a negative latitude is not a formula, and csv_cell
    leaves numbers alone); anything else as the text it is, which csv_cell then neutralises."""
    text = _decimal_text(value)
    return Decimal(text) if text is not None else ("" if value is None else str(value))
