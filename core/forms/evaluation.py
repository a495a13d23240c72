"""How a session runs its form's expressions over the instance: in dependency order, each only
where it can have changed, keeping repeat counts in step (FormSession's machinery, engine.py).

The state it keeps per element: relevance, required, constraint outcome and filtered choices;
calculations write their value into the element itself."""
from __future__ import annotations

import math

from lxml import etree

from core.forms import instance
from core.forms.graph import Compiled, default_is_expression
from core.forms.graph_cache import activate
from core.forms.model import Question
from core.forms.xpath_values import to_boolean, to_number, to_string

MAX_REPEAT_COUNT = 500  # a count expression gone wild must not freeze the tablet

_UNSET = object()


class _Ignored(set):
    """Where the opening pass puts what changed: nobody reads it, so refs are not even made."""

    def add(self, _item) -> None:
        pass

    def update(self, *_items) -> None:
        pass


class Evaluation:
    """The machinery half of FormSession (which sets up every attribute used here)."""
    root: etree._Element
    form: object
    graph: object
    _current: list
    _relevant: dict
    _required: dict
    _valid: dict
    _choices: dict
    _raw: dict
    _found: dict
    _by_path: dict

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
        self._found.clear()
        self._open_repeats(element, repeat.children)
        if defaults:
            self._apply_defaults(element)
        return element

    def _apply_defaults(self, top) -> None:
        """Defaults of the questions under `top` (the root, or a new repeat instance)."""
        top_path = instance.path_of(top)
        for question in self.form.walk():
            if question.default is None or question.is_container or default_is_expression(question.default) \
                    or not question.path.startswith(top_path + "/"):
                continue
            for element in self._elements_in(question.path, top):
                self._store(element, question, question.default)
        for compiled in self.graph.defaults_under(top_path):
            for element in self._elements_in(compiled.context, top):
                self._store(element, compiled.question, to_string(self._evaluate(compiled.xpath, element, element)))

    def _elements_at(self, path: str) -> list:
        return self.graph.elements_at(path)(self.root)

    def _evaluate(self, xpath: etree.XPath, element, current):
        activate(self)
        self._current = [current]
        try:
            return xpath(element)
        except (etree.XPathError, ValueError, TypeError, ZeroDivisionError, OverflowError):
            return ""  # never crash on an answer: an expression that cannot run gives nothing

    def _elements_by_path(self) -> dict[str, list]:
        """Every element by its question path, in one walk of the tree (opening a form)."""
        found: dict[str, list] = {}
        stack = [(self.root, "/" + self.root.tag)]
        while stack:
            element, path = stack.pop()
            found.setdefault(path, []).append(element)
            stack.extend((child, f"{path}/{child.tag}") for child in reversed(element))
        return found

    def _run(self, expressions: list[Compiled], changed, by_path: dict | None = None) -> None:
        """Run expressions in order on every element they apply to; what changes goes in `changed`.
        A repeat count that adds or removes instances runs what that reaches afterwards."""
        resized: list = []
        for compiled in expressions:
            if resized:
                by_path = None  # the tree changed: look elements up again
            elements = by_path.get(compiled.context, []) if by_path is not None else self._elements_at(compiled.context)
            for element in elements:
                self._apply(compiled, element, changed, resized)
        self._settle(resized, changed)

    def _settle(self, resized: list, changed: set[str]) -> None:
        """After repeats gained or lost instances (`resized`: (repeat path, new instances)), run
        what that reaches; counts feeding counts settle in a few rounds."""
        for _round in range(10):
            if not resized:
                break
            pending, resized = resized, []
            for path, created in pending:
                ordered, inside = self.graph.after_structure(path)
                for compiled in ordered:
                    if id(compiled) in inside:
                        targets = [e for new in created if new.getparent() is not None
                                   for e in self._elements_in(compiled.context, new)]
                    else:
                        targets = self._elements_at(compiled.context)
                    for element in targets:
                        self._apply(compiled, element, changed, resized)

    def _run_after_answer(self, path: str, element, changed: set[str]) -> None:
        """Run what an answer reaches, each expression only where it can have changed: in the
        answer's own repeat instance when it reads it from inside that instance, and not at all
        when no calculation it reads changed its value."""
        sources = [(path, element)]  # (written path, the element under which it changed or None)
        resized: list = []
        for compiled in self.graph.after_value(path):
            scope = _UNSET
            for written, source in sources:
                for read in compiled.values:
                    if written == read or written.startswith(read + "/"):
                        narrowed = self._narrow(compiled, read, source)
                        scope = narrowed if scope is _UNSET or scope is narrowed else None
            if scope is _UNSET:
                continue
            wrote = False
            for target in self._elements_in(compiled.context, scope):
                wrote = self._apply(compiled, target, changed, resized) or wrote
            if wrote:
                sources.append((compiled.question.path, scope))
        if resized:
            self._settle(resized, changed)

    def _narrow(self, compiled: Compiled, read: str, source):
        """The element under which `compiled` must re-run when `read` changed under `source`."""
        repeat = compiled.local.get(read)
        if source is None or repeat is None:
            return None
        source_path = instance.path_of(source)
        if source_path == repeat or source_path.startswith(repeat + "/"):
            for _ in range(source_path.count("/") - repeat.count("/")):
                source = source.getparent()
            return source
        return source if repeat.startswith(source_path + "/") else None

    def _elements_in(self, context: str, scope) -> list:
        if scope is None:
            return self._elements_at(context)
        scope_path = instance.path_of(scope)
        if context == scope_path:
            return [scope]
        if context.startswith(scope_path + "/"):
            return self.graph.elements_below(context[len(scope_path) + 1:])(scope)
        if scope_path.startswith(context + "/"):
            for _ in range(scope_path.count("/") - context.count("/")):
                scope = scope.getparent()
            return [scope]
        return self._elements_at(context)

    def _apply(self, compiled: Compiled, element, changed: set[str], resized: list[str]) -> bool:
        """Run one expression on one element; True when a calculation changed its value."""
        kind = compiled.kind
        if kind == "choice_filter":
            doc, positions = self._choice_doc(compiled.question.choice_list or "")
            activate(self)
            self._current = [element]
            try:
                items = compiled.xpath(doc)
            except (etree.XPathError, ValueError, TypeError):
                items = []
            options = self.form.choice_lists.get(compiled.question.choice_list or "", ())
            choices = tuple(options[positions[item]] for item in items if item in positions)
            if self._choices.get(element) != choices:
                self._choices[element] = choices
                self._note(changed, element)
            return False
        result = self._evaluate(compiled.xpath, element, element)
        if kind == "calculate":
            text = to_string(result)
            if (element.text or "") != text:
                element.text = text
                self._note(changed, element)
                return True
        elif kind == "relevant":
            relevant = to_boolean(result)
            if self._relevant.get(element, True) != relevant:
                self._relevant[element] = relevant
                if not isinstance(changed, _Ignored):
                    changed.update(self._refs_under(element))
        elif kind == "required":
            self._flag(self._required, element, to_boolean(result), False, changed)
        elif kind == "constraint":
            self._flag(self._valid, element, to_boolean(result), True, changed)
        elif kind == "repeat_count":
            self._resize(compiled.question, element, to_number(result), changed, resized)
        return False

    def _note(self, changed: set[str], element) -> None:
        if not isinstance(changed, _Ignored):
            changed.add(self._ref(element))

    def _flag(self, table: dict, element, value: bool, default: bool, changed: set[str]) -> None:
        if table.get(element, default) != value:
            table[element] = value
            self._note(changed, element)

    def _resize(self, repeat: Question, parent, count: float, changed: set[str], resized: list[str]) -> None:
        if math.isnan(count) or count < 0:
            wanted = 0
        else:
            wanted = MAX_REPEAT_COUNT if count >= MAX_REPEAT_COUNT else int(count)
        present = [child for child in parent if child.tag == repeat.name]
        if len(present) == wanted:
            return
        for extra in present[wanted:]:
            self._forget(extra)
            parent.remove(extra)
        created = [self._new_instance(parent, repeat) for _ in range(wanted - len(present))]
        if not isinstance(changed, _Ignored):
            for element in created:
                changed.update(self._refs_under(element))
            changed.add(self._ref(parent) + "/" + repeat.name)
        resized.append((repeat.path, created))

    def _forget(self, element) -> None:
        self._found.clear()
        for node in element.iter():
            for table in (self._relevant, self._required, self._valid, self._choices, self._raw):
                table.pop(node, None)

    def _refs_under(self, element) -> list[str]:
        top = self._ref(element)
        found = [top]
        self._collect_refs(element, top, found)
        return found
