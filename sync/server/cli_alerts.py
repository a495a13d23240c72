"""`quittance-server alerts list|decide` and `voids list|approve|reject`: the supervisor's alert
queue and the voids that wait for approval, from the command line (sync/server/alerts.py,
sync/server/voids.py). `--by` names who decides; it is recorded with the reason."""
from __future__ import annotations

import argparse

from core.money import format_money
from sync.server import alerts, voids
from sync.server.cli_common import CommandMaker, engine_of, out


def _alert_line(alert: dict) -> str:
    who = f" ({', '.join(alert['agents'])})" if alert["agents"] else ""
    line = f"{alert['id']}  {alert['kind']}  device {alert['device'] or '?'}{who}  {alert['when']}\n    {alert['what']}"
    if alert.get("decision"):
        d = alert["decision"]
        return line + f"\n    {d['action']} by {d['by']} at {d['at']}: {d['reason']}"
    return line + f"\n    actions: {', '.join(alert['actions'])}"


def cmd_alerts_list(args: argparse.Namespace) -> None:
    with engine_of(args).connect() as conn:
        found = alerts.open_alerts(conn) if args.status == "open" else alerts.decided_alerts(conn)
    empty = "No open alert." if args.status == "open" else "No decided alert."
    out(args, {"status": args.status, "alerts": found}, "\n".join(_alert_line(a) for a in found) or empty)


def cmd_alerts_decide(args: argparse.Namespace) -> None:
    with engine_of(args).begin() as conn:
        done = alerts.decide(conn, args.id, args.action, args.reason, args.by)
    out(args, done, f"Alert {done['id']}: {args.action}, recorded for {done['decision']['by']}.")


def _void_line(void: dict) -> str:
    amount = format_money(void["amount"], void["currency"], "en")
    line = (f"{void['receipt_no']}  {amount}  agent {void['agent'] or '?'}  device {void['device']}  "
            f"voided {void['voided_at']}  ({', '.join(void['why'])})\n    reason given: {void['reason'] or '-'}")
    if void["decision"]:
        d = void["decision"]
        line += f"\n    {void['status']} by {d['by']} at {d['at']}: {d['reason']}"
    return line


def cmd_voids_list(args: argparse.Namespace) -> None:
    with engine_of(args).connect() as conn:
        found = voids.list_voids(conn, args.status)
    empty = "No void waits for approval." if args.status == "pending" else "No void decided yet."
    out(args, {"status": args.status, "voids": found}, "\n".join(_void_line(v) for v in found) or empty)


def cmd_voids_decide(args: argparse.Namespace) -> None:
    with engine_of(args).begin() as conn:
        done = voids.decide(conn, args.receipt, args.action, args.reason, args.by)
    words = "counts as voided from now on" if args.action == "approve" else "stands; its cash is expected"
    out(args, done, f"Void of {done['receipt_no']} {done['status']}: the receipt {words}.")


def register(sub: argparse._SubParsersAction, command: CommandMaker) -> None:
    group = sub.add_parser("alerts", help="the supervisor's alert queue").add_subparsers(dest="alerts_command",
                                                                                         required=True)
    p = command("list", cmd_alerts_list, "open alerts (or --status decided), each with its actions", parent=group)
    p.add_argument("--status", choices=("open", "decided"), default="open")
    p = command("decide", cmd_alerts_decide, "record a decision on an alert and carry out its action", parent=group)
    p.add_argument("id", help="the alert's id, as `alerts list` shows it")
    p.add_argument("--action", required=True, choices=alerts.ACTIONS)
    p.add_argument("--reason", required=True, help="why: what you found")
    p.add_argument("--by", required=True, help="who decides")
    group = sub.add_parser("voids", help="voids that wait for a supervisor's approval").add_subparsers(
        dest="voids_command", required=True)
    p = command("list", cmd_voids_list, "voids waiting for approval (or --status decided)", parent=group)
    p.add_argument("--status", choices=("pending", "decided"), default="pending")
    for name in voids.ACTIONS:
        p = command(name, cmd_voids_decide, f"{name} the waiting void of a receipt", parent=group)
        p.set_defaults(action=name)
        p.add_argument("receipt", help="the receipt number, e.g. T07-2026-000123")
        p.add_argument("--reason", required=True, help="why")
        p.add_argument("--by", required=True, help="who decides")
