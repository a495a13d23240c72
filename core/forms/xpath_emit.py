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


def emit(expression: str, context: str, index: FormIndex, *, choice_filter: bool = False) -> Emitted:
    """The lxml XPath of `expression` evaluated at the question path `context` (the element it
    runs on; a choice filter runs on each choice, with `current()` the question)."""
    emitter = _Emitter(context, index)
    text = emitter.expr(parse(expression), in_predicate=choice_filter, filter_root=choice_filter)
    return Emitted(text, emitter.reads)


def _steps(path: str) -> list[str]:
    return [step for step in path.split("/") if step]


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

    # paths ------------------------------------------------------------------------------------
    def _contextualised(self, target: str) -> str | None:
        """`target` relative to the context when both lie in one repeat, else None."""
        context_steps = _steps(self.context)
        best = None
        for repeat in self.index.repeats:
            if (self.context == repeat or self.context.startswith(repeat + "/")) and \
                    (target == repeat or target.startswith(repeat + "/")):
                if best is None or len(repeat) > len(best):
                    best = repeat
        if best is None:
            return None
        ups = len(context_steps) - len(_steps(best))
        rest = _steps(target)[len(_steps(best)):]
        parts = [".."] * ups + rest
        return "/".join(parts) if parts else "."

    def _absolute(self, target: str, *, in_predicate: bool, filter_root: bool) -> str:
        """The XPath for a question path read from this context."""
        self.reads.add(target)
        relative = self._contextualised(target)
        if relative is not None:
            if in_predicate:
                return "q:current()" if relative == "." else f"q:current()/{relative}"
            return relative
        if filter_root:
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
            self._read_steps(node.steps, "")
            head = "/" + self._steps_text(node.steps, in_predicate, filter_root)
            if filter_root:
                return "q:main()" + head[len("/" + self.index.root):] if node.steps and \
                    node.steps[0].test == self.index.root and not node.steps[0].predicates else head
            return head
        if node.base is not None:
            base = self.expr(node.base, in_predicate=in_predicate, filter_root=filter_root)
            if isinstance(node.base, Func) and node.base.name == "current":
                self._read_steps(node.steps, self.context)
            elif not (isinstance(node.base, Func) and node.base.name == "instance"):
                self.reads.add("/" + self.index.root)  # unknown base: depend on everything
            return f"{base}/{self._steps_text(node.steps, in_predicate, filter_root)}"
        if not in_predicate:
            self._read_steps(node.steps, self.context)
        return self._steps_text(node.steps, in_predicate, filter_root)

    def _read_steps(self, steps, start: str) -> None:
        current = _steps(start)
        for step in steps:
            if step.axis == "parent":
                current = current[:-1]
            elif step.axis == "self":
                pass
            elif step.axis == "child":
                current = current + [step.test]
            else:
                current = current[:1]
                break
            if step.predicates:
                break
        self.reads.add("/" + "/".join(current))

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
            return str(int(value)) if value.is_integer() else repr(value)
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
        args = ", ".join(self.expr(arg, in_predicate=in_predicate, filter_root=filter_root) for arg in node.args)
        if node.name in _CONTEXT_FUNCTIONS and not node.args:
            self.reads.add(self.context)
        if node.name == "position" and not node.args:
            return "position()"
        if node.name in NATIVE:
            return f"{node.name}({args})"
        name = node.name.split(":", 1)[1] if node.name.startswith("jr:") else node.name
        return f"q:{name}({args})"
