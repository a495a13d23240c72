"""The census declaration of a form: which answers become a taxpayer and taxable objects.

An XLSForm author writes it in one extra survey column, `quittance` (pyxform keeps unknown
columns and ignores them, so the same workbook still loads in ODK and Kobo):

- on a question, `taxpayer.FIELD`: the answer fills that field of the taxpayer the submission
  creates or updates (FIELD: id, name, kind, business_name, id_number, phone, zone, address,
  location; `location` on a geopoint). Such questions sit outside any repeat.
- on a `begin_repeat` row, `object:KIND`: each instance of the repeat is one taxable object of
  that kind (core/registry.py OBJECT_KINDS: property, business_premises, ...). One per form.
- on a question inside that repeat, `object.FIELD`: `reference` and `description` are the
  object's own fields; any other name (`surface_m2`) is an attribute, which the tax schedule
  reads (rate_attribute).

A form that declares anything must say who the taxpayer is (`taxpayer.name` or `taxpayer.id`),
and an object repeat must give `object.reference`. Anything else in the column is refused, naming
its cell."""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.forms.model import CensusTarget, CellRef, Question
from core.forms.refusal import refused
from core.registry import OBJECT_KINDS

COLUMN = "quittance"
TAXPAYER_FIELDS = ("id", "name", "kind", "business_name", "id_number", "phone", "zone", "address", "location")
OBJECT_FIELDS = ("reference", "description")
_ATTRIBUTE = re.compile(r"[a-z][a-z0-9_]{0,39}")


@dataclass(frozen=True)
class Declared:
    """One non-empty `quittance` cell, with the question it stands on."""
    value: str
    question: Question
    cell: CellRef
    repeats: tuple[str, ...]  # paths of the repeats around the question, outermost first


def census_target(declared: list[Declared]) -> CensusTarget | None:
    """The CensusTarget the cells declare, None when there are none; refuses a bad cell."""
    if not declared:
        return None
    taxpayer: dict[str, str] = {}
    object_repeat: str | None = None
    object_kind: str | None = None
    repeat_cell: CellRef | None = None
    for item in declared:  # the repeat first: objects' fields are checked against it
        if not item.value.startswith("object:"):
            continue
        kind = item.value.split(":", 1)[1].strip()
        if item.question.type != "repeat" or item.repeats:
            raise refused(item.cell, "form_census_repeat", value=item.value)
        if object_repeat is not None:
            raise refused(item.cell, "form_census_twice", value="object:")
        if kind not in OBJECT_KINDS:
            raise refused(item.cell, "form_census_kind", kind=kind, kinds=", ".join(OBJECT_KINDS))
        object_repeat, object_kind, repeat_cell = item.question.path, kind, item.cell
    objects: dict[str, str] = {}
    for item in declared:
        value = item.value
        if value.startswith("object:"):
            continue
        target, _, name = value.partition(".")
        if item.question.is_container:
            raise refused(item.cell, "form_census_unknown", value=value)
        if target == "taxpayer" and name in TAXPAYER_FIELDS:
            if item.repeats:
                raise refused(item.cell, "form_census_in_repeat", value=value)
            if name in taxpayer:
                raise refused(item.cell, "form_census_twice", value=value)
            if (name == "location") != (item.question.type == "geopoint"):
                raise refused(item.cell, "form_census_location", value=value)
            taxpayer[name] = item.question.path
        elif target == "object" and (name in OBJECT_FIELDS or _ATTRIBUTE.fullmatch(name or "")):
            if object_repeat is None or not item.repeats or item.repeats[-1] != object_repeat:
                raise refused(item.cell, "form_census_outside", value=value)
            if name in objects:
                raise refused(item.cell, "form_census_twice", value=value)
            objects[name] = item.question.path[len(object_repeat) + 1:]
        else:
            raise refused(item.cell, "form_census_unknown", value=value)
    if "name" not in taxpayer and "id" not in taxpayer:
        raise refused(declared[0].cell, "form_census_who")
    if object_repeat is not None and "reference" not in objects:
        raise refused(repeat_cell, "form_census_reference", value=f"object:{object_kind}")
    return CensusTarget(taxpayer_fields=taxpayer, object_repeat=object_repeat, object_kind=object_kind,
                        object_fields=objects)
