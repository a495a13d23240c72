"""Census submissions on the server: the projection of pushed `submission.recorded` events into
`submissions` (planned by push_rules for both push paths), and their export as CSV, one file per
repeat, with the device's own writer (core.forms.csv_export), so both sides write one layout.

The event's data (helper submissions' contract, docs/census/submissions.md): id, form_id,
form_version, answers (the ODK-encoded answers tree), geometry (GeoJSON geometry, as text or an
object, or null), taxpayer_id (or null), started_at, and the optional attachments (the photos,
docs/census/media.md). Its device time is when it was recorded."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import Connection, select

from core.envelope import ParsedPayload
from core.geojson import parse_geometry
from sync.server.common import dumps, loads
from sync.server.reference import AdminError
from sync.server.schema import agents, events, submissions

SUBMISSION = "submission.recorded"
IMPORTED = "form.imported"  # core/forms/store.py: a form a device imported itself


def submission_row(event: ParsedPayload, received_at: str) -> dict[str, Any]:
    """The `submissions` row of a pushed event; ValueError/TypeError when its data does not fit
    (push_rules turns those into a `data_invalid` quarantine)."""
    data = event.data
    for key in ("id", "form_id", "form_version"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise ValueError(f"submission {key} is not text")
    if len(data["form_id"]) > 64 or len(data["form_version"]) > 64 or len(data["id"]) > 36:
        raise ValueError("submission id, form_id or form_version too long")
    if not isinstance(data.get("answers"), dict):
        raise TypeError("submission answers are not an object")
    taxpayer_id = data.get("taxpayer_id")
    if taxpayer_id is not None and not isinstance(taxpayer_id, str):
        raise TypeError("submission taxpayer_id is not text")
    photos = _attachments(data)
    return {"id": data["id"], "device_id": event.device_id, "event_seq": event.seq, "form_id": data["form_id"],
            "form_version": data["form_version"], "agent_id": event.agent_id, "taxpayer_id": taxpayer_id,
            "answers": dumps(data["answers"]), "geometry": _geometry_text(data.get("geometry")),
            "recorded_at": event.device_time, "received_at": received_at,
            "attachments": dumps(photos) if photos else None}


def _attachments(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The optional `attachments` (core/forms/media.py); an event naming a photo in a shape the
    server could not fetch or export is refused whole, rather than a photo silently dropped."""
    from core.forms.media import attachments_of

    if data.get("attachments") is None:
        return []
    found = attachments_of(data)
    if not isinstance(data["attachments"], list) or len(found) != len(data["attachments"]):
        raise ValueError("submission attachments are not a list of {name, sha256, size}")
    return [{k: a.get(k) for k in ("question", "name", "sha256", "size", "type")} for a in found]


def _geometry_text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, (str, dict)):
        raise TypeError("submission geometry is neither GeoJSON text nor an object")
    # ValueError (a data_invalid quarantine) unless a GeoJSON geometry on the globe: the GIS
    # exports and the map read it, and JSON of anything else would pass json.loads.
    if parse_geometry(value) is None:
        raise ValueError("submission geometry is not a GeoJSON geometry on the globe")
    return value if isinstance(value, str) else dumps(value)


def versions_of(conn: Connection, form_id: str) -> list[str]:
    """The versions of a form that have submissions."""
    query = select(submissions.c.form_version).where(submissions.c.form_id == form_id).distinct()
    return sorted(conn.execute(query).scalars())


def rows_of(conn: Connection, form_id: str, version: str) -> Iterator[tuple[str, dict[str, Any], dict[str, Any]]]:
    """(submission id, answers, meta) in order of recording: what write_submissions_csv takes."""
    names = {r.id: r.name for r in conn.execute(select(agents.c.id, agents.c.name))}
    query = select(submissions).where(submissions.c.form_id == form_id, submissions.c.form_version == version) \
        .order_by(submissions.c.recorded_at, submissions.c.id)
    for row in conn.execute(query).mappings():
        # core.forms.csv_export.META_COLUMNS, as ODK Central fills them: SubmissionDate is when
        # the server received it (the device's own time is in the event and in `recorded_at`).
        meta = {"SubmissionDate": row["received_at"], "SubmitterID": row["agent_id"] or "",
                "SubmitterName": names.get(row["agent_id"], ""), "DeviceID": row["device_id"],
                "TaxpayerID": row["taxpayer_id"] or "", "FormVersion": row["form_version"]}
        yield row["id"], loads(row["answers"]), meta


def export(conn: Connection, form_id: str, version: str | None, out_dir: Path,
           data_dir: Path | None = None) -> dict[str, Any]:
    """Write the submissions of a form version (default: the latest published version that has
    any) as CSV into `out_dir`, one file per repeat; with the server's `data_dir`, their photos
    too, in out_dir/media/ (sync/server/attachments.py; a photo not received is listed).
    The form's definition is the published one, else the one a device imported itself and
    pushed (its `form.imported` event carries it)."""
    from core.forms.csv_export import write_submissions_csv  # helper submissions' writer
    from core.forms.serialize import form_from_json  # helper forms-loader's
    from sync.server.census_forms import definition_of

    if version is None:
        version = _latest_version(conn, form_id)
    definition = definition_of(conn, form_id, version) or imported_definition(conn, form_id, version)
    if definition is None:
        raise AdminError(f"form {form_id} version {version} is neither published on this server nor imported by "
                         f"a device that pushed it (`quittance-server form list`)")
    form = form_from_json(definition)
    rows = list(rows_of(conn, form_id, version))
    out_dir.mkdir(parents=True, exist_ok=True)
    files = write_submissions_csv(form, iter(rows), out_dir)
    done = {"form_id": form_id, "version": version, "submissions": len(rows),
            "files": [str(Path(f)) for f in files], "out": str(out_dir)}
    if data_dir is not None:
        from sync.server import attachments

        listed = conn.execute(select(submissions.c.attachments).where(
            submissions.c.form_id == form_id, submissions.c.form_version == version,
            submissions.c.attachments.is_not(None)).order_by(submissions.c.recorded_at, submissions.c.id)).scalars()
        done.update(attachments.export_media(conn, data_dir, attachments.entries_of(listed), out_dir))
    return done


def imported_definition(conn: Connection, form_id: str, version: str) -> dict[str, Any] | None:
    """The definition of a form a device imported itself (event `form.imported`, pushed like any
    other; a handful per server), so that its submissions export too."""
    query = select(events.c.payload).where(events.c.type == IMPORTED).order_by(events.c.arrival)
    for payload in conn.execute(query).scalars():
        try:
            data = json.loads(payload)["data"]
            if data["form_id"] == form_id and data["version"] == version and isinstance(data["definition"], dict):
                return data["definition"]
        except (ValueError, KeyError, TypeError):
            continue  # an event that does not read: quarantined at push, never a definition
    return None


def _latest_version(conn: Connection, form_id: str) -> str:
    """The latest published version with submissions; else the newest version with submissions;
    else the latest published."""
    from sync.server.census_forms import list_forms

    published = [f["version"] for f in list_forms(conn) if f["form_id"] == form_id]
    with_rows = versions_of(conn, form_id)
    for version in reversed(published):
        if version in with_rows:
            return version
    if with_rows:
        return with_rows[-1]
    if published:
        return published[-1]
    raise AdminError(f"form {form_id} is not published on this server and has no submission "
                     f"(`quittance-server form list`)")
