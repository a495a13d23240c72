"""`quittance-server schedule|zone|settings|retention …`, and `agent list|deactivate|activate|pin`,
`device list`: administration from the command line, through the same functions as the
supervisor's screens (admin_ops.py, schedule_versions.py, server_settings.py, retention.py)."""
from __future__ import annotations

import argparse
import getpass
from typing import Any

from core.errors import QuittanceError
from core.money import format_money, parse_amount
from sync.server import admin_ops, retention, schedule_versions, server_settings
from sync.server.cli_common import CommandMaker, engine_of, out
from sync.server.db import reading
from sync.server.reference import AdminError, get_municipality


def _by(args: argparse.Namespace) -> str:
    """Who decided: `--by NAME`, else the account that ran the command."""
    if args.by and args.by.strip():
        return args.by.strip()
    try:
        return f"command line ({getpass.getuser()})"
    except (KeyError, OSError):
        return "command line"


def _minor(text: str | None, currency: str, what: str) -> int | None:
    if text is None:
        return None
    if text.strip() in ("0", "0.00", "0,00"):
        return 0
    try:
        return parse_amount(text, currency, locale="en")
    except QuittanceError as exc:
        raise AdminError(f"{what} {text!r}: {exc.message('en')}") from None


def cmd_schedule_set(args: argparse.Namespace) -> None:
    with engine_of(args).begin() as conn:
        currency = (get_municipality(conn) or {}).get("currency") or "XOF"
        row = schedule_versions.add_version(conn, args.tax, args.start, amount=_minor(args.amount, currency, "--amount"),
                                            rate=_minor(args.rate, currency, "--rate"), by=_by(args), note=args.note)
    value = row["amount"] if row["amount"] is not None else row["rate"]
    out(args, {**row, "currency": currency},
        f"{row['tax_code']}: {format_money(value, currency, 'en')}{'' if row['amount'] is not None else ' per unit'} "
        f"from {row['effective_from']} (recorded by {row['created_by']}). Assessments of earlier periods keep "
        f"their amount; devices receive it at their next sync.")


def _money(value: Any, currency: str) -> str:
    return "-" if value is None else format_money(value, currency, "en")


def cmd_schedule_list(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        taxes = schedule_versions.schedule(conn)
        currency = (get_municipality(conn) or {}).get("currency") or "XOF"
    if args.tax:
        taxes = [t for t in taxes if t["code"] == args.tax.strip().upper()]
        if not taxes:
            raise AdminError(f"no tax {args.tax!r}")
    lines = []
    for tax in taxes:
        lines.append(f"{tax['code']}  {tax['label']} ({tax['periodicity']}, {tax['basis']})")
        for version in tax["versions"]:
            amount = version["amount"] if tax["basis"] == "flat" else version["rate"]
            mark = "  <- in force today" if version == tax["in_force"] else ""
            lines.append(f"    from {version['effective_from'] or 'the start':<10}  {_money(amount, currency)}{mark}")
    out(args, {"currency": currency, "taxes": taxes}, "\n".join(lines) or "No tax in the schedule yet.")


def cmd_schedule_publish(args: argparse.Namespace) -> None:
    with engine_of(args).begin() as conn:
        count = schedule_versions.republish_all(conn)
    out(args, {"published": count}, f"{count} tax(es) published again with the amount in force today.")


def cmd_zone_list(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        rows = admin_ops.list_zones(conn)
    out(args, {"zones": rows}, "\n".join(f"{z['code']:<8} {z['name']}  ({z['agents']} agents, {z['taxpayers']} "
                                         f"taxpayers)" for z in rows) or "No zone yet.")


def cmd_zone_add(args: argparse.Namespace) -> None:
    with engine_of(args).begin() as conn:
        zone = admin_ops.add_zone(conn, args.code, args.name)
    out(args, zone, f"Zone {zone['code']} ({zone['name']}) added; give it to agents with `agent zones`.")


def cmd_zone_rename(args: argparse.Namespace) -> None:
    with engine_of(args).begin() as conn:
        zone = admin_ops.rename_zone(conn, args.code, args.name)
    out(args, zone, f"Zone {zone['code']}: {zone['previous_name']} is now {zone['name']}; devices receive it "
                    f"at their next sync.")


def cmd_agent_list(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        rows = admin_ops.list_agents(conn)
    out(args, {"agents": rows}, "\n".join(
        f"{a['name']} ({a['role']}{'' if a['active'] else ', deactivated'}): zones {', '.join(a['zones']) or 'none'}; "
        f"devices {', '.join(a['devices']) or 'none'}" for a in rows) or "No agent yet.")


def cmd_agent_active(args: argparse.Namespace) -> None:
    active = args.action == "activate"
    with engine_of(args).begin() as conn:
        done = admin_ops.set_active(conn, args.name, active)
    out(args, done, f"Agent {done['name']} {'activated' if active else 'deactivated'}: their devices learn it at "
                    f"their next sync" + ("" if active else "; what they recorded before stays as it is") + ".")


def cmd_agent_pin(args: argparse.Namespace) -> None:
    with engine_of(args).begin() as conn:
        done = admin_ops.reset_pin(conn, args.name, args.pin)
    out(args, done, f"New PIN for {done['name']}; their devices take it at their next sync.")


def cmd_device_list(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        rows = admin_ops.list_devices(conn)
    lines = [f"{d['code']:<8} {d['state']:<8} last sync {d['last_sync_at'] or 'never'}, app {d['app_version'] or '-'}"
             f", agents {', '.join(d['agents']) or 'none'}"
             + (f", code valid until {d['code_expires_at']}" if d["state"] == "waiting" else "") for d in rows]
    out(args, {"devices": rows}, "\n".join(lines) or "No device yet: `device add CODE --agent NAME` makes a code.")


def cmd_settings_list(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        rows = server_settings.all_settings(conn)
    out(args, {"settings": rows}, "\n".join(
        f"{s['key']} = {s['value']}" + (f"  (default {s['default']})" if s["value"] != s["default"] else "")
        + (f", set by {s['updated_by']} {s['updated_at']}" if s["updated_at"] else "") + f"\n    {s['description']}"
        for s in rows))


def cmd_settings_set(args: argparse.Namespace) -> None:
    with engine_of(args).begin() as conn:
        value = server_settings.put(conn, args.key, args.value, _by(args))
    out(args, {"key": args.key, "value": value, "updated_by": _by(args)}, f"{args.key} = {value}")


def cmd_retention_report(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        found = retention.report(conn)
    fiscal, personal, sessions = found["fiscal"], found["personal"], found["sessions"]
    text = (f"Fiscal records older than {fiscal['years']} years (before {fiscal['before'][:10]}), {fiscal['action']}:"
            f" {fiscal['events']['count']} events, {fiscal['receipts']['count']} receipts, "
            f"{fiscal['cash_signoffs']['count']} cash sign-offs\n"
            f"Taxpayers closed more than {personal['years']} years ago (before {personal['before'][:10]}), "
            f"{personal['action']}: {personal['closed_taxpayers']}\n"
            f"Sessions and counters older than {sessions['days']} days, {sessions['action']}: "
            f"{sessions['supervisor_sessions']} supervisor sessions, {sessions['rate_limits']} rate-limit rows")
    out(args, found, text)


def cmd_retention_purge(args: argparse.Namespace) -> None:
    with engine_of(args).begin() as conn:
        done = retention.purge(conn)
    out(args, done, f"Deleted {done['supervisor_sessions']} supervisor sessions and {done['rate_limits']} rate-limit "
                    f"rows past their period; no fiscal record or personal data is ever deleted by this command.")


def _group(sub: argparse._SubParsersAction, name: str, help_text: str) -> argparse._SubParsersAction:
    """The subcommands of `name`: the existing group (`agent`, `device` from cli.py), else a new one."""
    parser = sub.choices.get(name)
    if parser is None:
        return sub.add_parser(name, help=help_text).add_subparsers(dest="action", required=True)
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def register(sub: argparse._SubParsersAction, command: CommandMaker) -> None:
    group = _group(sub, "schedule", "the tax schedule, by date")
    p = command("set", cmd_schedule_set, "a tax's amount (or rate) from a day on; earlier periods keep theirs",
                parent=group)
    p.add_argument("--tax", required=True, metavar="CODE")
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD", help="the first day it applies")
    money = p.add_mutually_exclusive_group(required=True)
    money.add_argument("--amount", help="a flat tax's amount, in whole units (e.g. 25000 or 25000.50)")
    money.add_argument("--rate", help="a tax by rate: the amount per unit, in whole units")
    p.add_argument("--note", help="why (kept with the version)")
    p.add_argument("--by", help="who decided (default: the account running the command)")
    p = command("list", cmd_schedule_list, "every tax's versions, and the one in force today", parent=group)
    p.add_argument("--tax", metavar="CODE")
    command("publish", cmd_schedule_publish, "publish taxes whose version in force changed (for older devices)",
            parent=group)
    group = _group(sub, "zone", "zones")
    command("list", cmd_zone_list, "the zones, with their agents and taxpayers counted", parent=group)
    for name, func, text in (("add", cmd_zone_add, "add a zone"), ("rename", cmd_zone_rename, "rename a zone")):
        p = command(name, func, text, parent=group)
        p.add_argument("code")
        p.add_argument("name")
    group = _group(sub, "agent", "agents")
    command("list", cmd_agent_list, "the agents, their zones and devices", parent=group)
    for name in ("deactivate", "activate"):
        p = command(name, cmd_agent_active, f"{name} an agent (devices learn it at their next sync)", parent=group)
        p.add_argument("name")
    p = command("pin", cmd_agent_pin, "set a new PIN for an agent", parent=group)
    p.add_argument("name")
    p.add_argument("--pin", required=True)
    group = _group(sub, "device", "devices")
    command("list", cmd_device_list, "devices: last sync, app version, revoked; codes waiting to enroll",
            parent=group)
    group = _group(sub, "settings", "settings supervisors change")
    command("list", cmd_settings_list, "every setting, its value and default, and who changed it", parent=group)
    p = command("set", cmd_settings_set, "change a setting", parent=group)
    p.add_argument("key")
    p.add_argument("value")
    p.add_argument("--by", help="who decided (default: the account running the command)")
    group = _group(sub, "retention", "how long data is kept")
    command("report", cmd_retention_report, "what is past its retention period, per kind of data", parent=group)
    command("purge", cmd_retention_purge, "delete ended sessions and counters past their period (never fiscal data)",
            parent=group)
