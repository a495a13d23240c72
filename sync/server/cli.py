"""`quittance-server`: init, serve, agents, devices, taxpayer import, stats, exports, the server's key, reconcile."""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from sync.server import admin, cli_reconcile, enrollment, export, keyrotation, logo, reference, zone_geometry
from sync.server import (cli_admin, cli_alerts, cli_census, cli_recovery, cli_registry, cli_reports,  # each registers
                         cli_statements, cli_supervisor)  # its own commands
from sync.server import cli_releases  # issue 13, updates
from sync.server import cli_tlog, tlog_checkpoints  # issue 14, the transparency log
from sync.server import cli_audit  # issue 14, the audit file
from sync.server import supervisors
from sync.server.cli_common import engine_of, out, settings_of
from sync.server.db import make_engine, migrate, reading
from sync.server.reference import AdminError
from sync.server.common import now_iso
from sync.server.serverkey import load_or_create, public_key, record_public_key
from sync.server.settings import Settings, load_settings


_settings, _engine, _out = settings_of, engine_of, out


DEMO_ZONES = Path(__file__).resolve().parents[2] / "resources" / "demo" / "zones.geojson"  # helper map's
DEMO_SUPERVISOR, DEMO_SUPERVISOR_PASSWORD = "Kalala Mwamba", "kananga-demo"  # the demo's only; never a real server's


def cmd_init(args: argparse.Namespace) -> None:
    settings = _settings(args)
    engine = _engine(args)
    source = Path(args.file) if args.file else admin.DEMO_FILE
    data = json.loads(source.read_text(encoding="utf-8"))
    _logo_into(data, args.logo, source.parent)  # read and checked before anything is written
    with engine.begin() as conn:
        if args.if_needed and admin.is_initialised(conn):
            if not args.file:  # a demo made before zones had polygons gets them (no other change)
                _demo_zone_polygons(conn)
            _out(args, {"initialised": False, "reason": "already initialised"}, "Already initialised; nothing done.")
            return
        counts = admin.init_from(conn, data)
        if not args.file:
            counts["zone_polygons"] = _demo_zone_polygons(conn)
        known = {row["name"] for row in supervisors.list_supervisors(conn)}
        if not args.file and DEMO_SUPERVISOR not in known:  # the demo: a supervisor to log in with (README)
            supervisors.add_supervisor(conn, DEMO_SUPERVISOR, DEMO_SUPERVISOR_PASSWORD)
            counts["supervisors"] = 1
        if args.taxpayers:
            counts["taxpayers"], rejected = admin.import_taxpayers(conn, Path(args.taxpayers))
            counts["taxpayers_rejected"] = len(rejected)
    key = load_or_create(settings.key_path)
    with engine.begin() as conn:
        record_public_key(conn, public_key(key), now_iso())
    value = {"initialised": True, "source": str(source), **counts, "database": engine.dialect.name,
             "logo": bool(data["municipality"].get("logo")),
             "server_public_key": public_key(key), "key_path": str(settings.key_path)}
    _out(args, value, f"Initialised {data['municipality']['name']} from {source.name}: {counts['zones']} zones, "
                      f"{counts['tax_types']} tax types, {counts['agents']} agents"
                      f"{', ' + str(counts['taxpayers']) + ' taxpayers' if 'taxpayers' in counts else ''}"
                      f"{', ' + str(counts['zone_polygons']) + ' zone polygons' if counts.get('zone_polygons') else ''}.\n"
                      f"Server key: {settings.key_path} (public {public_key(key)})")


def _demo_zone_polygons(conn) -> int:  # noqa: ANN001
    """The demo zones' polygons (resources/demo/zones.geojson) for those that have none yet."""
    if not DEMO_ZONES.is_file():
        return 0
    return len(zone_geometry.import_file(conn, DEMO_ZONES, only_missing=True)["changed"])


def _logo_into(data: dict[str, Any], option: str | None, base: Path) -> None:
    """`--logo FILE`, else the file's `municipality.logo` (a path from the file's folder), as
    the base64 PNG the server keeps; no logo at all leaves the key out (devices keep their own)."""
    municipality = data.get("municipality")
    if not isinstance(municipality, dict):
        return  # init_from says what is missing
    given = option or municipality.pop("logo", None)
    if given is None:
        return
    if not isinstance(given, str):
        raise AdminError("the municipality's \"logo\" is the path of a PNG or JPEG file")
    municipality["logo"] = logo.logo_text(Path(given) if option else base / given)


def cmd_logo_set(args: argparse.Namespace) -> None:
    text = logo.logo_text(Path(args.file))
    with _engine(args).begin() as conn:
        municipality = logo.set_logo(conn, text)
    size = len(text) * 3 // 4
    _out(args, {"logo": True, "bytes": size, "municipality": municipality["name"]},
         f"Logo of {municipality['name']} set ({size // 1024 + 1} kB PNG); devices receive it at their next sync.")


def cmd_logo_remove(args: argparse.Namespace) -> None:
    with _engine(args).begin() as conn:
        municipality = logo.set_logo(conn, None)
    _out(args, {"logo": False, "municipality": municipality["name"]},
         f"Logo of {municipality['name']} removed; devices drop it at their next sync.")


def cmd_serve(args: argparse.Namespace) -> None:
    import uvicorn

    settings = _settings(args)
    engine = _engine(args)  # migrate once before the workers start
    with engine.begin() as conn:
        keyrotation.finish_pending(conn, settings.key_path)  # a rotation cut short after its commit
    engine.dispose()
    load_or_create(settings.key_path)
    # Workers read the same settings from the environment (the app keeps no state of its own).
    os.environ["QUITTANCE_SERVER_DATA"] = str(settings.data_dir)
    os.environ["QUITTANCE_DATABASE_URL"] = settings.database_url
    from sync.server.nodelay import PROTOCOL  # TCP_NODELAY: see sync/server/nodelay.py

    # One checkpoint maker for all workers: this process's thread (sync/server/tlog_checkpoints.py).
    tlog_checkpoints.every(_engine(args), lambda: load_or_create(settings.key_path), cli_tlog.interval_s())

    uvicorn.run("sync.server.app:app_from_env", factory=True, host=args.host, port=args.port,
                workers=args.workers, log_level="info", http=PROTOCOL)


def cmd_agent_add(args: argparse.Namespace) -> None:
    zones = [z.strip().upper() for z in args.zones.split(",") if z.strip()]
    with _engine(args).begin() as conn:
        agent_id = reference.add_agent(conn, args.name, zones, args.pin, role=args.role)
    _out(args, {"agent_id": agent_id, "name": args.name, "zones": zones},
         f"Agent {args.name} added ({agent_id}), zones {', '.join(zones) or 'none'}.")


def cmd_agent_zones(args: argparse.Namespace) -> None:
    zones = [z.strip().upper() for z in args.zones.split(",") if z.strip()]
    with _engine(args).begin() as conn:
        moved = reference.set_agent_zone_codes(conn, args.name, zones)
    _out(args, {"name": args.name, "zones": zones, **moved},
         f"Agent {args.name}: zones {', '.join(zones) or 'none'}"
         f"{'; taken: ' + ', '.join(moved['taken']) if moved['taken'] else ''}"
         f"{'; given: ' + ', '.join(moved['given']) if moved['given'] else ''}.")


def cmd_device_add(args: argparse.Namespace) -> None:
    settings = _settings(args)
    names = [n.strip() for n in args.agent.split(",") if n.strip()]
    with _engine(args).begin() as conn:
        code, expires = enrollment.create_code(conn, args.code, names, settings.enrollment_ttl_s)
    qr_path = Path(args.qr) if args.qr else settings.data_dir / f"enroll-{args.code.upper()}.png"
    write_enrollment_qr(code, args.server_url, qr_path)
    _out(args, {"device_code": args.code.upper(), "enrollment_code": code, "expires_at": expires,
                "qr_png": str(qr_path)},
         f"Enrollment code for {args.code.upper()}: {code}\nValid once, until {expires}.\nQR code: {qr_path}")


def write_enrollment_qr(code: str, server_url: str | None, path: Path) -> None:
    """The QR PNG a device's camera reads on its enrollment screen: the code alone, or with
    --server-url `{"server": URL, "code": CODE}` (desktop/enroll_input.split_link reads both)."""
    import qrcode

    text = json.dumps({"server": server_url, "code": code}, separators=(",", ":")) if server_url else code
    path.parent.mkdir(parents=True, exist_ok=True)
    qrcode.make(text).save(path)


def cmd_device_revoke(args: argparse.Namespace) -> None:
    with _engine(args).begin() as conn:
        device_id = enrollment.revoke(conn, args.code)
    if device_id is None:
        _out(args, {"device_code": args.code.upper(), "device_id": None, "revoked": False, "codes_cancelled": True},
             f"Device {args.code.upper()} was not enrolled: its enrollment code no longer works.")
        return
    _out(args, {"device_code": args.code.upper(), "device_id": device_id, "revoked": True},
         f"Device {args.code.upper()} revoked: its token is refused from now on.")


def cmd_taxpayers_import(args: argparse.Namespace) -> None:
    with _engine(args).begin() as conn:
        imported, rejected = admin.import_taxpayers(conn, Path(args.file))
    lines = [f"Imported {imported} taxpayers; rejected {len(rejected)}."]
    lines += [f"  line {r['line']}: {r['reason']}" + (f" ({r['name']})" if r["name"] else "") for r in rejected]
    _out(args, {"imported": imported, "rejected": rejected}, "\n".join(lines))


def cmd_stats(args: argparse.Namespace) -> None:
    with reading(_engine(args)) as conn:
        value = admin.stats(conn)
    _out(args, value, "\n".join(f"{key:>16}: {count}" for key, count in value.items()))


def cmd_export(args: argparse.Namespace) -> None:
    request = export.request_from(args.what, args.format, args.out, start=args.start, end=args.end, zone=args.zone,
                                  year=args.year)  # checked before the database is even opened
    done = export.run(_engine(args), request)
    if "features" in done:
        text = (f"Wrote {done['features']} taxpayers of {done['year']} to {done['out']} (GeoJSON); "
                f"{done['without_location']} without a location are not on the map.")
    else:
        text = f"Wrote {done['rows']} {done['what']} to {done['out']} (CSV)."
    _out(args, done, text)


def cmd_key_rotate(args: argparse.Namespace) -> None:
    settings = _settings(args)
    done = keyrotation.rotate(_engine(args), settings.key_path)
    _out(args, done, f"Server key {done['number']} in use: {done['public_key']}\n"
                     f"Key {done['previous_number']} signed the hand-over to it and was retired; "
                     f"devices that trust an earlier key follow the hand-overs at their next sync.\n"
                     f"Private key: {done['key_path']} (mode 0600). A running server signs with it from now on.")


def cmd_key_list(args: argparse.Namespace) -> None:
    with reading(_engine(args)) as conn:
        keys = keyrotation.key_list(conn)
    lines = [f"{k['number']:>3}  {k['public_key']}  made {k['created_at']}"
             + (f", retired {k['retired_at']}" if k["retired_at"] else ", in use")
             + ("" if k["handover"] or k["number"] == 1 else ", no hand-over: devices enrolled before must enroll again")
             for k in keys]
    _out(args, {"keys": keys}, "\n".join(lines) or "No key yet: `init` or `serve` makes the first.")


def cmd_reconcile(args: argparse.Namespace) -> None:
    value, text = cli_reconcile.run(args, _settings(args), _engine(args))
    _out(args, value, text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quittance-server", description="Quittance central server")
    parser.add_argument("--data", help="data directory (default $QUITTANCE_SERVER_DATA or ./.server-data)")
    parser.add_argument("--database-url", help="database (default $QUITTANCE_DATABASE_URL or SQLite in --data)")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, func, help_text: str, parent=sub, json_flag: bool = True):  # noqa: ANN001, ANN202
        p = parent.add_parser(name, help=help_text)
        p.set_defaults(func=func)
        if json_flag:
            p.add_argument("--json", action="store_true", help="print JSON")
        return p

    p = command("init", cmd_init, "create the municipality, zones and tax schedule from a JSON file")
    p.add_argument("--file", help="JSON file (default resources/server/demo-kananga.json)")
    p.add_argument("--if-needed", action="store_true", help="do nothing if already initialised")
    p.add_argument("--taxpayers", help="also import this taxpayers CSV (as `taxpayers import`)")
    p.add_argument("--logo", metavar="FILE", help="the municipality's logo, PNG or JPEG (else the file's "
                                                  "municipality.logo); printed on every device's receipts")
    p = command("serve", cmd_serve, "run the API", json_flag=False)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=1)
    agent = sub.add_parser("agent", help="agents").add_subparsers(dest="action", required=True)
    p = command("add", cmd_agent_add, "add an agent", parent=agent)
    p.add_argument("name")
    p.add_argument("--zones", required=True, help="zone codes, comma-separated")
    p.add_argument("--pin", required=True)
    p.add_argument("--role", default="agent", choices=("agent", "supervisor"))
    p = command("zones", cmd_agent_zones, "set an agent's zones (a zone taken is withdrawn from their devices)",
                parent=agent)
    p.add_argument("name")
    p.add_argument("--zones", required=True, help="zone codes, comma-separated (all of them: this replaces)")
    device = sub.add_parser("device", help="devices").add_subparsers(dest="action", required=True)
    p = command("add", cmd_device_add, "make a one-time enrollment code (24 h) and its QR PNG", parent=device)
    p.add_argument("code")
    p.add_argument("--agent", required=True, help="the agent(s) of this device, comma-separated names")
    p.add_argument("--qr", help="where to write the QR PNG (default <data>/enroll-CODE.png)")
    p.add_argument("--server-url", help="put this server's URL in the QR code with the code")
    p = command("revoke", cmd_device_revoke, "refuse a device's token from now on", parent=device)
    p.add_argument("code")
    taxpayers = sub.add_parser("taxpayers", help="registry").add_subparsers(dest="action", required=True)
    p = command("import", cmd_taxpayers_import, "import taxpayers from a CSV file", parent=taxpayers)
    p.add_argument("file")
    command("stats", cmd_stats, "count devices, events, payments, taxpayers and alerts")
    p = command("export", cmd_export, "write payments, taxpayers or reconciliations as CSV, or taxpayers as "
                                     "GeoJSON (QGIS)")
    p.add_argument("--what", required=True, choices=export.WHAT)
    p.add_argument("--format", required=True, choices=export.FORMATS)
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write (its folder must exist)")
    p.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="payments (or sign-offs) from this local day")
    p.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="payments (or sign-offs) up to this local day, included")
    p.add_argument("--zone", metavar="CODE", help="only the taxpayers (and their payments) of this zone")
    p.add_argument("--year", type=int, help="taxpayers: where they stand for this year (default this year)")
    logos = sub.add_parser("logo", help="the municipality's logo").add_subparsers(dest="action", required=True)
    p = command("set", cmd_logo_set, "replace the logo (PNG or JPEG); devices receive it by pull", parent=logos)
    p.add_argument("file")
    command("remove", cmd_logo_remove, "remove the logo; devices drop it by pull", parent=logos)
    key = sub.add_parser("key", help="the server's signing key").add_subparsers(dest="action", required=True)
    command("rotate", cmd_key_rotate, "make a new key; the old one signs the hand-over devices follow", parent=key)
    command("list", cmd_key_list, "the server's public keys, in order, and which is in use", parent=key)
    p = command("reconcile", cmd_reconcile, "an agent's day: expected cash, cash counted, variance; --sign-off signs it")
    cli_reconcile.add_arguments(p)
    cli_supervisor.register(sub, command)
    cli_reports.register(sub, command)
    cli_statements.register(sub, command)
    cli_registry.register(sub, command)
    cli_admin.register(sub, command)
    cli_alerts.register(sub, command)
    cli_census.register(sub, command)
    cli_releases.register(sub, command)
    cli_recovery.register(sub, command)
    cli_tlog.register(sub, command)
    cli_audit.register(sub, command)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except AdminError as exc:
        print(f"quittance-server: {exc}", file=sys.stderr)
        return 2
    except (OSError, json.JSONDecodeError, KeyError) as exc:
        print(f"quittance-server: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
