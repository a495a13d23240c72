"""A form being filled in: its answers, and what its expressions make of them, as ODK Collect does.

- non-relevant answers stay in the tree (they come back if the question does) but are blanked by
  `submission_answers`;
- calculations re-run after every change, in dependency order, and only those that read it;
- defaults apply when the form and each repeat instance are created;
- a repeat with a count keeps as many instances as its expression says;
- an answer of the wrong type is a problem with a message, never a crash.

The instance is an lxml tree (instance.py) that the compiled expressions (graph.py) run over."""
from __future__ import annotations

import math
import re
from datetime import datetime
from typing import Callable

from lxml import etree

from core.forms import engine_texts, instance
from core.forms.answer_types import type_problem
from core.forms.graph import Compiled, Graph, compile_expression, default_is_expression
from core.forms.model import Choice, Form, Question, Texts, localized, strip_positions
from core.forms.xpath_functions import extensions
from core.forms.xpath_values import to_boolean, to_number, to_string

MAX_REPEAT_COUNT = 500  # a count expression gone wild must not freeze the tablet
_LABEL_PART = re.compile(r"\$\{([^}]+)\}|<output\s+value\s*=\s*(\"[^\"]*\"|'[^']*')\s*/?>")


def _aware_now() -> datetime:
    return datetime.now().astimezone()


class FormSession:
    def __init__(self, form: Form, answers: dict | None = None, *, language: str = "",
                 now: Callable[[], datetime] = _aware_now) -> None:
        self.form = form
        self.language = language
        self._now = now
        self._by_path = {q.path: q for q in form.walk()}
        self._repeat_paths = {q.path for q in form.walk() if q.type == "repeat"}
        self._extensions = extensions(self)
        self.graph = Graph(form, self._extensions)
        self._all_at: dict[str, etree.XPath] = {}
        self._choice_docs: dict[str, tuple[etree._Element, dict]] = {}
        self._label_xpaths: dict[tuple[str, str], etree.XPath] = {}
        self._current: list = []
        self._relevant: dict[etree._Element, bool] = {}
        self._required: dict[etree._Element, bool] = {}
        self._valid: dict[etree._Element, bool] = {}
        self._choices: dict[etree._Element, tuple[Choice, ...]] = {}
        # An answer of the wrong type ("1,5,5" for an integer) is kept as typed for the agent to
        # fix, but expressions read it as blank, as ODK never stores it: no calculation runs on it.
        self._raw: dict[etree._Element, str] = {}
        self.root = instance.build(form, answers)
        for question in form.walk():
            if not question.is_container:
                for element in self._elements_at(question.path):
                    self._store(element, question, element.text or "")
        if answers is None:
            self._open_repeats(self.root, form.children)
            self._apply_defaults(self.root)
        self._run(self.graph.everything(), set())

    # --- the host of the XPath functions ------------------------------------------------------
    def current_nodes(self) -> list:
        return self._current

    def main_root(self) -> list:
        return [self.root]

    def moment(self) -> datetime:
        return self._now()

    def choice_instance(self, list_name: str) -> list:
        return [self._choice_doc(list_name)[0]]

    def choice_label(self, path: str, value: str, context=None) -> str:
        if path.startswith("${") and path.endswith("}"):
            path = self.graph.index.paths.get(path[2:-1].strip(), "")
        question = self._by_path.get(strip_positions(path))
        if question is None or not question.choice_list:
            return ""
        for choice in self.form.choice_lists.get(question.choice_list, ()):
            if choice.name == value:
                return localized(choice.labels, self.language, self.form.default_language)
        return ""

    def _choice_doc(self, list_name: str) -> tuple[etree._Element, dict]:
        """A choice list as ODK's secondary instance: /instance/root/item with name, label, columns."""
        if list_name not in self._choice_docs:
            doc = etree.Element("instance")
            holder = etree.SubElement(doc, "root")
            positions = {}
            for position, choice in enumerate(self.form.choice_lists.get(list_name, ())):
                item = etree.SubElement(holder, "item")
                etree.SubElement(item, "name").text = choice.name
                etree.SubElement(item, "label").text = localized(choice.labels, self.language, self.form.default_language)
                for column, text in choice.extra.items():
                    if re.fullmatch(r"[A-Za-z_][\w.\-]*", column):
                        etree.SubElement(item, column).text = text
                positions[item] = position
            self._choice_docs[list_name] = (doc, positions)
        return self._choice_docs[list_name]

    # --- reading ------------------------------------------------------------------------------
    @property
    def answers(self) -> dict:
        return instance.to_answers(self.root, self.form.children, self._raw)

    def submission_answers(self) -> dict:
        """The answers as they are submitted: every non-relevant answer blanked."""
        return self._blanked(self.root, self.form.children, True)

    def _blanked(self, element, questions, relevant: bool) -> dict:
        result: dict = {}
        for question in questions:
            children = [c for c in element if c.tag == question.name]
            if question.type == "repeat":
                result[question.name] = [self._blanked(c, question.children, relevant and self._relevant.get(c, True))
                                         for c in children]
            elif question.type == "group":
                child = children[0] if children else None
                inner = relevant and (child is None or self._relevant.get(child, True))
                result[question.name] = self._blanked(child, question.children, inner) if child is not None else {}
            else:
                child = children[0] if children else None
                shown = child is not None and relevant and self._relevant.get(child, True)
                result[question.name] = self._raw.get(child, child.text or "") if shown else ""
        return result

    def refs(self) -> list[str]:
        found: list[str] = []
        self._collect_refs(self.root, "/" + self.root.tag, found)
        return found

    def _collect_refs(self, element, prefix: str, found: list[str]) -> None:
        counts: dict[str, int] = {}
        for child in element:
            path = f"{prefix}/{child.tag}"
            if strip_positions(path) in self._repeat_paths:
                counts[child.tag] = counts.get(child.tag, 0) + 1
                path = f"{path}[{counts[child.tag]}]"
            found.append(path)
            self._collect_refs(child, path, found)

    def _element(self, ref: str) -> etree._Element:
        element = instance.find(self.root, ref)
        if element is None:
            raise KeyError(ref)
        return element

    def _question(self, ref: str) -> Question:
        return self._by_path[strip_positions(ref)]

    def _ref(self, element) -> str:
        return instance.ref_of(element, self._repeat_paths)

    def value(self, ref: str) -> str:
        element = self._element(ref)
        if len(element) == 0:
            return self._raw.get(element, element.text or "")
        return "".join(element.itertext())

    def is_relevant(self, ref: str) -> bool:
        node = self._element(ref)
        while node is not None:
            if not self._relevant.get(node, True):
                return False
            node = node.getparent()
        return True

    def is_required(self, ref: str) -> bool:
        return self._required.get(self._element(ref), False)

    def is_read_only(self, ref: str) -> bool:
        question = self._question(ref)
        if question.type in ("calculate", "note") or question.calculate is not None:
            return True
        path = question.path
        while path.count("/") > 1:
            if self._by_path[path].read_only:
                return True
            path = path.rsplit("/", 1)[0]
        return False

    def choices(self, ref: str) -> tuple[Choice, ...]:
        question = self._question(ref)
        if not question.choice_list:
            return ()
        if question.choice_filter:
            return self._choices.get(self._element(ref), ())
        return tuple(self.form.choice_lists.get(question.choice_list, ()))

    def problem(self, ref: str, *, strict: bool = False) -> Texts | None:
        question = self._question(ref)
        element = self._element(ref)
        if question.is_container or question.type in ("note", "calculate") or not self.is_relevant(ref):
            return None
        value = self._raw.get(element, element.text or "")
        wrong_type = self._type_problem(question, value)
        if wrong_type is not None:
            return wrong_type
        if value and not self._valid.get(element, True):
            return question.constraint_message or engine_texts.CONSTRAINT
        if strict and value == "" and self._required.get(element, False):
            return question.required_message or engine_texts.REQUIRED
        return None

    def validate(self) -> list[tuple[str, Texts]]:
        found = []
        for ref in self.refs():
            problem = self.problem(ref, strict=True)
            if problem is not None:
                found.append((ref, problem))
        return found

    def label(self, ref: str) -> str:
        question = self._question(ref)
        text = localized(question.labels, self.language, self.form.default_language)
        if "${" not in text and "<output" not in text:
            return text
        element = self._element(ref)

        def fill(match: re.Match) -> str:
            source = f"${{{match.group(1)}}}" if match.group(1) else match.group(2)[1:-1]
            key = (question.path, source)
            if key not in self._label_xpaths:
                try:
                    self._label_xpaths[key] = compile_expression(source, question.path, self.graph.index,
                                                                 self._extensions)[0]
                except (ValueError, etree.XPathSyntaxError):
                    return match.group(0)
            return to_string(self._evaluate(self._label_xpaths[key], element, element))

        return _LABEL_PART.sub(fill, text)

    # --- writing ------------------------------------------------------------------------------
    def set_value(self, ref: str, value: str) -> set[str]:
        element = self._element(ref)
        question = self._question(ref)
        if question.is_container:
            raise KeyError(f"{ref} is a {question.type}, not a question with an answer")
        changed = {ref}
        before = element.text or ""
        self._store(element, question, value)
        if (element.text or "") != before:
            self._run(self.graph.after_value(question.path), changed)
        return changed

    def _type_problem(self, question: Question, value: str) -> Texts | None:
        names = None
        if question.choice_list:
            names = frozenset(c.name for c in self.form.choice_lists.get(question.choice_list, ()))
        return type_problem(question, value, names)

    def _store(self, element, question: Question, value: str) -> None:
        """Put an answer in the instance, or keep it aside (expressions read "") when its type is wrong."""
        if question.type not in ("text", "calculate", "note") and self._type_problem(question, value):
            self._raw[element] = value
            element.text = ""
        else:
            self._raw.pop(element, None)
            element.text = value

    def add_repeat(self, ref: str) -> str:
        repeat = self._question(ref)
        if repeat.type != "repeat":
            raise KeyError(f"{ref} is not a repeat")
        if repeat.repeat_count is not None:
            raise ValueError(f"{ref} has as many instances as its count says")
        parent_ref = ref.rstrip("/").rsplit("/", 1)[0]
        parent = self._element(parent_ref)
        element = self._new_instance(parent, repeat)
        self._run(self.graph.after_structure(repeat.path), set())
        return self._ref(element)

    def remove_repeat(self, instance_ref: str) -> set[str]:
        element = self._element(instance_ref)
        repeat = self._question(instance_ref)
        if repeat.type != "repeat":
            raise KeyError(f"{instance_ref} is not a repeat instance")
        parent = element.getparent()
        self._forget(element)
        parent.remove(element)
        changed: set[str] = set()
        for sibling in parent:
            if sibling.tag == repeat.name:
                changed.update(self._refs_under(sibling))
        self._run(self.graph.after_structure(repeat.path), changed)
        return changed

    # --- the machinery ------------------------------------------------------------------------
    def _open_repeats(self, element, questions) -> None:
        """A new form, like a new repeat instance, starts with one instance of each open-ended
        repeat (as ODK does); counted ones get theirs from their count."""
        for question in questions:
            if question.type == "repeat" and question.repeat_count is None:
                self._new_instance(element, question, defaults=False)
            elif question.type == "group":
                child = element.find(question.name)
                if child is not None:
                    self._open_repeats(child, question.children)

    def _new_instance(self, parent, repeat: Question, *, defaults: bool = True):
        siblings = self._by_path.get(repeat.path.rsplit("/", 1)[0])
        names = [q.name for q in (siblings.children if siblings else self.form.children)]
        following = tuple(names[names.index(repeat.name) + 1:])
        element = instance.new_instance(parent, repeat, following=following)
        self._open_repeats(element, repeat.children)
        if defaults:
            self._apply_defaults(element)
        return element

    def _apply_defaults(self, top) -> None:
        for question in self.form.walk():
            if question.default is None or question.is_container or default_is_expression(question.default):
                continue
            for element in self._elements_at(question.path, top):
                element.text = question.default
        top_path = instance.path_of(top)
        for compiled in self.graph.defaults_under(top_path if top is not self.root else "/" + self.root.tag):
            for element in self._elements_at(compiled.context, top):
                element.text = to_string(self._evaluate(compiled.xpath, element, element))

    def _elements_at(self, path: str, top=None) -> list:
        if path not in self._all_at:
            self._all_at[path] = etree.XPath(path)
        elements = self._all_at[path](self.root)
        if top is None or top is self.root:
            return elements
        return [e for e in elements if e is top or top in e.iterancestors()]

    def _evaluate(self, xpath: etree.XPath, element, current):
        self._current = [current]
        try:
            return xpath(element)
        except (etree.XPathError, ValueError, TypeError, ZeroDivisionError, OverflowError):
            return ""  # never crash on an answer: an expression that cannot run gives nothing

    def _run(self, expressions: list[Compiled], changed: set[str]) -> None:
        """Run expressions in order on every element they apply to; what changes goes in `changed`.
        A repeat count that adds or removes instances runs what that reaches afterwards."""
        resized: list[str] = []
        for compiled in expressions:
            for element in self._elements_at(compiled.context):
                self._apply(compiled, element, changed, resized)
        for _round in range(10):  # counts feeding counts settle in a few rounds
            if not resized:
                break
            pending, resized = resized, []
            for path in dict.fromkeys(pending):
                for compiled in self.graph.after_structure(path):
                    for element in self._elements_at(compiled.context):
                        self._apply(compiled, element, changed, resized)

    def _apply(self, compiled: Compiled, element, changed: set[str], resized: list[str]) -> None:
        kind = compiled.kind
        if kind == "choice_filter":
            doc, positions = self._choice_doc(compiled.question.choice_list or "")
            self._current = [element]
            try:
                items = compiled.xpath(doc)
            except (etree.XPathError, ValueError, TypeError):
                items = []
            options = self.form.choice_lists.get(compiled.question.choice_list or "", ())
            choices = tuple(options[positions[item]] for item in items if item in positions)
            if self._choices.get(element) != choices:
                self._choices[element] = choices
                changed.add(self._ref(element))
            return
        result = self._evaluate(compiled.xpath, element, element)
        if kind == "calculate":
            text = to_string(result)
            if (element.text or "") != text:
                element.text = text
                changed.add(self._ref(element))
        elif kind == "relevant":
            relevant = to_boolean(result)
            if self._relevant.get(element, True) != relevant:
                self._relevant[element] = relevant
                changed.update(self._refs_under(element))
        elif kind == "required":
            self._flag(self._required, element, to_boolean(result), False, changed)
        elif kind == "constraint":
            self._flag(self._valid, element, to_boolean(result), True, changed)
        elif kind == "repeat_count":
            self._resize(compiled.question, element, to_number(result), changed, resized)

    def _flag(self, table: dict, element, value: bool, default: bool, changed: set[str]) -> None:
        if table.get(element, default) != value:
            table[element] = value
            changed.add(self._ref(element))

    def _resize(self, repeat: Question, parent, count: float, changed: set[str], resized: list[str]) -> None:
        wanted = 0 if math.isnan(count) or count < 0 else min(int(count), MAX_REPEAT_COUNT)
        present = [child for child in parent if child.tag == repeat.name]
        if len(present) == wanted:
            return
        for extra in present[wanted:]:
            self._forget(extra)
            parent.remove(extra)
        for _ in range(wanted - len(present)):
            changed.update(self._refs_under(self._new_instance(parent, repeat)))
        changed.add(self._ref(parent) + "/" + repeat.name)
        resized.append(repeat.path)

    def _forget(self, element) -> None:
        for node in element.iter():
            for table in (self._relevant, self._required, self._valid, self._choices, self._raw):
                table.pop(node, None)

    def _refs_under(self, element) -> list[str]:
        top = self._ref(element)
        found = [top]
        self._collect_refs(element, top, found)
        return found
