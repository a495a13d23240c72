"""The tax schedule from a date: each tax's amount (or rate) has versions, each in force from a
local day, so next year's rate is set in December while today's assessments keep today's.

The base definition (`tax_types.data`, from `init`) is in force before every dated version.
Versions are immutable rows (`tax_schedule_versions`); a correction is a further version for
the same day, and the newest row of a day is the one in force.

On the wire (the `tax_type` pull record and the enrollment config), a field is added and no
meaning changes: `amount` and `rate` stay the values in force on the day the record was
published, which is what a device that knows no versions keeps using; `versions` lists every
version in force from a day ({"effective_from": null | "YYYY-MM-DD", "amount", "rate"}, oldest
first), and a device that knows it chooses by the period it assesses (core/schedule.py)."""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import Connection, select

from core.timezones import zone
from sync.server.changelog import record_change
from sync.server.common import dumps, loads, now_iso
from sync.server.reference import AdminError
from sync.server.schema import changes, municipality, tax_schedule_versions, tax_types

# A version from a day this far ahead is a slip of the keyboard, not a schedule being prepared.
_MAX_YEARS_AHEAD = 5


def local_today(conn: Connection) -> date:
    """Today in the municipality's time zone: the day a supervisor means by "from today"."""
    data = loads(conn.execute(select(municipality.c.data)).scalar_one_or_none()) or {}
    tz = zone(data.get("timezone") or "") or timezone.utc
    return datetime.now(tz).date()


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        raise AdminError(f"{text!r} is not a day; write it YYYY-MM-DD") from None


def history(conn: Connection, code: str | None = None) -> list[dict[str, Any]]:
    """Every version row, superseded ones included, in the order they were recorded."""
    query = select(tax_schedule_versions).order_by(tax_schedule_versions.c.id)
    if code is not None:
        query = query.where(tax_schedule_versions.c.tax_code == code)
    return [dict(r) for r in conn.execute(query).mappings()]


def versions_of(conn: Connection, code: str, base: dict[str, Any]) -> list[dict[str, Any]]:
    """The versions in force from each day, oldest first: the base (from always), then the newest
    row recorded for each day."""
    by_day: dict[str, dict[str, Any]] = {}
    for row in history(conn, code):
        by_day[row["effective_from"]] = {"effective_from": row["effective_from"], "amount": row["amount"],
                                         "rate": row["rate"]}
    return [{"effective_from": None, "amount": base.get("amount"), "rate": base.get("rate")},
            *(by_day[day] for day in sorted(by_day))]


def in_force(versions: list[dict[str, Any]], day: date) -> dict[str, Any]:
    """The version in force on `day`: the last whose day is not after it."""
    chosen = versions[0]
    for version in versions[1:]:
        if version["effective_from"] <= day.isoformat():
            chosen = version
    return chosen


def published(conn: Connection, code: str, base: dict[str, Any], today: date | None = None) -> dict[str, Any]:
    """The `tax_type` record as devices receive it (see the module's docstring)."""
    versions = versions_of(conn, code, base)
    if len(versions) == 1:
        return dict(base)  # a tax never changed travels exactly as before versions existed
    current = in_force(versions, today or local_today(conn))
    return {**base, "amount": current["amount"], "rate": current["rate"], "versions": versions}


def _base(conn: Connection, code: str) -> tuple[dict[str, Any], int]:
    row = conn.execute(select(tax_types.c.data, tax_types.c.version).where(tax_types.c.code == code)).first()
    if row is None:
        known = ", ".join(conn.execute(select(tax_types.c.code).order_by(tax_types.c.code)).scalars())
        raise AdminError(f"no tax {code!r}; the taxes are: {known or 'none yet'}")
    return loads(row.data), row.version


def _minor(value: Any, what: str) -> int | None:
    if value is None:
        return None
    if type(value) is not int or value < 0:
        raise AdminError(f"{what} is a whole number of minor units, 0 or more")
    return value


def add_version(conn: Connection, code: str, effective_from: str, *, amount: int | None = None,
                rate: int | None = None, by: str, note: str | None = None) -> dict[str, Any]:
    """Record the tax's amount (flat) or rate (per unit) from a day, and publish the tax to
    devices. A day before today is refused: what was assessed stays as it was, and so does the
    rate of every period already running."""
    code = (code or "").strip().upper()
    base, version = _base(conn, code)
    day, today = parse_day(effective_from), local_today(conn)
    if day < today:
        raise AdminError(f"{day.isoformat()} is past (today is {today.isoformat()}): a schedule change takes "
                         f"effect from today or a later day, never before")
    if day.year > today.year + _MAX_YEARS_AHEAD:
        raise AdminError(f"{day.isoformat()} is more than {_MAX_YEARS_AHEAD} years ahead")
    amount, rate = _minor(amount, "the amount"), _minor(rate, "the rate")
    if base.get("basis", "flat") == "flat":
        if amount is None or rate is not None:
            raise AdminError(f"{code} is a flat tax: give its amount (and no rate)")
    elif rate is None or amount is not None:
        raise AdminError(f"{code} is a tax by rate ({base.get('rate_attribute')}): give its rate (and no amount)")
    if not (by or "").strip():
        raise AdminError("a schedule change records who made it")
    row = {"tax_code": code, "effective_from": day.isoformat(), "amount": amount, "rate": rate,
           "created_at": now_iso(), "created_by": by.strip(), "note": (note or "").strip() or None}
    row["id"] = conn.execute(tax_schedule_versions.insert().values(**row)).inserted_primary_key[0]
    conn.execute(tax_types.update().where(tax_types.c.code == code).values(version=version + 1))
    record_change(conn, "tax_type", code, version + 1, published(conn, code, base, today))
    return row


def schedule(conn: Connection) -> list[dict[str, Any]]:
    """Each tax with its versions and the one in force today (for `schedule list` and the screen)."""
    today = local_today(conn)
    taxes = []
    for row in conn.execute(select(tax_types.c.code, tax_types.c.data).order_by(tax_types.c.code)):
        base = loads(row.data)
        versions = versions_of(conn, row.code, base)
        current = in_force(versions, today)
        taxes.append({"code": row.code, "label": base.get("label"), "periodicity": base.get("periodicity"),
                      "basis": base.get("basis", "flat"), "today": today.isoformat(), "versions": versions,
                      "in_force": current, "history": history(conn, row.code)})
    return taxes


def republish_all(conn: Connection) -> int:
    """Publish again every tax whose version in force changed since it was last published, so a
    device that knows no versions gets the new amount once its day has come (run daily, or by
    `schedule publish`). Returns how many were published."""
    count = 0
    for row in conn.execute(select(tax_types.c.code, tax_types.c.data, tax_types.c.version)).all():
        base = loads(row.data)
        record = published(conn, row.code, base)
        sent = conn.execute(select(changes.c.data).where(changes.c.kind == "tax_type",
                                                         changes.c.record_id == row.code)).scalar_one_or_none()
        if sent is not None and dumps(loads(sent)) == dumps(record):
            continue
        conn.execute(tax_types.update().where(tax_types.c.code == row.code).values(version=row.version + 1))
        record_change(conn, "tax_type", row.code, row.version + 1, record)
        count += 1
    return count
