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
        super().__init__(f"{question.path} {kind}: {detail}")
        self.question = question
        self.kind = kind


@dataclass(eq=False)
class Compiled:
    question: Question
    kind: str
    source: str
    xpath: etree.XPath
    reads: frozenset[str]
    context: str  # the path of the elements it runs on (a repeat's count runs on the repeat's parent)
    order: int = 0

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


def compile_expression(source: str, context: str, index: FormIndex, extensions: dict, *,
                       choice_filter: bool = False) -> tuple[etree.XPath, frozenset[str]]:
    emitted = emit(source, context, index, choice_filter=choice_filter)
    text = f"/instance/root/item[{emitted.xpath}]" if choice_filter else emitted.xpath
    return etree.XPath(text, namespaces=NAMESPACES, extensions=extensions, smart_strings=False), \
        frozenset(emitted.reads)


def _touches(written: str, read: str) -> bool:
    return written == read or written.startswith(read + "/")


class Graph:
    def __init__(self, form: Form, extensions: dict) -> None:
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
                    xpath, reads = compile_expression(source, context, self.index, extensions,
                                                      choice_filter=kind == "choice_filter")
                except UnknownReference as error:
                    raise FormExpressionError(question, kind, f"unknown question ${{{error}}}") from error
                except (XPathSyntaxError, etree.XPathSyntaxError) as error:
                    raise FormExpressionError(question, kind, str(error)) from error
                self.compiled.append(Compiled(question, kind, source, xpath, reads, context))
        self._sort()
        self._by_value: dict[str, list[Compiled]] = {}
        self._by_structure: dict[str, list[Compiled]] = {}

    def _sort(self) -> None:
        """Kahn's order: a calculation before whatever reads what it computes."""
        writers = [c for c in self.compiled if c.writes]
        readers_of: dict[int, list[Compiled]] = {id(c): [] for c in self.compiled}
        waiting = {id(c): 0 for c in self.compiled}
        for writer in writers:
            for reader in self.compiled:
                if reader is not writer and any(_touches(writer.writes, read) for read in reader.reads):
                    readers_of[id(writer)].append(reader)
                    waiting[id(reader)] += 1
        ready = [c for c in self.compiled if waiting[id(c)] == 0]
        ordered: list[Compiled] = []
        while ready:
            current = ready.pop(0)
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
            for reader in self.compiled:
                if id(reader) not in found and any(_touches(writer.writes, read) for read in reader.reads):
                    found[id(reader)] = reader
                    if reader.writes:
                        pending.append(reader)
        return sorted((c for c in found.values() if c.kind != "default"), key=lambda c: c.order)

    def after_value(self, path: str) -> list[Compiled]:
        """Expressions to re-run, in order, when the answer at `path` changes."""
        if path not in self._by_value:
            self._by_value[path] = self._closure(
                [c for c in self.compiled if any(_touches(path, read) for read in c.reads)])
        return self._by_value[path]

    def after_structure(self, repeat: str) -> list[Compiled]:
        """Expressions to re-run when an instance of the repeat at `repeat` comes or goes: what
        reads it, inside it, or above it, and every expression of the questions inside it."""
        if repeat not in self._by_structure:
            self._by_structure[repeat] = self._closure([
                c for c in self.compiled
                if any(_touches(repeat, read) or _touches(read, repeat) for read in c.reads)
                or _touches(c.question.path, repeat)])
        return self._by_structure[repeat]

    def defaults_under(self, path: str) -> list[Compiled]:
        return [c for c in self.compiled if c.kind == "default" and _touches(c.question.path, path)]

    def everything(self) -> list[Compiled]:
        return [c for c in self.compiled if c.kind != "default"]
