"""Published census forms (issue 12): a form version is published once, never changed, and
pulled by every device with the reference data as a `form` record.

The definition is core.forms.serialize.form_to_json's dict, kept as canonical JSON: that is
what a pull page signs, so a definition holding a float is refused here rather than at pull."""
from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from core.canonical import canonical_json
from sync.server.changelog import record_change
from sync.server.common import loads, now_iso, sha256_hex
from sync.server.reference import AdminError
from sync.server.schema import forms

KIND = "form"


def record_id(form_id: str, version: str) -> str:
    """The pulled record's id: "<form_id>@<version>" (the device's applier splits it back)."""
    return f"{form_id}@{version}"


def load_definition(path: Path) -> dict[str, Any]:
    """An XLSForm workbook as the serialized form devices receive (core.forms loader and serializer)."""
    from core.errors import QuittanceError
    from core.forms.serialize import form_to_json  # helper forms-loader's modules
    from core.forms.xlsform import load_xlsform

    if not path.is_file():
        raise AdminError(f"{path}: no such file")
    try:
        return form_to_json(load_xlsform(path))
    except QuittanceError as error:  # form_refused, naming the sheet, row and column
        raise AdminError(f"{path.name}: {error}") from None


def publish(conn: Connection, definition: dict[str, Any], *, by: str | None = None) -> dict[str, Any]:
    """Publish one form version from its serialized definition. The same content again is no
    change (`published` False); a different content under a published version is refused."""
    form_id, version = definition.get("form_id"), definition.get("version")
    if not isinstance(form_id, str) or not form_id or not isinstance(version, str) or not version:
        raise AdminError("the form has no form_id or no version (XLSForm settings sheet)")
    if len(record_id(form_id, version)) > 64 or "@" in form_id:  # the change log's record id holds both
        raise AdminError(f"form id {form_id!r} with version {version!r} is too long (63 characters together "
                         f"at most) or the id holds '@'")
    try:
        text = canonical_json(definition)
    except TypeError as exc:
        raise AdminError(f"form {form_id} version {version}: {exc}") from None
    digest = sha256_hex(text)
    title = definition.get("title") or {}
    row = conn.execute(select(forms.c.sha256, forms.c.published_at, forms.c.published_by)
                       .where(forms.c.form_id == form_id, forms.c.version == version)).first()
    summary = {"form_id": form_id, "version": version, "title": title, "sha256": digest,
               "questions": question_count(definition)}
    if row is not None:
        if row.sha256 != digest:
            raise AdminError(f"form {form_id} version {version} is published already with a different content; "
                             f"give the changed form a new version (XLSForm settings sheet)")
        return {**summary, "published": False, "published_at": row.published_at, "published_by": row.published_by}
    at, who = now_iso(), by or _account()
    conn.execute(forms.insert().values(form_id=form_id, version=version, title=canonical_json(title),
                                       definition=text, sha256=digest, published_at=at, published_by=who))
    record_change(conn, KIND, record_id(form_id, version), 1,
                  {"form_id": form_id, "version": version, "definition": definition})
    return {**summary, "published": True, "published_at": at, "published_by": who}


def list_forms(conn: Connection) -> list[dict[str, Any]]:
    """Every published version, by form id then publication time."""
    rows = conn.execute(select(forms).order_by(forms.c.form_id, forms.c.published_at, forms.c.version)).mappings()
    return [{"form_id": r["form_id"], "version": r["version"], "title": loads(r["title"]),
             "questions": question_count(loads(r["definition"])), "sha256": r["sha256"],
             "published_at": r["published_at"], "published_by": r["published_by"]} for r in rows]


def definition_of(conn: Connection, form_id: str, version: str | None = None) -> dict[str, Any] | None:
    """A published definition: that version, or the latest published when None."""
    query = select(forms.c.definition).where(forms.c.form_id == form_id)
    query = query.where(forms.c.version == version) if version is not None else \
        query.order_by(forms.c.published_at.desc(), forms.c.version.desc()).limit(1)
    text = conn.execute(query).scalar_one_or_none()
    return loads(text)


def question_count(definition: dict[str, Any]) -> int:
    """Questions an agent meets (Form.question_count), else counted on the serialized tree."""
    try:
        from core.forms.serialize import form_from_json

        return form_from_json(definition).question_count
    except Exception:  # noqa: BLE001 - the loader's module absent or another format: count the tree
        pass

    def count(nodes: Any) -> int:
        total = 0
        for node in nodes or ():
            if not isinstance(node, dict):
                continue
            kind = node.get("type")
            if kind in ("group", "repeat"):
                total += count(node.get("children"))
            elif kind != "calculate":
                total += 1
        return total
    return count(definition.get("children"))


def title_text(title: Any, language: str = "en") -> str:
    if isinstance(title, dict):
        for key in (language, "", *title):
            if title.get(key):
                return str(title[key])
    return str(title or "")


def _account() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
