"""The census link to the tax roll: what a finished form does to the registry (Form.census).

A submission registers a taxpayer (or updates the one the draft was started from) and adds one
taxable object per instance of the form's object repeat, through the registry's own calls
(core/registry.py) in the submission's transaction. Those calls write their own events
(`taxpayer.registered`, `taxpayer.updated`, `taxable_object.added`) and assess each object from
the schedule (`assessment.created`) exactly as a manual registration does, so a building counted
by census owes what the same building registered by hand owes."""
from __future__ import annotations

from core import sqlite_driver as sqlite3  # SQLCipher, shaped like stdlib sqlite3
from dataclasses import dataclass, field
from typing import Any, Mapping

from core import registry
from core.context import WriteContext
from core.forms.answer_tree import leaves, relative_value, repeat_instances, root_answers
from core.forms.geometry import parse_points
from core.forms.model import CensusTarget, Form, Question

# Taxpayer fields a form may fill, as register_taxpayer names them; "location" takes a geopoint,
# "id" names an existing taxpayer to update (core/forms/census_decl.py declares them).
TAXPAYER_FIELDS = ("name", "kind", "business_name", "phone", "id_number", "zone", "address", "location")
OBJECT_FIELDS = ("reference", "description")  # anything else is an attribute (surface_m2...)


@dataclass(frozen=True)
class CensusResult:
    taxpayer_id: str | None = None
    registered: bool = False  # True: this submission registered the taxpayer; False: updated, or none
    object_ids: tuple[str, ...] = field(default_factory=tuple)


def apply_census(conn: sqlite3.Connection, ctx: WriteContext, form: Form, answers: Mapping[str, Any], *,
                 submission_id: str, taxpayer_id: str | None = None) -> CensusResult:
    """Apply `form.census` to the submission's answers (non-relevant ones already blanked).
    `taxpayer_id`: the taxpayer whose card the draft was started from, updated rather than
    registered. A form without a census target changes nothing."""
    target = form.census
    if target is None:
        return CensusResult(taxpayer_id)
    fields = _taxpayer_fields(form, answers, target)
    named = fields.pop("id", None)
    if taxpayer_id is None and named is not None:  # the form names a taxpayer already on the roll
        registry.get_taxpayer_row(conn, named)  # unknown_taxpayer when it is not
        taxpayer_id = named
    registered = False
    if taxpayer_id is not None:
        _update_taxpayer(conn, ctx, taxpayer_id, fields)
    elif target.taxpayer_fields or target.object_kind:
        # register_taxpayer refuses a missing name (name_required) as the registration screen does.
        taxpayer_id = registry.register_taxpayer(conn, ctx, **fields)
        registered = True
    object_ids = []
    for number, (kind, reference, description, attributes) in enumerate(_objects(form, answers, target), start=1):
        object_ids.append(registry.add_taxable_object(
            conn, ctx, taxpayer_id=taxpayer_id, kind=kind,
            reference=reference or f"{form.form_id}-{submission_id.replace('-', '')[-8:].upper()}-{number}",
            description=description, attributes=attributes))
    return CensusResult(taxpayer_id, registered, tuple(object_ids))


def _taxpayer_fields(form: Form, answers: Mapping[str, Any], target: CensusTarget) -> dict[str, Any]:
    """register_taxpayer's keyword arguments from the answers; unanswered fields are left out."""
    values = {question.path: (question, value) for question, _ref, value in leaves(form, answers)
              if "[" not in _ref}  # outside repeats: one taxpayer per submission
    fields: dict[str, Any] = {}
    for name, path in target.taxpayer_fields.items():
        question, value = values.get(path, (None, ""))
        if not value.strip():
            continue
        if name == "location":
            fields["location"] = _location(value)
        elif name in TAXPAYER_FIELDS or name == "id":
            fields[name] = value.strip()
    if "location" not in fields and "location" not in target.taxpayer_fields:
        # No geopoint named: the form's first one outside repeats, if answered.
        for question, value in values.values():
            if question.type == "geopoint" and value.strip():
                fields["location"] = _location(value)
                break
    return {k: v for k, v in fields.items() if v is not None}


def _location(text: str) -> registry.Location | None:
    points = parse_points(text)
    if len(points) != 1:
        return None
    lon, lat = points[0]
    parts = text.split()
    try:
        accuracy = float(parts[3]) if len(parts) > 3 else None
    except ValueError:
        accuracy = None
    if accuracy is not None and not registry.ACCURACY_RANGE_M[0] <= accuracy <= registry.ACCURACY_RANGE_M[1]:
        accuracy = None  # ODK writes 0 when the receiver gave none
    return registry.Location(lat, lon, accuracy, "gps")


def _update_taxpayer(conn: sqlite3.Connection, ctx: WriteContext, taxpayer_id: str, fields: dict[str, Any]) -> None:
    """The census answers over the card the draft was started from: only answered fields change."""
    changes: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "location":
            changes.update(latitude=value.latitude, longitude=value.longitude, accuracy_m=value.accuracy_m,
                           location_source=value.source)
        elif name != "kind" or value in ("person", "business"):  # as register_taxpayer, which drops others
            changes["zone_id" if name == "zone" else name] = value
    current = registry.get_taxpayer_row(conn, taxpayer_id)
    if changes:
        registry.update_taxpayer(conn, ctx, taxpayer_id, changes, current["version"])


def _objects(form: Form, answers: Mapping[str, Any], target: CensusTarget):
    """(kind, reference, description, attributes) of each taxable object the answers describe."""
    if not target.object_kind:
        return
    if target.object_repeat:
        repeat = form.question(target.object_repeat)
        instances = repeat_instances(form, answers, repeat.path)
    else:  # no repeat: the whole form describes one object
        repeat = Question(name=form.root, type="group", path=f"/{form.root}", children=form.children)
        instances = [root_answers(form, answers)]
    types = {q.path: q.type for q in repeat.walk()}
    for instance in instances:
        kind, reference, description, attributes = target.object_kind, None, None, {}
        for name, path in target.object_fields.items():
            value = relative_value(repeat, instance, path).strip()
            if not value:
                continue
            if name == "reference":
                reference = value
            elif name == "description":
                description = value
            else:
                absolute = path if path.startswith("/") else f"{repeat.path}/{path.lstrip('./')}"
                attributes[name] = _typed(types.get(absolute, "text"), value)
        yield kind, reference, description, attributes


def _typed(question_type: str, value: str) -> Any:
    """An attribute as the registration screen stores it: a whole number as a number (the
    schedule multiplies by it), a decimal as its text (event payloads take no floats)."""
    if question_type in ("integer", "decimal"):
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if number.is_integer() else value
    return value
