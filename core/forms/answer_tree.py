"""Walking a form's answer tree (core/forms/model.py) in form order, without the engine.

Submissions, their geometry, the census link and the CSV export only read answers; they need the
tree's shape, not its expressions, so the server can use this module too (no device imports)."""
from __future__ import annotations

from typing import Any, Iterator, Mapping

from core.forms.model import Form, Question


def root_answers(form: Form, answers: Mapping[str, Any] | None) -> Mapping[str, Any]:
    """The root's dict of child name -> answer. A tree wrapped in its root element's name
    ({"census": {...}}) is unwrapped, so either spelling of the same answers reads the same."""
    if not answers:
        return {}
    names = {question.name for question in form.children}
    if set(answers) == {form.root} and form.root not in names and isinstance(answers[form.root], Mapping):
        return answers[form.root]
    return answers


def leaves(form: Form, answers: Mapping[str, Any] | None) -> Iterator[tuple[Question, str, str]]:
    """(question, ref, value) of every leaf answered or not, repeat instances included, in form order."""
    yield from _walk(form.children, root_answers(form, answers), f"/{form.root}")


def _walk(questions: tuple[Question, ...], node: Mapping[str, Any], prefix: str) -> Iterator[tuple[Question, str, str]]:
    for question in questions:
        ref = f"{prefix}/{question.name}"
        value = node.get(question.name) if isinstance(node, Mapping) else None
        if question.type == "repeat":
            for position, instance in enumerate(value if isinstance(value, list) else [], start=1):
                yield from _walk(question.children, instance if isinstance(instance, Mapping) else {},
                                 f"{ref}[{position}]")
        elif question.type == "group":
            yield from _walk(question.children, value if isinstance(value, Mapping) else {}, ref)
        else:
            yield question, ref, value if isinstance(value, str) else ("" if value is None else str(value))


def value_at(form: Form, answers: Mapping[str, Any] | None, path: str) -> str:
    """The answer at a question path without positions ("/census/owner/name"), outside repeats;
    the first instance's when the path crosses a repeat. "" when unanswered."""
    for question, _ref, value in leaves(form, answers):
        if question.path == path:
            return value
    return ""


def repeat_instances(form: Form, answers: Mapping[str, Any] | None, repeat_path: str) -> list[Mapping[str, Any]]:
    """Every instance of the repeat at `repeat_path`, across the instances of repeats around it."""
    found: list[Mapping[str, Any]] = []

    def visit(questions: tuple[Question, ...], node: Any) -> None:
        for question in questions:
            value = node.get(question.name) if isinstance(node, Mapping) else None
            if question.path == repeat_path:
                found.extend(i for i in (value if isinstance(value, list) else []) if isinstance(i, Mapping))
            elif question.type == "repeat" and repeat_path.startswith(question.path + "/"):
                for instance in value if isinstance(value, list) else []:
                    visit(question.children, instance)
            elif question.type == "group" and repeat_path.startswith(question.path + "/"):
                visit(question.children, value)

    visit(form.children, root_answers(form, answers))
    return found


def relative_value(repeat: Question, instance: Mapping[str, Any], path: str) -> str:
    """The answer at `path` inside one repeat instance: `path` is a question path under the repeat
    ("/census/building/floor_area"), or relative to it ("floor_area", "details/floor_area")."""
    relative = path[len(repeat.path) + 1:] if path.startswith(repeat.path + "/") else path.lstrip("./")
    node: Any = instance
    for step in relative.split("/"):
        node = node.get(step) if isinstance(node, Mapping) else None
    return node if isinstance(node, str) else ""
