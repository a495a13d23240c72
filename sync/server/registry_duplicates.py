"""Probable duplicate taxpayers (one person registered twice, often on two devices), and what a
supervisor decides about a pair: merge it, or say it is not one.

A pair is proposed when both have the same phone, the same ID number, or similar names within
`duplicates.distance_m` of each other (names folded as core.textnorm folds them: case, accents
and punctuation aside, word order free). Taxpayers already merged away, and pairs dismissed, are
not proposed.

A merge keeps every record: the merged taxpayer's row, objects, assessments and payments stay
as they are, under their own ids. The decision is an immutable `taxpayer_merges` row (merged_id
-> kept_id, who, when, why), and whatever lists a taxpayer's payments follows it (`kept_ids`:
export_rows, export_standing). The merged taxpayer gets a new server version, the way every
server edit goes out to devices: `status` inactive (a device refuses new payments for it, and
search puts it after the active ones) and `merged_into` naming the kept one in its pulled record.
Its taxable objects and assessments stay attached to it; where each taxpayer stands for a year
counts the merged one's assessments under the kept one, except for a tax and period the kept one
is assessed for already (the same debt registered twice)."""
from __future__ import annotations

import math
import re
from collections import defaultdict
from difflib import SequenceMatcher
from itertools import combinations
from typing import Any, Iterable

from sqlalchemy import Connection, func, select

from core.textnorm import fold
from sync.server import registry, server_settings
from sync.server.changelog import record_change
from sync.server.common import dumps, loads, now_iso
from sync.server.reference import AdminError
from sync.server.registry_conflicts import ConflictError, checked_by, checked_reason
from sync.server.schema import duplicate_dismissals, receipts, taxpayer_merges, taxpayers, zones

DISTANCE = server_settings.declare(
    "duplicates.distance_m", 100,
    "Two taxpayers with similar names this close (metres) are proposed as probable duplicates",
    server_settings.whole_number(1, 5000))
NAME_SIMILARITY = 0.85  # difflib ratio of the folded names, words sorted
GROUP_LIMIT = 12  # a phone or ID number shared by more (a market's phone) proposes no pairs
_EARTH_RADIUS_M = 6_371_000.0
_WORD = re.compile(r"[^\W_]+")


def name_key(name: str | None) -> str:
    """A name folded (case, accents), without punctuation, its words in order."""
    return " ".join(sorted(_WORD.findall(fold(name))))


def similar_names(a: str | None, b: str | None) -> bool:
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    wa, wb = set(ka.split()), set(kb.split())
    if len(wa & wb) >= 2 and (wa <= wb or wb <= wa):  # "Kanku Rosalie" / "Kanku Mpoyi Rosalie"
        return True
    return SequenceMatcher(None, ka, kb).ratio() >= NAME_SIMILARITY


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * _EARTH_RADIUS_M * math.asin(math.sqrt(a))


def _place(fields: dict[str, Any]) -> tuple[float, float] | None:
    try:
        lat, lon = float(fields.get("latitude")), float(fields.get("longitude"))  # decimal text, for distance only
    except (TypeError, ValueError):
        return None
    return (lat, lon) if math.isfinite(lat) and math.isfinite(lon) else None


def _digits(text: Any) -> str:
    return re.sub(r"\D", "", str(text or ""))


def _id_number(text: Any) -> str:
    return re.sub(r"[\W_]", "", fold(str(text or "")))


def kept_ids(conn: Connection) -> dict[str, str]:
    """Every merged taxpayer -> the taxpayer it stands for now (merges followed to the end: B
    merged into A, then A into C, maps B to C)."""
    direct = dict(conn.execute(select(taxpayer_merges.c.merged_id, taxpayer_merges.c.kept_id)).all())
    final = {}
    for merged_id in direct:
        seen, target = {merged_id}, direct[merged_id]
        while target in direct and target not in seen:
            seen.add(target)
            target = direct[target]
        final[merged_id] = target
    return final


def _candidates(rows: list[dict[str, Any]], radius: int) -> dict[tuple[str, str], dict[str, Any]]:
    """Pairs (ids in order) with why they match."""
    pairs: dict[tuple[str, str], dict[str, Any]] = {}

    def add(a: str, b: str, why: str, distance: float | None = None) -> None:
        key = (a, b) if a < b else (b, a)
        entry = pairs.setdefault(key, {"reasons": [], "distance_m": None})
        if why not in entry["reasons"]:
            entry["reasons"].append(why)
        if distance is not None:
            entry["distance_m"] = round(distance)

    for why, key_of in (("phone", lambda f: _digits(f.get("phone"))[-9:]),
                        ("id_number", lambda f: _id_number(f.get("id_number")))):
        groups: dict[str, list[str]] = defaultdict(list)
        for row in rows:
            key = key_of(row["fields"])
            if len(key) >= 4:
                groups[key].append(row["id"])
        for ids in groups.values():
            if 1 < len(ids) <= GROUP_LIMIT:
                for a, b in combinations(ids, 2):
                    add(a, b, why)
    # Similar names nearby: taxpayers in grid cells of `radius`, each compared with its own and
    # the neighbouring cells.
    cell_deg = radius / 111_000
    cells: dict[tuple[int, int], list[tuple[dict[str, Any], tuple[float, float]]]] = defaultdict(list)
    for row in rows:
        place = _place(row["fields"])
        if place is not None:
            cells[(int(place[0] // cell_deg), int(place[1] // cell_deg))].append((row, place))
    for (cx, cy), members in cells.items():
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for row, place in members:
                    for other, other_place in cells.get((cx + dx, cy + dy), ()):
                        if other["id"] <= row["id"]:
                            continue
                        gap = distance_m(*place, *other_place)
                        if gap <= radius and similar_names(row["fields"].get("name"), other["fields"].get("name")):
                            add(row["id"], other["id"], "name_nearby", gap)
    return pairs


def _summary(row: dict[str, Any], zone_codes: dict[str, str], paid: dict[str, tuple[int, int]]) -> dict[str, Any]:
    f = row["fields"]
    count, total = paid.get(row["id"], (0, 0))
    return {"id": row["id"], "name": f.get("name"), "kind": f.get("kind"), "business_name": f.get("business_name"),
            "id_number": f.get("id_number"), "phone": f.get("phone"), "zone": zone_codes.get(f.get("zone_id") or ""),
            "address": f.get("address"), "latitude": f.get("latitude"), "longitude": f.get("longitude"),
            "status": f.get("status"), "version": row["version"], "origin": row["origin"],
            "created_at": row["created_at"], "receipts": count, "paid": total}


def _paid(conn: Connection, ids: Iterable[str]) -> dict[str, tuple[int, int]]:
    ids = sorted(set(ids))
    found: dict[str, tuple[int, int]] = {}
    for start in range(0, len(ids), 500):
        rows = conn.execute(select(receipts.c.taxpayer_id, func.count(), func.coalesce(func.sum(receipts.c.amount), 0))
                            .where(receipts.c.taxpayer_id.in_(ids[start:start + 500]), receipts.c.voided_at.is_(None))
                            .group_by(receipts.c.taxpayer_id)).all()
        found.update({r[0]: (int(r[1]), int(r[2])) for r in rows})
    return found


def probable_duplicates(conn: Connection, zone_id: str | None = None) -> dict[str, Any]:
    """The pairs to look at, each side with what a supervisor compares, and why they match."""
    radius = server_settings.get(conn, DISTANCE.key)
    merged = set(kept_ids(conn))
    query = select(taxpayers.c.id, taxpayers.c.data, taxpayers.c.version, taxpayers.c.origin, taxpayers.c.created_at)
    if zone_id is not None:
        query = query.where(taxpayers.c.zone_id == zone_id)
    rows = [{"id": r.id, "fields": loads(r.data), "version": r.version, "origin": r.origin,
             "created_at": r.created_at} for r in conn.execute(query) if r.id not in merged]
    pairs = _candidates(rows, radius)
    dismissed = set(conn.execute(select(duplicate_dismissals.c.a_id, duplicate_dismissals.c.b_id)).all())
    pairs = {key: value for key, value in pairs.items() if key not in dismissed}
    by_id = {row["id"]: row for row in rows}
    zone_codes = dict(conn.execute(select(zones.c.id, zones.c.code)).all())
    paid = _paid(conn, [i for key in pairs for i in key])
    listed = [{"a": _summary(by_id[a], zone_codes, paid), "b": _summary(by_id[b], zone_codes, paid), **why}
              for (a, b), why in sorted(pairs.items())]
    return {"distance_m": radius, "pairs": listed}


def _merge_of(conn: Connection, taxpayer_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(taxpayer_merges).where(taxpayer_merges.c.merged_id == taxpayer_id)).mappings().first()
    return dict(row) if row else None


def merge(conn: Connection, keep: str, merged_id: str, reason: Any, by: str) -> dict[str, Any]:
    """Merge `merged_id` into `keep`: the decision row, and the merged taxpayer's new server
    version (inactive, `merged_into`). Nothing else is written: payments, objects and
    assessments keep their taxpayer id."""
    reason, by = checked_reason(reason), checked_by(by)
    if keep == merged_id:
        raise AdminError("a taxpayer cannot be merged into itself")
    kept_row, merged_row = registry.get_taxpayer(conn, keep), registry.get_taxpayer(conn, merged_id)
    for taxpayer_id, row in ((keep, kept_row), (merged_id, merged_row)):
        if row is None:
            raise LookupError(f"no taxpayer {taxpayer_id}")
    for taxpayer_id, role in ((merged_id, "merged"), (keep, "kept")):
        done = _merge_of(conn, taxpayer_id)
        if done is not None:
            hint = "" if role == "merged" else f"; keep {done['kept_id']} instead"
            raise ConflictError(f"taxpayer {taxpayer_id} was merged into {done['kept_id']} already "
                                f"(by {done['decided_by']}, {done['decided_at']}){hint}")
    at = now_iso()
    decision = {"merged_id": merged_id, "kept_id": keep, "reason": reason, "decided_by": by, "decided_at": at}
    conn.execute(taxpayer_merges.insert().values(**decision))
    # The merged taxpayer's new server version: registry.merged, then `merged_into` beside the
    # editable fields (registry.taxpayer_record sends it), written as merge_update writes.
    current = dict(merged_row)
    _rows, fields = registry.merged(current, {"status": "inactive"}, current["version"], device_id=None, seq=0, at=at)
    fields["merged_into"] = keep
    current["data"] = dumps(fields)
    conn.execute(taxpayers.update().where(taxpayers.c.id == merged_id).values(
        **{k: current[k] for k in ("data", "version", "field_versions", "updated_at")}))
    record_change(conn, "taxpayer", merged_id, current["version"], registry.taxpayer_record(merged_id, fields),
                  zone_id=fields.get("zone_id"))
    return {**decision, "version": current["version"]}


def dismiss(conn: Connection, a: str, b: str, reason: Any, by: str) -> dict[str, Any]:
    """`a` and `b` are not the same taxpayer: the pair is no longer proposed."""
    reason, by = checked_reason(reason), checked_by(by)
    if a == b:
        raise AdminError("a pair is two different taxpayers")
    for taxpayer_id in (a, b):
        if registry.get_taxpayer(conn, taxpayer_id) is None:
            raise LookupError(f"no taxpayer {taxpayer_id}")
    low, high = sorted((a, b))
    done = conn.execute(select(duplicate_dismissals).where(duplicate_dismissals.c.a_id == low,
                                                           duplicate_dismissals.c.b_id == high)).mappings().first()
    if done is not None:
        raise ConflictError(f"this pair was dismissed already (by {done['decided_by']}, {done['decided_at']})")
    decision = {"a_id": low, "b_id": high, "reason": reason, "decided_by": by, "decided_at": now_iso()}
    conn.execute(duplicate_dismissals.insert().values(**decision))
    return decision
