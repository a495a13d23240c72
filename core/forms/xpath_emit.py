"""Turn a parsed ODK expression into the XPath 1.0 that lxml evaluates, and list what it reads.

The rewrites, each where ODK and plain XPath 1.0 part ways:
- `${name}` becomes the path to that question, relative to the current repeat instance when the
  two share a repeat (as pyxform writes it), absolute otherwise;
- an absolute path into the repeat the expression sits in is narrowed to the current instance
  (JavaRosa's "contextualisation": `/c/h/age` inside h[2] means h[2]'s age);
- `<`, `<=`, `>`, `>=`, `+` and `-` go through Python so that dates count as days;
- ODK's functions (and XPath's own where ODK changes them: `round(x, n)`, `position(..)`,
  one-argument `concat`) live in the engine's namespace, prefix `q`;
- in a choice filter the context is the choice, so the question's own paths start at
  `q:current()`, and absolute ones at `q:main()`.

What an expression reads is returned as question paths without positions: the dependency graph
re-evaluates it when any node at or under one of them changes."""
from __future__ import annotations

from dataclasses import dataclass, field

from core.forms.xpath_parse import BinOp, Filter, Func, Neg, Num, Path, Ref, Step, Str, Var, parse

NS = "urn:quittance:forms:xpath"
NAMESPACES = {"q": NS, "jr": "http://openrosa.org/javarosa"}

NATIVE = frozenset({
    "count", "string", "starts-with", "contains", "substring-before", "substring-after", "substring",
    "string-length", "normalize-space", "translate", "boolean", "not", "true", "false", "number",
    "sum", "floor", "ceiling",
})
_CONTEXT_FUNCTIONS = frozenset({"string", "string-length", "normalize-space", "number", "once", "position"})
_RELATIONAL = {"<": "lt", "<=": "le", ">": "gt", ">=": "ge", "+": "plus", "-": "minus"}


class UnknownReference(ValueError):
    pass


@dataclass
class FormIndex:
    """What the emitter needs of a form: its root and where each named question lives."""
    root: str
    paths: dict[str, str]  # question name -> path
    repeats: frozenset[str]  # paths of the repeats


@dataclass
class Emitted:
    xpath: str
    reads: set[str] = field(default_factory=set)
    # reads that stay inside one instance of a repeat (read path -> that repeat's path): a change
    # in one instance re-runs the expression in that instance only
    local: dict[str, str] = field(default_factory=dict)
    # reads of which only the instances matter, not their values (count(${h}), position(..))
    structure: set[str] = field(default_factory=set)


def emit(expression: str, context: str, index: FormIndex, *, choice_filter: bool = False) -> Emitted:
    """The lxml XPath of `expression` evaluated at the question path `context` (the element it
    runs on; a choice filter runs on each choice, with `current()` the question)."""
    emitter = _Emitter(context, index)
    text = emitter.expr(parse(expression), in_predicate=choice_filter, filter_root=choice_filter)
    local = {read: repeat for read, repeat in emitter.local.items() if read not in emitter.global_reads}
    return Emitted(text, emitter.reads, local, emitter.structure - emitter.value_reads)


def _steps(path: str) -> list[str]:
    return [step for step in path.split("/") if step]


def _bare_path(node) -> bool:
    """A reference or a path with no predicate: count() or position() of it reads no value."""
    if isinstance(node, Ref):
        return True
    return isinstance(node, Path) and node.base is None and not any(step.predicates for step in node.steps)


def _literal(value: str) -> str:
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    return "concat(" + ", \"'\", ".join(f"'{part}'" for part in value.split("'")) + ")"


class _Emitter:
    def __init__(self, context: str, index: FormIndex) -> None:
        self.context = context
        self.index = index
        self.reads: set[str] = set()
        self.local: dict[str, str] = {}
        self.global_reads: set[str] = set()
        self.structure: set[str] = set()
        self.value_reads: set[str] = set()
        self._structure_only = False

    def _read(self, path: str, local: bool, lowest: int | None = None) -> None:
        """Note a read; a local one stays in the instance of the deepest repeat holding both the
        context and `path` that the path never climbs above (`lowest`: fewest steps it reached)."""
        self.reads.add(path)
        (self.structure if self._structure_only else self.value_reads).add(path)
        repeat = self._shared_repeat(path, lowest) if local else None
        if repeat is None:
            self.global_reads.add(path)
        else:
            self.local[path] = repeat

    def _shared_repeat(self, target: str, lowest: int | None = None) -> str | None:
        """The deepest repeat holding both the context and `target` (no deeper than `lowest` steps)."""
        best = None
        for repeat in self.index.repeats:
            if lowest is not None and len(_steps(repeat)) > lowest:
                continue
            if (self.context == repeat or self.context.startswith(repeat + "/")) and \
                    (target == repeat or target.startswith(repeat + "/")):
                if best is None or len(repeat) > len(best):
                    best = repeat
        return best

    # paths ------------------------------------------------------------------------------------
    def _contextualised(self, target: str) -> str | None:
        """`target` relative to the context when both lie in one repeat, else None."""
        context_steps = _steps(self.context)
        best = self._shared_repeat(target)
        if best is None:
            return None
        ups = len(context_steps) - len(_steps(best))
        rest = _steps(target)[len(_steps(best)):]
        parts = [".."] * ups + rest
        return "/".join(parts) if parts else "."

    def _absolute(self, target: str, *, in_predicate: bool, filter_root: bool) -> str:
        """The XPath for a question path read from this context."""
        relative = self._contextualised(target)
        self._read(target, relative is not None)
        if relative is not None:
            if in_predicate:
                return "q:current()" if relative == "." else f"q:current()/{relative}"
            return relative
        if filter_root or in_predicate:  # a predicate may run over a choice list, not the instance
            rest = _steps(target)[1:]
            return "q:main()" + "".join(f"/{step}" for step in rest)
        return target

    def ref(self, node: Ref, *, in_predicate: bool, filter_root: bool) -> str:
        target = self.index.paths.get(node.name)
        if target is None:
            raise UnknownReference(node.name)
        return self._absolute(target, in_predicate=in_predicate, filter_root=filter_root)

    def path(self, node: Path, *, in_predicate: bool, filter_root: bool) -> str:
        if node.base is None and node.absolute:
            names = []
            for step in node.steps:
                if step.axis != "child" or step.predicates:
                    break
                names.append(step.test)
            if names and len(names) == len(node.steps):
                return self._absolute("/" + "/".join(names), in_predicate=in_predicate, filter_root=filter_root)
            self._read_steps(node.steps, "", local=False)
            head = "/" + self._steps_text(node.steps, in_predicate, filter_root)
            if (filter_root or in_predicate) and node.steps and node.steps[0].test == self.index.root \
                    and not node.steps[0].predicates:
                return "q:main()" + head[len("/" + self.index.root):]
            return head
        if node.base is not None:
            base = self.expr(node.base, in_predicate=in_predicate, filter_root=filter_root)
            if isinstance(node.base, Func) and node.base.name == "current":
                self._read_steps(node.steps, self.context)
            elif not (isinstance(node.base, Func) and node.base.name == "instance"):
                self._read("/" + self.index.root, False)  # unknown base: depend on everything
            return f"{base}/{self._steps_text(node.steps, in_predicate, filter_root)}"
        if not in_predicate:
            self._read_steps(node.steps, self.context)
        return self._steps_text(node.steps, in_predicate, filter_root)

    def _read_steps(self, steps, start: str, *, local: bool = True) -> None:
        current = _steps(start)
        lowest = len(current)
        for step in steps:
            if step.axis == "parent":
                current = current[:-1]
                lowest = min(lowest, len(current))
            elif step.axis == "self":
                pass
            elif step.axis == "child":
                current = current + [step.test]
            else:
                current = current[:1]
                break
            if step.predicates:
                self._read("/" + "/".join(current), False)
                return
        self._read("/" + "/".join(current), local, lowest)

    def _steps_text(self, steps, in_predicate: bool, filter_root: bool) -> str:
        parts = []
        for step in steps:
            parts.append(self.step(step, filter_root))
        return "/".join(parts)

    def step(self, step: Step, filter_root: bool) -> str:
        if step.axis == "self" and step.test == "node()" and not step.predicates:
            return "."
        if step.axis == "parent" and step.test == "node()" and not step.predicates:
            return ".."
        head = step.test if step.axis == "child" else f"{step.axis}::{step.test}"
        predicates = "".join(f"[{self.expr(p, in_predicate=True, filter_root=filter_root)}]"
                             for p in step.predicates)
        return head + predicates

    # expressions ------------------------------------------------------------------------------
    def expr(self, node, *, in_predicate: bool, filter_root: bool) -> str:
        kwargs = {"in_predicate": in_predicate, "filter_root": filter_root}
        if isinstance(node, Num):
            value = node.value
            if value.is_integer():
                return str(int(value))
            text = repr(value)  # XPath 1.0 numbers have no exponent: 1e-07 is written out
            return f"{value:.20f}".rstrip("0").rstrip(".") if "e" in text else text
        if isinstance(node, Str):
            return _literal(node.value)
        if isinstance(node, Ref):
            return self.ref(node, **kwargs)
        if isinstance(node, Path):
            return self.path(node, **kwargs)
        if isinstance(node, Neg):
            return f"-({self.expr(node.operand, **kwargs)})"
        if isinstance(node, BinOp):
            left, right = self.expr(node.left, **kwargs), self.expr(node.right, **kwargs)
            if node.op in _RELATIONAL:
                return f"q:{_RELATIONAL[node.op]}({left}, {right})"
            return f"({left} {node.op} {right})"
        if isinstance(node, Filter):
            predicates = "".join(f"[{self.expr(p, in_predicate=True, filter_root=filter_root)}]"
                                 for p in node.predicates)
            return f"({self.expr(node.primary, **kwargs)}){predicates}"
        if isinstance(node, Func):
            return self.func(node, **kwargs)
        if isinstance(node, Var):
            raise UnknownReference(f"${node.name}")
        raise TypeError(node)

    def func(self, node: Func, *, in_predicate: bool, filter_root: bool) -> str:
        outer, self.reads = self.reads, set()
        texts = []
        for arg in node.args:
            outer_flag = self._structure_only
            self._structure_only = node.name in ("count", "position") and _bare_path(arg)
            texts.append(self.expr(arg, in_predicate=in_predicate, filter_root=filter_root))
            self._structure_only = outer_flag
        args = ", ".join(texts)
        if node.name in ("position", "indexed-repeat"):
            # they depend on the instance's siblings: one coming or going anywhere moves them
            self.global_reads.update(self.reads)
        self.reads = outer | self.reads
        if node.name in _CONTEXT_FUNCTIONS and not node.args:
            self._read(self.context, True)
        if node.name == "position" and not node.args:
            return "position()"
        if node.name in NATIVE:
            return f"{node.name}({args})"
        name = node.name.split(":", 1)[1] if node.name.startswith("jr:") else node.name
        return f"q:{name}({args})"
