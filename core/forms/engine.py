"""A form being filled in: its answers, and what its expressions make of them, as ODK Collect does.

- non-relevant answers stay in the tree (they come back if the question does) but are blanked by
  `submission_answers`;
- calculations re-run after every change, in dependency order, and only those that read it;
- defaults apply when the form and each repeat instance are created;
- a repeat with a count keeps as many instances as its expression says;
- an answer of the wrong type is a problem with a message, never a crash.

The instance is an lxml tree (instance.py) that the compiled expressions (graph.py) run over;
evaluation.py runs them."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Callable

from lxml import etree

from core.forms import engine_texts, instance
from core.forms.answer_types import type_problem
from core.forms.evaluation import MAX_REPEAT_COUNT, Evaluation, _Ignored  # noqa: F401 (the cap, re-exported)
from core.forms.graph_cache import graph_for
from core.forms.model import Choice, Form, Question, Texts, localized, strip_positions
from core.forms.xpath_values import to_string

_LABEL_PART = re.compile(r"\$\{([^}]+)\}|<output\s+value\s*=\s*(\"[^\"]*\"|'[^']*')\s*/?>")


def _aware_now() -> datetime:
    return datetime.now().astimezone()


class FormSession(Evaluation):
    """One form being filled in (or a draft resumed from its answers), for the entry screen and
    the submissions code: the contract of docs/census/forms-engine.md."""

    def __init__(self, form: Form, answers: dict | None = None, *, language: str = "",
                 now: Callable[[], datetime] = _aware_now) -> None:
        self.form = form
        self._language = language
        self._now = now
        self._by_path = {q.path: q for q in form.walk()}
        self._repeat_paths = {q.path for q in form.walk() if q.type == "repeat"}
        self.graph = graph_for(form)
        self._choice_docs: dict[str, tuple[etree._Element, dict]] = {}
        self._current: list = []
        self._relevant: dict[etree._Element, bool] = {}
        self._required: dict[etree._Element, bool] = {}
        self._valid: dict[etree._Element, bool] = {}
        self._choices: dict[etree._Element, tuple[Choice, ...]] = {}
        # An answer of the wrong type ("1,5,5" for an integer) is kept as typed for the agent to
        # fix, but expressions read it as blank, as ODK never stores it: no calculation runs on it.
        self._raw: dict[etree._Element, str] = {}
        self._found: dict[str, etree._Element] = {}  # ref -> element, until repeats change
        self.root = instance.build(form, answers, self._raw)
        for question in form.walk():
            if not question.is_container:
                for element in self._elements_at(question.path):
                    self._store(element, question, self._raw.get(element, element.text or ""))
        if answers is None:
            self._open_repeats(self.root, form.children)
            self._apply_defaults(self.root)
        self._run(self.graph.everything(), _Ignored(), by_path=self._elements_by_path())

    @property
    def language(self) -> str:
        return self._language

    @language.setter
    def language(self, language: str) -> None:
        """Switch languages mid-form: labels, hints and jr:choice-name follow."""
        self._language = language
        self._choice_docs.clear()  # their label column is in the old language

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
                etree.SubElement(item, "name").text = instance.xml_text(choice.name)
                label = localized(choice.labels, self.language, self.form.default_language)
                etree.SubElement(item, "label").text = instance.xml_text(label)
                for column, text in choice.extra.items():
                    if re.fullmatch(r"[A-Za-z_][\w.\-]*", column):
                        etree.SubElement(item, column).text = instance.xml_text(str(text))
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
        element = self._found.get(ref)
        if element is None:
            element = instance.find(self.root, ref)
            if element is None:
                raise KeyError(ref)
            self._found[ref] = element
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

    def hint(self, ref: str) -> str:
        """The question's hint in the session language, filled in like its label."""
        question = self._question(ref)
        return self._filled(ref, question, localized(question.hints, self.language, self.form.default_language))

    def label(self, ref: str) -> str:
        question = self._question(ref)
        return self._filled(ref, question, localized(question.labels, self.language, self.form.default_language))

    def _filled(self, ref: str, question: Question, text: str) -> str:
        if "${" not in text and "<output" not in text:
            return text
        element = self._element(ref)

        def fill(match: re.Match) -> str:
            source = f"${{{match.group(1)}}}" if match.group(1) else match.group(2)[1:-1]
            xpath = self.graph.label_xpath(question.path, source)
            if xpath is None:
                return match.group(0)
            return to_string(self._evaluate(xpath, element, element))

        return _LABEL_PART.sub(fill, text)

    # --- writing ------------------------------------------------------------------------------
    def set_value(self, ref: str, value: str) -> set[str]:
        element = self._element(ref)
        question = self._question(ref)
        if question.is_container:
            raise KeyError(f"{ref} is a {question.type}, not a question with an answer")
        value = "" if value is None else str(value)
        changed = {ref}
        before = element.text or ""
        self._store(element, question, value)
        if (element.text or "") != before:
            self._run_after_answer(question.path, element, changed)
        return changed

    def _type_problem(self, question: Question, value: str) -> Texts | None:
        names = None
        if question.choice_list:
            names = frozenset(c.name for c in self.form.choice_lists.get(question.choice_list, ()))
        return type_problem(question, value, names)

    def _store(self, element, question: Question, value: str) -> None:
        """Put an answer in the instance, or keep it aside (expressions read "") when its type is
        wrong; one with characters XML forbids is kept as given and read without them."""
        if question.type not in ("text", "calculate", "note") and self._type_problem(question, value):
            self._raw[element] = value
            element.text = ""
            return
        text = instance.xml_text(value)
        if text != value:
            self._raw[element] = value
        else:
            self._raw.pop(element, None)
        element.text = text

    def add_repeat(self, ref: str) -> str:
        repeat = self._question(ref)
        if repeat.type != "repeat":
            raise KeyError(f"{ref} is not a repeat")
        if repeat.repeat_count is not None:
            raise ValueError(f"{ref} has as many instances as its count says")
        parent_ref = ref.rstrip("/").rsplit("/", 1)[0]
        parent = self._element(parent_ref)
        element = self._new_instance(parent, repeat)
        self._settle([(repeat.path, [element])], set())
        return self._ref(element)

    def remove_repeat(self, instance_ref: str) -> set[str]:
        element = self._element(instance_ref)
        repeat = self._question(instance_ref)
        if repeat.type != "repeat" or not instance_ref.endswith("]"):
            raise KeyError(f"{instance_ref} is not a repeat instance")
        if repeat.repeat_count is not None:
            raise ValueError(f"{instance_ref} belongs to a repeat whose count sets its instances")
        parent = element.getparent()
        self._forget(element)
        parent.remove(element)
        changed: set[str] = set()
        for sibling in parent:
            if sibling.tag == repeat.name:
                changed.update(self._refs_under(sibling))
        self._settle([(repeat.path, [])], changed)
        return changed
