"""Reference data the server owns (invariant 10): municipality, zones, tax types, agents."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from core import pin_hash as core_pin_hash
from core.canonical import canonical_json
from core.errors import QuittanceError
from core.ids import new_id
from core.logo_image import from_wire
from sync.server.changelog import record_change
from sync.server.common import dumps, loads
from sync.server.schema import agent_zones, agents, municipality, tax_types, zones
from sync.server.withdrawals import agent_zones_changed

MUNICIPALITY_FIELDS = ("name", "code", "currency", "locale", "timezone", "verify_url", "service_name", "address",
                       "receipt_line", "country_calling_code", "max_payment", "bbox", "pin_min_length",
                       "pin_passphrase")
class AdminError(ValueError):
    """A refusal of an administration command, in words for the supervisor."""


def hash_pin(pin: str) -> str:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise AdminError("a PIN is 4 to 12 digits")
    return core_pin_hash.hash_pin(pin)  # the device's own format: a device checks a PIN set here


def _bbox_text(bbox: Any) -> Any:
    """No floats travel in signed JSON (canonical_json refuses them): a bbox goes as text."""
    return None if bbox is None else [str(v) for v in bbox]


def _refuse_floats(value: Any, where: str) -> None:
    """Reference data goes out in signed pull pages, whose canonical JSON carries no float: a
    decimal is text (coordinates, bbox) and money is integer minor units."""
    try:
        canonical_json(value)
    except TypeError:
        raise AdminError(f"{where}: a number with a decimal point; write it as text, or money in minor units") from None


def set_municipality(conn: Connection, data: dict[str, Any]) -> dict[str, Any]:
    clean = {key: data.get(key) for key in MUNICIPALITY_FIELDS}
    for key in ("name", "code", "currency", "timezone"):
        if not clean.get(key):
            raise AdminError(f"the municipality needs a {key}")
    if clean["max_payment"] is not None and type(clean["max_payment"]) is not int:
        raise AdminError("max_payment is an integer in minor units")
    clean["bbox"] = _bbox_text(clean["bbox"])
    _refuse_floats(clean, "the municipality")
    clean["locale"] = clean["locale"] or "fr"
    clean["pin_min_length"], clean["pin_passphrase"] = _pin_policy(clean)
    for key in ("verify_url", "service_name", "address", "receipt_line", "country_calling_code"):
        clean[key] = clean[key] or ""
    if "logo" in data:  # base64 of the normalised PNG (sync/server/logo.py), or None: removed
        clean["logo"] = _checked_logo(data["logo"])
    current = conn.execute(select(municipality.c.version)).scalar_one_or_none()
    version = (current or 0) + 1
    if current is None:
        conn.execute(municipality.insert().values(id=1, data=dumps(clean), version=version))
    else:
        conn.execute(municipality.update().values(data=dumps(clean), version=version))
    record_change(conn, "municipality", "1", version, clean)
    return clean


def _pin_policy(clean: dict[str, Any]) -> tuple[int, bool]:
    """The PIN policy devices enforce (core/pin_policy.py): 4 digits and no passphrase unless set."""
    from core.pin_policy import DEFAULT_MIN_LENGTH, validate_policy

    length = DEFAULT_MIN_LENGTH if clean.get("pin_min_length") is None else clean["pin_min_length"]
    try:
        policy = validate_policy(length, bool(clean.get("pin_passphrase")))
    except QuittanceError as error:
        raise AdminError(error.message("en")) from None
    return policy.min_length, policy.passphrase


def _checked_logo(value: Any) -> str | None:
    """A municipality without a logo sends none (devices keep their own); null says it was removed."""
    if value is not None:
        try:
            from_wire(value)
        except QuittanceError as error:
            raise AdminError(f"the municipality's logo: {error}") from None
    return value


def get_municipality(conn: Connection) -> dict[str, Any] | None:
    return loads(conn.execute(select(municipality.c.data)).scalar_one_or_none())


def upsert_zone(conn: Connection, code: str, name: str, zone_id: str | None = None) -> str:
    row = conn.execute(select(zones).where(zones.c.code == code)).mappings().first()
    if row:
        version, zone_id = row["version"] + 1, row["id"]
        conn.execute(zones.update().where(zones.c.id == zone_id).values(name=name, version=version))
    else:
        version, zone_id = 1, zone_id or new_id()
        conn.execute(zones.insert().values(id=zone_id, code=code, name=name, version=version))
    geometry = row["geometry"] if row else None  # a rename keeps the zone's polygon (zone_geometry.py)
    record_change(conn, "zone", zone_id, version, zone_record(zone_id, code, name, geometry))
    return zone_id


def zone_record(zone_id: str, code: str, name: str, geometry: str | None) -> dict[str, Any]:
    """A zone as pull sends it. `geometry` is the polygon's GeoJSON as text, or None: text, since
    a pull page is signed canonical JSON, which refuses the floats of coordinates."""
    return {"id": zone_id, "code": code, "name": name, "geometry": geometry}


def zone_ids_by_code(conn: Connection) -> dict[str, str]:
    return {r.code: r.id for r in conn.execute(select(zones.c.code, zones.c.id))}


def upsert_tax_type(conn: Connection, data: dict[str, Any]) -> None:
    code = data.get("code")
    if not code or not data.get("label") or data.get("periodicity") not in ("annual", "monthly"):
        raise AdminError(f"tax type {code!r} needs a code, a label and an annual or monthly periodicity")
    for key in ("amount", "rate"):
        if data.get(key) is not None and type(data[key]) is not int:
            raise AdminError(f"tax type {code}: {key} is an integer in minor units")
    _refuse_floats(data, f"tax type {code}")
    current = conn.execute(select(tax_types.c.version).where(tax_types.c.code == code)).scalar_one_or_none()
    version = (current or 0) + 1
    if current is None:
        conn.execute(tax_types.insert().values(code=code, data=dumps(data), version=version))
    else:
        conn.execute(tax_types.update().where(tax_types.c.code == code).values(data=dumps(data), version=version))
    from sync.server.schedule_versions import published  # it imports AdminError from here

    record_change(conn, "tax_type", code, version, published(conn, code, data))


def agent_record(conn: Connection, agent_id: str) -> dict[str, Any]:
    row = conn.execute(select(agents).where(agents.c.id == agent_id)).mappings().one()
    zone_list = sorted(conn.execute(select(agent_zones.c.zone_id).where(agent_zones.c.agent_id == agent_id)).scalars())
    return {"id": row["id"], "name": row["name"], "pin_hash": row["pin_hash"], "active": bool(row["active"]),
            "zones": zone_list, "role": row["role"]}


def add_agent(conn: Connection, name: str, zone_codes: list[str], pin: str, role: str = "agent",
              agent_id: str | None = None) -> str:
    name = name.strip()
    if not name:
        raise AdminError("an agent needs a name")
    if conn.execute(select(agents.c.id).where(agents.c.name == name)).first():
        raise AdminError(f"an agent named {name!r} exists already")
    known = zone_ids_by_code(conn)
    unknown = [code for code in zone_codes if code not in known]
    if unknown:
        raise AdminError(f"unknown zone(s): {', '.join(unknown)}")
    agent_id = agent_id or new_id()
    conn.execute(agents.insert().values(id=agent_id, name=name, pin_hash=hash_pin(pin), role=role, active=True,
                                        version=1))
    for code in dict.fromkeys(zone_codes):
        conn.execute(agent_zones.insert().values(agent_id=agent_id, zone_id=known[code]))
    record_change(conn, "agent", agent_id, 1, agent_record(conn, agent_id))
    return agent_id


def set_agent_zones(conn: Connection, agent_id: str, zone_ids: list[str]) -> None:
    """Replace an agent's zones (a supervisor's decision; a device learns it at its next pull,
    and a device of this agent drops the registry of a zone none of its agents covers now)."""
    before = set(conn.execute(select(agent_zones.c.zone_id).where(agent_zones.c.agent_id == agent_id)).scalars())
    conn.execute(agent_zones.delete().where(agent_zones.c.agent_id == agent_id))
    for zone_id in dict.fromkeys(zone_ids):
        conn.execute(agent_zones.insert().values(agent_id=agent_id, zone_id=zone_id))
    _bump_agent(conn, agent_id)
    agent_zones_changed(conn, agent_id, before, set(zone_ids))


def set_agent_zone_codes(conn: Connection, name: str, zone_codes: list[str]) -> dict[str, list[str]]:
    """`agent zones NAME --zones …`: the agent's zones by code. Returns the codes taken and given."""
    agent = agent_by_name(conn, name)
    if agent is None:
        raise AdminError(f"no agent named {name.strip()!r}")
    known = zone_ids_by_code(conn)
    unknown = [code for code in zone_codes if code not in known]
    if unknown:
        raise AdminError(f"unknown zone(s): {', '.join(unknown)}")
    code_of = {zone_id: code for code, zone_id in known.items()}
    before = {code_of[z] for z in conn.execute(select(agent_zones.c.zone_id)
                                                .where(agent_zones.c.agent_id == agent["id"])).scalars()}
    set_agent_zones(conn, agent["id"], [known[code] for code in zone_codes])
    return {"taken": sorted(before - set(zone_codes)), "given": sorted(set(zone_codes) - before)}


def set_agent_active(conn: Connection, agent_id: str, active: bool) -> None:
    conn.execute(agents.update().where(agents.c.id == agent_id).values(active=active))
    _bump_agent(conn, agent_id)


def set_agent_pin(conn: Connection, agent_id: str, pin: str) -> None:
    """A new PIN (the agent forgot theirs): devices receive its hash at their next pull."""
    conn.execute(agents.update().where(agents.c.id == agent_id).values(pin_hash=hash_pin(pin)))
    _bump_agent(conn, agent_id)


def _bump_agent(conn: Connection, agent_id: str) -> None:
    version = conn.execute(select(agents.c.version).where(agents.c.id == agent_id)).scalar_one() + 1
    conn.execute(agents.update().where(agents.c.id == agent_id).values(version=version))
    record_change(conn, "agent", agent_id, version, agent_record(conn, agent_id))


def agent_by_name(conn: Connection, name: str) -> dict[str, Any] | None:
    row = conn.execute(select(agents).where(agents.c.name == name.strip())).mappings().first()
    return dict(row) if row else None


def reference_config(conn: Connection) -> dict[str, Any]:
    """What enrollment hands over: the municipality and all reference records."""
    zone_rows = [dict(r) for r in conn.execute(select(zones.c.id, zones.c.code, zones.c.name, zones.c.version)
                                               .order_by(zones.c.code)).mappings()]
    from sync.server.schedule_versions import local_today, published

    today = local_today(conn)
    tax_rows = [dict(published(conn, r.code, loads(r.data), today), version=r.version)
                for r in conn.execute(select(tax_types).order_by(tax_types.c.code))]
    agent_rows = [dict(agent_record(conn, r.id), version=r.version)
                  for r in conn.execute(select(agents.c.id, agents.c.version).order_by(agents.c.name))]
    return {"municipality": get_municipality(conn), "zones": zone_rows, "tax_types": tax_rows, "agents": agent_rows}
