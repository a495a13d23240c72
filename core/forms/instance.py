"""The form's instance as an lxml tree: what XPath runs over, built from and back to the answers
tree of model.py (groups are dicts, repeats lists of dicts, leaves strings)."""
from __future__ import annotations

import re

from lxml import etree

from core.forms.model import Form, Question

_STEP = re.compile(r"^([^\[\]]+)(?:\[(\d+)\])?$")


def build(form: Form, answers: dict | None) -> etree._Element:
    """An instance element tree with every question of the form; repeats get the instances the
    answers hold (none yet for a new form: the session adds them)."""
    root = etree.Element(form.root)
    _fill(root, form.children, answers or {})
    return root


def _fill(parent: etree._Element, questions, answers: dict) -> None:
    for question in questions:
        value = answers.get(question.name) if isinstance(answers, dict) else None
        if question.type == "repeat":
            for instance in value if isinstance(value, list) else []:
                new_instance(parent, question, instance if isinstance(instance, dict) else {})
        elif question.type == "group":
            element = etree.SubElement(parent, question.name)
            _fill(element, question.children, value if isinstance(value, dict) else {})
        else:
            element = etree.SubElement(parent, question.name)
            element.text = value if isinstance(value, str) else ("" if value is None else str(value))


def new_instance(parent: etree._Element, repeat: Question, answers: dict | None = None,
                 *, following: tuple[str, ...] = ()) -> etree._Element:
    """A repeat instance with its questions (answered from `answers`, else blank), placed after the
    repeat's last instance, or for a first one before the element of the next question in the form
    (`following`: the names of the questions after the repeat in its parent)."""
    element = etree.Element(repeat.name)
    _fill(element, repeat.children, answers or {})
    last = None
    for child in parent:
        if child.tag == repeat.name:
            last = child
    if last is not None:
        last.addnext(element)
        return element
    for child in parent:
        if child.tag in following:
            child.addprevious(element)
            return element
    parent.append(element)
    return element


def to_answers(element: etree._Element, questions, raw: dict | None = None) -> dict:
    """The answers tree of an element (the root, a group, or a repeat instance); `raw` holds the
    text of answers kept out of the instance (see FormSession._store)."""
    raw = raw or {}
    result: dict = {}
    by_name = {child.tag: child for child in element} if len(element) < 64 else None
    for question in questions:
        if question.type == "repeat":
            result[question.name] = [to_answers(child, question.children, raw)
                                     for child in element if child.tag == question.name]
            continue
        child = by_name.get(question.name) if by_name is not None else element.find(question.name)
        if child is None:
            result[question.name] = {} if question.type == "group" else ""
        elif question.type == "group":
            result[question.name] = to_answers(child, question.children, raw)
        else:
            result[question.name] = raw.get(child, child.text or "")
    return result


def ref_of(element: etree._Element, repeat_tags: set[str] | None = None) -> str:
    """The element's ref, with 1-based positions on repeat instances ("/c/h[2]/age")."""
    parts = []
    node = element
    while node is not None:
        parent = node.getparent()
        step = node.tag
        if parent is not None and repeat_tags is not None and _path_of(node) in repeat_tags:
            index = 1
            for sibling in parent:
                if sibling is node:
                    break
                if sibling.tag == node.tag:
                    index += 1
            step = f"{step}[{index}]"
        parts.append(step)
        node = parent
    return "/" + "/".join(reversed(parts))


def _path_of(element: etree._Element) -> str:
    parts = []
    node = element
    while node is not None:
        parts.append(node.tag)
        node = node.getparent()
    return "/" + "/".join(reversed(parts))


path_of = _path_of


def find(root: etree._Element, ref: str) -> etree._Element | None:
    """The element a ref names; a step without a position means the first instance."""
    steps = [s for s in ref.split("/") if s]
    if not steps or steps[0] != root.tag:
        return None
    node = root
    for step in steps[1:]:
        match = _STEP.match(step)
        if not match:
            return None
        name, position = match.group(1), int(match.group(2) or 1)
        seen = 0
        found = None
        for child in node:
            if child.tag == name:
                seen += 1
                if seen == position:
                    found = child
                    break
        if found is None:
            return None
        node = found
    return node
