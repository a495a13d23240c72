"""`quittance-server form publish|list`, `submissions export`, `basemap add|list` and
`zone geometry`: the server's side of census and maps (issue 12)."""
from __future__ import annotations

import argparse
from pathlib import Path

from sync.server import basemaps, census_forms, census_submissions, zone_geometry
from sync.server.cli_admin import _group
from sync.server.cli_common import CommandMaker, engine_of, out, settings_of
from sync.server.db import reading


def cmd_form_publish(args: argparse.Namespace) -> None:
    definition = census_forms.load_definition(Path(args.file))  # refused (naming the cell) before the database
    with engine_of(args).begin() as conn:
        done = census_forms.publish(conn, definition, by=args.by)
    title = census_forms.title_text(done["title"])
    verb = "published; devices receive it at their next sync" if done["published"] else \
        "was published already with this same content; nothing changed"
    out(args, done, f"Form {done['form_id']} version {done['version']} ({title}, {done['questions']} questions) {verb}.")


def cmd_form_list(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        found = census_forms.list_forms(conn)
    lines = [f"{f['form_id']:<24} {f['version']:<12} {f['questions']:>4} questions  {census_forms.title_text(f['title'])}"
             f"  (published {f['published_at']} by {f['published_by']})" for f in found]
    out(args, {"forms": found}, "\n".join(lines) or "No form published yet: `quittance-server form publish FILE.xlsx`.")


def cmd_submissions_export(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        done = census_submissions.export(conn, args.form, args.version, Path(args.out), settings_of(args).data_dir)
    files = "\n".join(f"  {f}" for f in done["files"])
    photos = f"\n{len(done['media'])} photo(s) in {Path(done['out']) / 'media'}" if done["media"] else ""
    if done["missing_media"]:
        photos += f"\nNot received yet (listed, not written): {', '.join(done['missing_media'])}"
    out(args, done, f"Wrote {done['submissions']} submissions of {done['form_id']} version {done['version']} "
                    f"to {done['out']}:\n{files}{photos}")


def cmd_basemap_add(args: argparse.Namespace) -> None:
    settings = settings_of(args)
    with engine_of(args).begin() as conn:
        done = basemaps.add(conn, Path(args.file), settings.data_dir, args.name)
    verb = "added; devices can download it" if done["added"] else "was added already (same file); nothing changed"
    out(args, done, f"Basemap {done['name']} ({done['size'] // 1024 + 1} kB, zooms {done['minzoom']}-{done['maxzoom']}, "
                    f"{done['attribution'] or 'no attribution'}) {verb}.")


def cmd_basemap_list(args: argparse.Namespace) -> None:
    with reading(engine_of(args)) as conn:
        found = basemaps.list_basemaps(conn)
    lines = [f"{b['id']}  {b['name']}  zooms {b['minzoom']}-{b['maxzoom']}  {b['size'] // 1024 + 1} kB  "
             f"{b['attribution']}" for b in found]
    out(args, {"basemaps": found}, "\n".join(lines) or "No basemap yet: `quittance-server basemap add FILE.mbtiles`.")


def cmd_zone_geometry(args: argparse.Namespace) -> None:
    found = zone_geometry.read_file(Path(args.file))  # checked whole before the database
    with engine_of(args).begin() as conn:
        done = zone_geometry.set_geometries(conn, found)
    text = f"Polygons set for {len(done['changed'])} zones ({', '.join(done['changed']) or 'none'})"
    if done["unchanged"]:
        text += f"; unchanged: {', '.join(done['unchanged'])}"
    if done["without_geometry"]:
        text += f"; still without a polygon: {', '.join(done['without_geometry'])}"
    out(args, done, text + ". Devices receive them at their next sync.")


def register(sub: argparse._SubParsersAction, command: CommandMaker) -> None:
    group = _group(sub, "form", "census forms devices pull")
    p = command("publish", cmd_form_publish, "publish an XLSForm (.xlsx) version; a published version never changes",
                parent=group)
    p.add_argument("file")
    p.add_argument("--by", help="who publishes (default: the account running the command)")
    command("list", cmd_form_list, "every published form version", parent=group)
    group = _group(sub, "submissions", "census submissions")
    p = command("export", cmd_submissions_export, "write a form's submissions as CSV, one file per repeat",
                parent=group)
    p.add_argument("--form", required=True, metavar="ID")
    p.add_argument("--version", metavar="V", help="the form version (default: the latest with submissions)")
    p.add_argument("--out", required=True, metavar="DIR")
    group = _group(sub, "basemap", "MBTiles basemaps devices download")
    p = command("add", cmd_basemap_add, "check and keep an MBTiles file", parent=group)
    p.add_argument("file")
    p.add_argument("--name", help="the name devices show (default: the file's metadata name)")
    command("list", cmd_basemap_list, "the basemaps devices can download", parent=group)
    group = _group(sub, "zone", "zones")
    p = command("geometry", cmd_zone_geometry, "set zones' polygons from GeoJSON (property `code` names the zone)",
                parent=group)
    p.add_argument("--file", required=True, metavar="ZONES.geojson")
