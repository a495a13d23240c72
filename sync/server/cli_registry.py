"""`quittance-server conflicts list|resolve` and `duplicates list|merge|dismiss`: the registry
decisions a supervisor also makes on the desktop screen (sync/server/registry_conflicts.py,
registry_duplicates.py). `--by` names the supervisor who decides (their server account)."""
from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import Connection, select

from sync.server import registry_conflicts, registry_duplicates
from sync.server.cli_common import CommandMaker, engine_of, out
from sync.server.db import reading
from sync.server.reference import AdminError, zone_ids_by_code
from sync.server.schema import supervisors


def _supervisor(conn: Connection, name: str) -> str:
    """--by: an active supervisor's account on this server, so a decision names a real person."""
    name = " ".join((name or "").split())
    row = conn.execute(select(supervisors.c.name, supervisors.c.active).where(supervisors.c.name == name)).first()
    if row is None or not row.active:
        raise AdminError(f"--by {name!r}: no active supervisor of that name (see `supervisor list`)")
    return row.name


def _decide(args: argparse.Namespace, action: Any, *values: Any) -> dict[str, Any]:
    try:
        with engine_of(args).begin() as conn:
            return action(conn, *values[:-1], _supervisor(conn, values[-1]))
    except LookupError as error:
        raise AdminError(str(error.args[0])) from None


def _show(value: Any) -> str:
    return "(empty)" if value is None else repr(value)


def cmd_conflicts_list(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        found = registry_conflicts.open_conflicts(conn)
    lines = []
    for taxpayer in found:
        lines.append(f"{taxpayer['taxpayer_id']}  {taxpayer['name']}  ({taxpayer['zone'] or 'no zone'}, "
                     f"version {taxpayer['version']})")
        for field in taxpayer["fields"]:
            before = _show(field["before"]) if field["before_known"] else "(not in the events)"
            lines.append(f"  {field['field']}: before {before}, now {_show(field['current'])}")
            for label, value in zip(("server", *["device"] * len(field["values"])), field["values"]):
                who = ", ".join(x for x in (value["device"], value["agent"], value["device_time"]) if x) or "server"
                lines.append(f"    {label:<6} {_show(value['value'])}  [{who}]")
    out(args, {"taxpayers": found}, "\n".join(lines) or "No open conflict.")


def _choices(conn: Connection, taxpayer_id: str, specs: list[str]) -> dict[str, Any]:
    [group] = registry_conflicts.open_conflicts(conn, taxpayer_id) or [None]
    if group is None:
        raise AdminError(f"taxpayer {taxpayer_id} has no open conflict")
    by_field = {f["field"]: f for f in group["fields"]}
    choices: dict[str, Any] = {}
    for spec in specs:
        name, sep, choice = spec.partition("=")
        if not sep or name not in by_field:
            raise AdminError(f"--field {spec!r}: write FIELD=device|server|VALUE with FIELD among "
                             f"{', '.join(by_field)}")
        choices[name] = registry_conflicts.choice_value(by_field[name], choice)
    return choices


def cmd_conflicts_resolve(args: argparse.Namespace) -> None:
    with engine_of(args).begin() as conn:
        by = _supervisor(conn, args.by)
        choices = _choices(conn, args.taxpayer, args.field or [])
        try:
            decision = registry_conflicts.resolve(conn, args.taxpayer, choices, args.reason, by)
        except LookupError as error:
            raise AdminError(str(error.args[0])) from None
    chosen = ", ".join(f"{k}={_show(v)}" for k, v in decision["choices"].items())
    out(args, decision, f"Resolved: {chosen}; the taxpayer is now at version {decision['version']} "
                        "(devices receive it at their next sync).")


def cmd_duplicates_list(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        zone_id = None
        if args.zone:
            zone_id = zone_ids_by_code(conn).get(args.zone)
            if zone_id is None:
                raise AdminError(f"unknown zone {args.zone!r}")
        found = registry_duplicates.probable_duplicates(conn, zone_id)
    lines = []
    for pair in found["pairs"]:
        why = ", ".join(pair["reasons"]) + (f" ({pair['distance_m']} m)" if pair["distance_m"] is not None else "")
        lines.append(f"{why}:")
        for side in (pair["a"], pair["b"]):
            lines.append(f"  {side['id']}  {side['name']}  phone {side['phone'] or '-'}  ID {side['id_number'] or '-'}"
                         f"  {side['zone'] or '-'}  {side['receipts']} receipt(s)")
    out(args, found, "\n".join(lines) or f"No probable duplicate (names compared within {found['distance_m']} m).")


def cmd_duplicates_merge(args: argparse.Namespace) -> None:
    decision = _decide(args, registry_duplicates.merge, args.keep, args.merge, args.reason, args.by)
    out(args, decision, f"Merged {decision['merged_id']} into {decision['kept_id']}: its payments are listed "
                        "under the kept taxpayer, and devices receive it as merged at their next sync.")


def cmd_duplicates_dismiss(args: argparse.Namespace) -> None:
    decision = _decide(args, registry_duplicates.dismiss, args.a, args.b, args.reason, args.by)
    out(args, decision, f"Not duplicates: {decision['a_id']} and {decision['b_id']} are no longer proposed.")


def _decision_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--reason", required=True, help="why (kept with the decision)")
    p.add_argument("--by", required=True, metavar="NAME", help="the supervisor deciding (their server account)")


def register(sub: argparse._SubParsersAction, command: CommandMaker) -> None:
    group = sub.add_parser("conflicts", help="registry conflicts between devices").add_subparsers(
        dest="action", required=True)
    command("list", cmd_conflicts_list, "open conflicts, by taxpayer, field by field", parent=group)
    p = command("resolve", cmd_conflicts_resolve, "choose the value of each field in conflict", parent=group)
    p.add_argument("taxpayer", help="the taxpayer's id")
    p.add_argument("--field", action="append", metavar="FIELD=device|server|VALUE",
                   help="device: the later device's value; server: the value the server held; or the value itself")
    _decision_options(p)
    group = sub.add_parser("duplicates", help="probable duplicate taxpayers").add_subparsers(
        dest="action", required=True)
    p = command("list", cmd_duplicates_list, "pairs with the same phone, ID number, or a similar name nearby",
                parent=group)
    p.add_argument("--zone", metavar="CODE", help="only the taxpayers of this zone")
    p = command("merge", cmd_duplicates_merge, "merge one taxpayer into another (nothing is deleted)", parent=group)
    p.add_argument("--keep", required=True, metavar="ID", help="the taxpayer kept")
    p.add_argument("--merge", required=True, metavar="ID", help="the taxpayer merged into it")
    _decision_options(p)
    p = command("dismiss", cmd_duplicates_dismiss, "two taxpayers are not duplicates: stop proposing the pair",
                parent=group)
    p.add_argument("a")
    p.add_argument("b")
    _decision_options(p)
