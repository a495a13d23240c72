"""The forms a device holds: the `forms` table (migration v14), its two writers, and its reads.

A form imported on the device is an event, `form.imported`, whose data carries the whole
serialized definition; its projection writes the row (origin 'local'), so `verify` rebuilds the
table by replay (core/replay.py compares it). A form published on the server arrives as a pulled
reference record of kind `form` (core/reference.py) and is written with origin 'server' and the
server's version, without an event (invariant 10).

A form is identified by (form_id, version). The same pair never holds two definitions: importing
it again with the same definition changes nothing, with another is refused (raise the version).
A server record never replaces a form this device imported itself: that row is the chain's."""
from __future__ import annotations

import json
import re
from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from core.canonical import canonical_json
from core.context import WriteContext
from core.errors import QuittanceError
from core.forms.model import Form, localized
from core.forms.serialize import form_from_json, form_to_json
from core.projections import Applied

EVENT = "form.imported"
TABLE_SQL = """CREATE TABLE forms (
    form_id TEXT NOT NULL,
    version TEXT NOT NULL,
    title TEXT NOT NULL,
    definition TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('local', 'server')),
    added_at TEXT NOT NULL,
    server_version INTEGER,
    PRIMARY KEY (form_id, version)
) WITHOUT ROWID"""


@dataclass(frozen=True)
class FormSummary:
    form_id: str
    version: str
    title: str
    question_count: int
    origin: str  # 'local' (imported here) or 'server' (pulled)
    added_at: str

    @property
    def id(self) -> str:
        return f"{self.form_id}@{self.version}"


def migrate_v14(conn: sqlite3.Connection) -> None:
    """Census questionnaires (issue 12): the forms this device holds, imported here (built from
    `form.imported` events, compared by verify) or pulled from the server (reference data)."""
    conn.execute(TABLE_SQL)


def _row(conn: sqlite3.Connection, definition: dict[str, Any], origin: str, added_at: str,
         server_version: int | None) -> None:
    form = form_from_json(definition)  # a definition that does not read is never stored
    conn.execute("INSERT INTO forms (form_id, version, title, definition, origin, added_at, server_version) "
                 "VALUES (?,?,?,?,?,?,?)",
                 (form.form_id, form.version, localized(form.title, form.default_language),
                  canonical_json(definition), origin, added_at, server_version))


def form_imported(conn: sqlite3.Connection, data: dict, at: Applied) -> None:
    """The projection of `form.imported`: live and in verify's replay."""
    _row(conn, data["definition"], "local", at.device_time, None)


def import_form(conn: sqlite3.Connection, ctx: WriteContext, form: Form) -> bool:
    """Record a loaded form (core/forms/xlsform.py); True when recorded, False when this very
    definition was already here."""
    definition = form_to_json(form)
    existing = conn.execute("SELECT definition FROM forms WHERE form_id = ? AND version = ?",
                            (form.form_id, form.version)).fetchone()
    if existing is not None:
        if json.loads(existing[0]) == definition:
            return False
        raise QuittanceError("form_version_exists", form_id=form.form_id, version=form.version)
    ctx.record(conn, EVENT, {"form_id": form.form_id, "version": form.version, "definition": definition},
               entity_id=f"{form.form_id}@{form.version}")
    return True


def apply_server_form(conn: sqlite3.Connection, record_id: str, data: dict, version: int | None, origin: str) -> bool:
    """A `form` reference record: {"form_id", "version", "definition"}; id "<form_id>@<version>"."""
    form_id, form_version, definition = data["form_id"], data["version"], data["definition"]
    if not isinstance(definition, dict) or f"{form_id}@{form_version}" != record_id:
        raise QuittanceError("server_record_invalid", kind="form", field="definition")
    form = form_from_json(definition)
    if (form.form_id, form.version) != (form_id, form_version):
        raise QuittanceError("server_record_invalid", kind="form", field="version")
    existing = conn.execute("SELECT origin FROM forms WHERE form_id = ? AND version = ?",
                            (form_id, form_version)).fetchone()
    if existing is not None and existing[0] == "local":
        return False  # imported here: the chain's row stays (same id and version: the same form)
    conn.execute("DELETE FROM forms WHERE form_id = ? AND version = ?", (form_id, form_version))
    _row(conn, definition, "server", datetime.now(timezone.utc).isoformat(timespec="seconds"),
         version if origin == "server" else None)
    return True


def _version_key(version: str) -> tuple:
    """"2026112901" after "2026112813", "1.10" after "1.9": numbers compare as numbers."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.findall(r"\d+|\D+", version))


def list_forms(conn: sqlite3.Connection) -> list[FormSummary]:
    """The forms an agent can open. A definition damaged behind the app's back (which `verify`
    reports: forms are built from events) is left out, so it does not hide every other form."""
    rows = conn.execute("SELECT form_id, version, title, definition, origin, added_at FROM forms").fetchall()
    summaries = []
    for r in rows:
        try:
            summaries.append(FormSummary(r[0], r[1], r[2], _form(r[0], r[1], r[3]).question_count, r[4], r[5]))
        except QuittanceError:
            continue
    return sorted(summaries, key=lambda s: (s.form_id, _version_key(s.version)))


def _form(form_id: str, version: str, definition: str) -> Form:
    try:
        data = json.loads(definition)
    except (TypeError, ValueError):
        raise QuittanceError("form_damaged", form_id=form_id, version=version) from None
    return form_from_json(data)


def get_form(conn: sqlite3.Connection, form_id: str, version: str | None = None) -> Form:
    """The form at that version; its latest version when `version` is None."""
    if version is not None:
        row = conn.execute("SELECT version, definition FROM forms WHERE form_id = ? AND version = ?",
                           (form_id, version)).fetchone()
    else:
        rows = conn.execute("SELECT version, definition FROM forms WHERE form_id = ?", (form_id,)).fetchall()
        row = max(rows, key=lambda r: _version_key(r[0])) if rows else None
    if row is None:
        raise QuittanceError("form_unknown", form_id=form_id, version=version or "")
    return _form(form_id, row[0], row[1])
