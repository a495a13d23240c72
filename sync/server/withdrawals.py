"""Withdrawals: what tells a device that a taxpayer, or a whole zone, left its agents' zones.

The change log (`changes`) holds each record once, in its newest state, with its newest zone, and
pull filters it by the device's zones: a device that covered the zone a taxpayer left would never
hear of the move. So every departure is kept in `zone_exits`, numbered from the change log's own
count, and pull turns it into a signed `withdrawn` record (sync/PROTOCOL.md, "Withdrawn"):

- a taxpayer moved out of zone A: `{"kind": "withdrawn", "id": <taxpayer>, "version": <its
  version>, "data": {"kind": "taxpayer", "zone_id": <its zone now>}}`, for the devices that cover
  A and not the taxpayer's zone now;
- a zone taken from an agent: `{"kind": "withdrawn", "id": <zone>, "version": <the zone's
  version>, "data": {"kind": "zone", "zone_id": <zone>}}`, for the devices of that agent that no
  other of their agents covers it for.

Whether a device still covers the zone is decided when the page is read, from the taxpayer's and
the agents' state then, never from the order rows were written in: a device covering both zones
never receives the withdrawal, and a taxpayer moved back is sent again as a taxpayer. A departure
is forgotten when its subject comes back into the zone; that is always in a transaction that
also hands out a higher change number, so a number is never handed out twice."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from sqlalchemy import Connection, and_, bindparam, func, select

from sync.server.changelog import next_change_no, record_change
from sync.server.common import dumps, loads
from sync.server.schema import agent_zones, assessments, changes, device_agents, taxable_objects, zone_exits


# -- writing ---------------------------------------------------------------------------
def record_exit(conn: Connection, kind: str, subject_id: str, zone_id: str, change_no: int | None = None) -> None:
    """`subject_id` left `zone_id` now (a new change number unless one is given)."""
    number = change_no if change_no is not None else next_change_no(conn)
    forget_exit(conn, kind, subject_id, zone_id)
    conn.execute(zone_exits.insert().values(kind=kind, subject_id=subject_id, zone_id=zone_id, change_no=number))


def forget_exit(conn: Connection, kind: str, subject_id: str, zone_id: str) -> None:
    """`subject_id` is back in `zone_id`: the devices of that zone receive it again."""
    conn.execute(zone_exits.delete().where(zone_exits.c.kind == kind, zone_exits.c.subject_id == subject_id,
                                           zone_exits.c.zone_id == zone_id))


def dependents(conn: Connection, taxpayer_ids: Iterable[str]) -> dict[str, list[tuple[str, str, dict[str, Any]]]]:
    """A taxpayer's objects and assessments, as (kind, id, data), which travel with it."""
    ids = sorted(set(taxpayer_ids))
    found: dict[str, list[tuple[str, str, dict[str, Any]]]] = {i: [] for i in ids}
    if not ids:
        return found
    for kind, table in (("taxable_object", taxable_objects), ("assessment", assessments)):
        rows = conn.execute(select(table.c.id, table.c.taxpayer_id, table.c.data)
                            .where(table.c.taxpayer_id.in_(ids)).order_by(table.c.id))
        for row in rows:
            found[row.taxpayer_id].append((kind, row.id, loads(row.data)))
    return found


def taxpayer_moved(conn: Connection, taxpayer_id: str, old_zone: str | None, new_zone: str | None) -> None:
    """After the taxpayer's own change row: its objects and assessments follow it into the new
    zone (new change numbers, so the new zone's devices receive them), and the old zone's
    devices are told it left. A taxpayer with no zone is every device's, so it leaves no zone."""
    if old_zone == new_zone:
        return
    for kind, record_id, data in dependents(conn, [taxpayer_id])[taxpayer_id]:
        record_change(conn, kind, record_id, 1, data, zone_id=new_zone)
    if new_zone is not None:
        forget_exit(conn, "taxpayer", taxpayer_id, new_zone)
    if old_zone is not None:
        record_exit(conn, "taxpayer", taxpayer_id, old_zone)


def agent_zones_changed(conn: Connection, agent_id: str, before: set[str], after: set[str]) -> None:
    """After the agent's own change row: a zone taken is a departure; a zone given (or given
    back) is no departure, and its registry is sent again."""
    for zone_id in sorted(after - before):
        forget_exit(conn, "agent", agent_id, zone_id)
        resend_zone(conn, zone_id)
    for zone_id in sorted(before - after):
        record_exit(conn, "agent", agent_id, zone_id)


def resend_zone(conn: Connection, zone_id: str) -> None:
    """Every record of a zone gets a change number above all others, in the order it had: the
    devices of an agent just given the zone, whose cursors are past its registry, receive it all
    (and a device that dropped it when the zone was taken gets it back). Devices that covered
    the zone already receive it again too, and apply it as it is (a rare supervisor's act costs
    one re-download of the zone)."""
    first = next_change_no(conn)
    low = conn.execute(select(func.min(changes.c.change_no)).where(changes.c.zone_id == zone_id)).scalar_one()
    if low is not None:  # one shift keeps the numbers unique and in order
        conn.execute(changes.update().where(changes.c.zone_id == zone_id)
                     .values(change_no=changes.c.change_no + (first - low)))


# -- reading, for a pull page ------------------------------------------------------------
@dataclass(frozen=True)
class WithdrawnRow:
    """A withdrawal shaped as a change-log row, so a page merges both by change number."""
    kind: str
    record_id: str
    version: int
    data: str  # canonical JSON (common.dumps)
    change_no: int


_DEVICE_ZONES = select(agent_zones.c.zone_id).join(device_agents, device_agents.c.agent_id == agent_zones.c.agent_id) \
    .where(device_agents.c.device_code == bindparam("device_code")).scalar_subquery()
_DEVICE_AGENTS = select(device_agents.c.agent_id).where(device_agents.c.device_code == bindparam("device_code")) \
    .scalar_subquery()
_NOW = changes.alias("now")
_IN_RANGE = (zone_exits.c.change_no > bindparam("after"), zone_exits.c.change_no <= bindparam("upto"))
# Taxpayers that left one of the device's zones for a zone it does not cover (one row per zone
# left: the caller keeps each taxpayer once).
_TAXPAYERS = select(zone_exits.c.subject_id, zone_exits.c.change_no, _NOW.c.zone_id, _NOW.c.version) \
    .join(_NOW, and_(_NOW.c.kind == "taxpayer", _NOW.c.record_id == zone_exits.c.subject_id)) \
    .where(zone_exits.c.kind == "taxpayer", *_IN_RANGE, zone_exits.c.zone_id.in_(_DEVICE_ZONES),
           _NOW.c.zone_id.is_not(None), _NOW.c.zone_id.not_in(_DEVICE_ZONES)) \
    .order_by(zone_exits.c.change_no).limit(bindparam("rows"))
# Zones taken from one of the device's agents that none of its agents covers now.
_ZONES = select(zone_exits.c.zone_id, func.max(zone_exits.c.change_no).label("change_no"),
                func.max(_NOW.c.version).label("version")) \
    .outerjoin(_NOW, and_(_NOW.c.kind == "zone", _NOW.c.record_id == zone_exits.c.zone_id)) \
    .where(zone_exits.c.kind == "agent", *_IN_RANGE, zone_exits.c.subject_id.in_(_DEVICE_AGENTS),
           zone_exits.c.zone_id.not_in(_DEVICE_ZONES)) \
    .group_by(zone_exits.c.zone_id).order_by(func.max(zone_exits.c.change_no)).limit(bindparam("rows"))


def withdrawn_rows(conn: Connection, device_code: str, after: int, upto: int, rows: int) -> list[WithdrawnRow]:
    """The device's withdrawals numbered in (after, upto], oldest first, at most `rows`."""
    params = {"device_code": device_code, "after": after, "upto": upto, "rows": rows}
    found = [WithdrawnRow("withdrawn", r.subject_id, int(r.version),
                          dumps({"kind": "taxpayer", "zone_id": r.zone_id}), int(r.change_no))
             for r in conn.execute(_TAXPAYERS, params)]
    found += [WithdrawnRow("withdrawn", r.zone_id, int(r.version or 1), dumps({"kind": "zone", "zone_id": r.zone_id}),
                           int(r.change_no))
              for r in conn.execute(_ZONES, params)]
    found.sort(key=lambda r: r.change_no)
    return found[:rows]


def merged_page(rows: list[Any], withdrawn: list[WithdrawnRow], limit: int) -> tuple[list[Any], bool]:
    """Change-log rows and withdrawals in change-number order: the first `limit`, and whether
    more follow. Both lists are in order and hold at most limit + 1 rows each. A taxpayer that
    left two of the device's zones is sent once per page, in its newest withdrawal."""
    merged = sorted([*rows, *withdrawn], key=lambda r: r.change_no)
    page, more = merged[:limit], len(merged) > limit
    newest = {(r.kind, r.record_id): r.change_no for r in page}
    return [r for r in page if newest[(r.kind, r.record_id)] == r.change_no], more
