"""A form's expressions compiled once, in dependency order, with what each change reaches.

Built at session start: every relevant, calculate, constraint, required, choice_filter,
repeat_count and default becomes one lxml XPath with the question paths it reads. Calculations
are ordered so that one runs after everything it reads; an answer then re-evaluates only the
expressions that read it, and those that read what they compute (cached per path)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from core.forms.model import Form, Question
from core.forms.xpath_emit import NAMESPACES, FormIndex, UnknownReference, emit
from core.forms.xpath_parse import XPathSyntaxError

KINDS = ("default", "repeat_count", "calculate", "relevant", "required", "constraint", "choice_filter")
_FUNCTION_START = re.compile(r"^\s*[A-Za-z_][\w.\-]*(:[A-Za-z_][\w.\-]*)?\s*\(")


class FormExpressionError(ValueError):
    """An expression the engine cannot run (the loader refuses such forms before they get here)."""

    def __init__(self, question: Question, kind: str, detail: str) -> None:
        where = f" ({question.source})" if question.source else ""
        super().__init__(f"{question.path}{where} {kind}: {detail}")
        self.question = question
        self.kind = kind
        self.detail = detail


def check_expressions(form: Form) -> FormExpressionError | None:
    """What would stop the engine from running the form (an unknown ${name}, calculations in a
    circle), for the loader to refuse it at load naming `error.question.source`; None when fine."""
    try:
        Graph(form)
    except FormExpressionError as error:
        return error
    return None


@dataclass(eq=False)
class Compiled:
    question: Question
    kind: str
    source: str
    xpath: etree.XPath
    reads: frozenset[str]
    context: str  # the path of the elements it runs on (a repeat's count runs on the repeat's parent)
    local: dict  # read path -> the repeat whose one instance that read stays in
    structure: frozenset  # reads of which only the instances count, not their values
    order: int = 0

    def __post_init__(self) -> None:
        self.values = self.reads - self.structure  # the reads whose values it depends on

    @property
    def writes(self) -> str | None:
        return self.question.path if self.kind == "calculate" else None


def default_is_expression(text: str) -> bool:
    """A default is an expression when it starts with a function call (`today()`), else a literal."""
    return bool(_FUNCTION_START.match(text))


def index_of(form: Form) -> FormIndex:
    paths: dict[str, str] = {}
    repeats = set()
    for question in form.walk():
        paths.setdefault(question.name, question.path)
        if question.type == "repeat":
            repeats.add(question.path)
    return FormIndex(form.root, paths, frozenset(repeats))


def compile_expression(source: str, context: str, index: FormIndex, extensions: dict | None, *,
                       choice_filter: bool = False) -> tuple[etree.XPath, frozenset[str], dict[str, str], frozenset[str]]:
    emitted = emit(source, context, index, choice_filter=choice_filter)
    text = f"/instance/root/item[{emitted.xpath}]" if choice_filter else emitted.xpath
    return etree.XPath(text, namespaces=NAMESPACES, extensions=extensions, smart_strings=False), \
        frozenset(emitted.reads), emitted.local, frozenset(emitted.structure)


def _touches(written: str, read: str) -> bool:
    return written == read or written.startswith(read + "/")


class Graph:
    def __init__(self, form: Form, extensions: dict | None = None) -> None:
        self.index = index_of(form)
        self.compiled: list[Compiled] = []
        for question in form.walk():
            for kind in KINDS:
                source = getattr(question, kind)
                if source is None or str(source).strip() == "":
                    continue
                if kind == "default" and not default_is_expression(source):
                    continue
                context = question.path.rsplit("/", 1)[0] if kind == "repeat_count" else question.path
                try:
                    xpath, reads, local, structure = compile_expression(source, context, self.index, extensions,
                                                      choice_filter=kind == "choice_filter")
                except UnknownReference as error:
                    raise FormExpressionError(question, kind, f"unknown question ${{{error}}}") from error
                except (XPathSyntaxError, etree.XPathSyntaxError) as error:
                    raise FormExpressionError(question, kind, str(error)) from error
                self.compiled.append(Compiled(question, kind, source, xpath, reads, context, local, structure))
        self._sort()
        self._by_value: dict[str, list[Compiled]] = {}
        self._by_structure: dict[str, list[Compiled]] = {}
        self._elements_at: dict[str, etree.XPath] = {}
        self._labels: dict[tuple[str, str], etree.XPath | None] = {}

    def label_xpath(self, context: str, source: str) -> etree.XPath | None:
        """The compiled `${x}` or `<output value>` of a label at `context`, None when it cannot run."""
        key = (context, source)
        if key not in self._labels:
            try:
                self._labels[key] = compile_expression(source, context, self.index, None)[0]
            except (ValueError, etree.XPathSyntaxError):
                self._labels[key] = None
        return self._labels[key]

    def elements_below(self, relative: str) -> etree.XPath:
        """An XPath selecting, from an element, its descendants at a relative question path."""
        key = "./" + relative
        found = self._elements_at.get(key)
        if found is None:
            found = self._elements_at[key] = etree.XPath(key)
        return found

    def elements_at(self, path: str) -> etree.XPath:
        """An XPath selecting every element at a question path (all instances of its repeats)."""
        found = self._elements_at.get(path)
        if found is None:
            found = self._elements_at[path] = etree.XPath(path)
        return found

    def _readers_of(self, written: str) -> list[Compiled]:
        """Expressions that read a node at `written`: they read it or one of its ancestors."""
        found: list[Compiled] = []
        path = written
        while path:
            found.extend(self._by_read.get(path, ()))
            path = path.rsplit("/", 1)[0]
        return found

    def _sort(self) -> None:
        """Kahn's order: a calculation before whatever reads what it computes."""
        self._by_read: dict[str, list[Compiled]] = {}
        for compiled in self.compiled:
            for read in compiled.values:  # values only: instances coming or going have their own path
                self._by_read.setdefault(read, []).append(compiled)
        readers_of: dict[int, list[Compiled]] = {id(c): [] for c in self.compiled}
        waiting = {id(c): 0 for c in self.compiled}
        for writer in self.compiled:
            if not writer.writes:
                continue
            for reader in dict.fromkeys(self._readers_of(writer.writes)):
                if reader is not writer:
                    readers_of[id(writer)].append(reader)
                    waiting[id(reader)] += 1
        ready = [c for c in self.compiled if waiting[id(c)] == 0]
        ordered: list[Compiled] = []
        while ready:
            current = ready.pop()
            ordered.append(current)
            for reader in readers_of[id(current)]:
                waiting[id(reader)] -= 1
                if waiting[id(reader)] == 0:
                    ready.append(reader)
        if len(ordered) != len(self.compiled):
            stuck = next(c for c in self.compiled if waiting[id(c)] > 0)
            raise FormExpressionError(stuck.question, stuck.kind, "its calculations depend on each other in a circle")
        for position, compiled in enumerate(ordered):
            compiled.order = position
        self.compiled = ordered

    def _closure(self, first: list[Compiled]) -> list[Compiled]:
        found = {id(c): c for c in first}
        pending = [c for c in first if c.writes]
        while pending:
            writer = pending.pop()
            for reader in self._readers_of(writer.writes):
                if id(reader) not in found:
                    found[id(reader)] = reader
                    if reader.writes:
                        pending.append(reader)
        return sorted((c for c in found.values() if c.kind != "default"), key=lambda c: c.order)

    def after_value(self, path: str) -> list[Compiled]:
        """Expressions to re-run, in order, when the answer at `path` changes."""
        if path not in self._by_value:
            self._by_value[path] = self._closure(self._readers_of(path))
        return self._by_value[path]

    def after_structure(self, repeat: str) -> tuple[list[Compiled], frozenset[int]]:
        """Expressions to re-run, in order, when an instance of the repeat at `repeat` comes or goes,
        and (as ids) those that need to run only in a new instance: the expressions inside the
        repeat that do not look across its instances. The others read the repeat from outside it,
        or across its instances (count, sum, position(..)), and run everywhere."""
        if repeat not in self._by_structure:
            across, inside = [], []
            for compiled in self.compiled:
                if any(self._reads_across(compiled, read, repeat) for read in compiled.reads):
                    across.append(compiled)
                elif _touches(compiled.context, repeat):
                    inside.append(compiled)
            everywhere = {id(c) for c in self._closure(across)}  # and what reads what they compute
            ordered = self._closure(across + inside)
            self._by_structure[repeat] = (ordered, frozenset(id(c) for c in inside if id(c) not in everywhere))
        return self._by_structure[repeat]

    @staticmethod
    def _reads_across(compiled: Compiled, read: str, repeat: str) -> bool:
        if not (_touches(repeat, read) or _touches(read, repeat)):
            return False
        own = compiled.local.get(read)  # the repeat whose one instance the read stays in
        return own is None or not _touches(own, repeat)

    def defaults_under(self, path: str) -> list[Compiled]:
        return [c for c in self.compiled if c.kind == "default" and _touches(c.question.path, path)]

    def everything(self) -> list[Compiled]:
        return [c for c in self.compiled if c.kind != "default"]
