"""A Form as JSON and back, losslessly: what the device stores (forms.definition, the
`form.imported` event) and what the server sends devices in a `form` reference record.

Once it leaves the device this is a contract: `"format": 1` names this layout, and
tests/fixtures/forms/format1_vector.json is a fixed vector a change must keep reading. A later
layout takes a new number; a reader refuses a number it does not know rather than guess."""
from __future__ import annotations

from typing import Any, Mapping

from core.errors import QuittanceError
from core.forms.model import CensusTarget, CellRef, Choice, Form, Question

FORMAT = 1


def form_to_json(form: Form) -> dict[str, Any]:
    """Plain JSON types only (no floats): it goes into canonical event payloads."""
    return {
        "format": FORMAT,
        "form_id": form.form_id,
        "version": form.version,
        "title": dict(form.title),
        "root": form.root,
        "languages": list(form.languages),
        "default_language": form.default_language,
        "children": [_question_to_json(q) for q in form.children],
        "choice_lists": {name: [_choice_to_json(c) for c in choices] for name, choices in form.choice_lists.items()},
        "census": None if form.census is None else {
            "taxpayer_fields": dict(form.census.taxpayer_fields),
            "object_repeat": form.census.object_repeat,
            "object_kind": form.census.object_kind,
            "object_fields": dict(form.census.object_fields),
        },
    }


def form_from_json(data: Mapping[str, Any]) -> Form:
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise QuittanceError("form_format_unknown", format=str(data.get("format") if isinstance(data, Mapping)
                                                               else type(data).__name__))
    try:
        census = data.get("census")
        return Form(
            form_id=str(data["form_id"]), version=str(data["version"]), title=_texts(data.get("title")),
            root=str(data["root"]), children=tuple(_question_from_json(q) for q in data.get("children", ())),
            choice_lists={str(name): tuple(_choice_from_json(c) for c in choices)
                          for name, choices in (data.get("choice_lists") or {}).items()},
            languages=tuple(str(x) for x in data.get("languages", ())),
            default_language=str(data.get("default_language") or ""),
            census=None if census is None else CensusTarget(
                taxpayer_fields=_texts(census.get("taxpayer_fields")), object_repeat=census.get("object_repeat"),
                object_kind=census.get("object_kind"), object_fields=_texts(census.get("object_fields"))),
        )
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise QuittanceError("form_format_unknown", format=f"{FORMAT}: {type(error).__name__} {error}"[:80]) \
            from None


def _texts(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in (value or {}).items()}


# Optional fields are written only when set, so a stored definition stays small (a 300-question
# form is read at every opening of the form).
_OPTIONAL_TEXTS = ("labels", "hints", "required_message", "constraint_message", "parameters")
_OPTIONAL_VALUES = ("required", "relevant", "constraint", "calculate", "default", "choice_list", "choice_filter",
                    "repeat_count")


def _question_to_json(q: Question) -> dict[str, Any]:
    out: dict[str, Any] = {"name": q.name, "type": q.type, "path": q.path}
    for key in _OPTIONAL_TEXTS:
        value = getattr(q, key)
        if value:
            out[key] = dict(value)
    for key in _OPTIONAL_VALUES:
        value = getattr(q, key)
        if value is not None:
            out[key] = value
    if q.read_only:
        out["read_only"] = True
    if q.appearance:
        out["appearance"] = q.appearance
    if q.children:
        out["children"] = [_question_to_json(c) for c in q.children]
    if q.source is not None:
        out["source"] = [q.source.sheet, q.source.row, q.source.column]
    return out


def _question_from_json(data: Mapping[str, Any]) -> Question:
    source = data.get("source")
    return Question(
        name=str(data["name"]), type=str(data["type"]), path=str(data["path"]),
        **{key: _texts(data.get(key)) for key in _OPTIONAL_TEXTS},
        **{key: (None if data.get(key) is None else str(data[key])) for key in _OPTIONAL_VALUES},
        read_only=bool(data.get("read_only", False)), appearance=str(data.get("appearance") or ""),
        children=tuple(_question_from_json(c) for c in data.get("children", ())),
        source=None if source is None else CellRef(str(source[0]), int(source[1]), str(source[2])),
    )


def _choice_to_json(choice: Choice) -> dict[str, Any]:
    out: dict[str, Any] = {"name": choice.name, "labels": dict(choice.labels)}
    if choice.extra:
        out["extra"] = dict(choice.extra)
    return out


def _choice_from_json(data: Mapping[str, Any]) -> Choice:
    return Choice(name=str(data["name"]), labels=_texts(data.get("labels")), extra=_texts(data.get("extra")))
