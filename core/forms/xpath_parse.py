"""A parser for the XPath 1.0 expressions of XLSForms, with ODK's `${name}` references.

The engine evaluates on lxml, but it needs the expression's shape first: to refuse what it does
not support (supported.py), to find what an expression depends on (the dependency graph), and to
rewrite the few places where ODK and XPath 1.0 differ (dates compared as dates, `position(..)`,
`${x}` relative to the current repeat instance). The tree is plain tuples-as-dataclasses."""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<ref>\$\{[^}]*\})
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<string>"[^"]*"|'[^']*')
  | (?P<op>//|\.\.|::|!=|<=|>=|[()\[\],/|+\-*=<>@.$])
  | (?P<name>[A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?(?::\*)?|\*)
""", re.VERBOSE)

_OPERATOR_WORDS = {"and", "or", "div", "mod"}


class XPathSyntaxError(ValueError):
    pass


@dataclass(frozen=True)
class Token:
    kind: str  # ref, number, string, op, name, opname
    text: str
    at: int


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match:
            raise XPathSyntaxError(f"unexpected character {text[pos]!r} at {pos + 1}")
        kind = match.lastgroup or ""
        value = match.group()
        pos = match.end()
        if kind == "space":
            continue
        if kind == "name" and value.endswith(".") and value not in ("",):
            # a trailing dot belongs to the name in XML, but "a." never happens in forms
            pass
        # XPath 1.0 3.7: `*` and `and/or/div/mod` are operators when a value precedes them
        if tokens and _ends_operand(tokens[-1]) and (value in _OPERATOR_WORDS or value == "*"):
            kind = "opname"
        tokens.append(Token(kind, value, match.start()))
    return tokens


def _ends_operand(token: Token) -> bool:
    if token.kind in ("ref", "number", "string"):
        return True
    if token.kind == "name":
        return True
    return token.kind == "op" and token.text in (")", "]", ".", "..")


# --- the tree ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Str:
    value: str


@dataclass(frozen=True)
class Ref:
    name: str  # ${name}


@dataclass(frozen=True)
class Var:
    name: str  # $name: not supported, kept so supported.py can name it


@dataclass(frozen=True)
class Func:
    name: str
    args: tuple


@dataclass(frozen=True)
class BinOp:
    op: str  # or and = != < <= > >= + - * div mod |
    left: object
    right: object


@dataclass(frozen=True)
class Neg:
    operand: object


@dataclass(frozen=True)
class Step:
    axis: str  # child, self, parent, attribute, or any XPath axis name
    test: str  # a name, "*", "node()", "text()"...
    predicates: tuple = ()


@dataclass(frozen=True)
class Path:
    absolute: bool
    steps: tuple  # of Step; "//" is a descendant-or-self::node() step
    base: object = None  # a filter expression the path starts from (`instance('x')/root/item`)


@dataclass(frozen=True)
class Filter:
    primary: object
    predicates: tuple


_NODE_TYPES = {"node", "text", "comment", "processing-instruction"}


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = tokenize(text)
        self.i = 0

    def peek(self, offset: int = 0) -> Token | None:
        j = self.i + offset
        return self.tokens[j] if j < len(self.tokens) else None

    def at(self, *texts: str) -> bool:
        token = self.peek()
        return token is not None and token.kind in ("op", "opname") and token.text in texts

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise XPathSyntaxError("unexpected end of expression")
        self.i += 1
        return token

    def expect(self, text: str) -> None:
        token = self.peek()
        if token is None or token.text != text:
            where = f"{token.text!r} at {token.at + 1}" if token else "the end"
            raise XPathSyntaxError(f"expected {text!r}, found {where}")
        self.i += 1

    def parse(self):
        if not self.tokens:
            raise XPathSyntaxError("empty expression")
        tree = self.binary(0)
        if self.peek() is not None:
            token = self.peek()
            raise XPathSyntaxError(f"unexpected {token.text!r} at {token.at + 1}")
        return tree

    _LEVELS = (("or",), ("and",), ("=", "!="), ("<", "<=", ">", ">="), ("+", "-"), ("*", "div", "mod"))

    def binary(self, level: int):
        if level == len(self._LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.at(*self._LEVELS[level]):
            token = self.peek()
            if token.kind == "op" and token.text == "*":
                break  # a wildcard, not a product (tokenize marked products as opname)
            op = self.take().text
            left = BinOp(op, left, self.binary(level + 1))
        return left

    def unary(self):
        if self.at("-"):
            self.take()
            return Neg(self.unary())
        return self.union()

    def union(self):
        left = self.path()
        while self.at("|"):
            self.take()
            left = BinOp("|", left, self.path())
        return left

    def path(self):
        token = self.peek()
        if token is None:
            raise XPathSyntaxError("unexpected end of expression")
        if token.kind == "op" and token.text in ("/", "//"):
            self.take()
            steps: list[Step] = []
            if token.text == "//":
                steps.append(Step("descendant-or-self", "node()"))
                steps.extend(self.relative_steps())
            elif self._step_starts():
                steps.extend(self.relative_steps())
            return Path(True, tuple(steps))
        if self._primary_starts():
            primary = self.primary()
            predicates = self.predicates()
            node = Filter(primary, predicates) if predicates else primary
            if self.at("/", "//"):
                return Path(False, tuple(self.continued_steps()), base=node)
            return node
        if self._step_starts():
            return Path(False, tuple(self.relative_steps()))
        raise XPathSyntaxError(f"unexpected {token.text!r} at {token.at + 1}")

    def continued_steps(self) -> list[Step]:
        steps: list[Step] = []
        while self.at("/", "//"):
            if self.take().text == "//":
                steps.append(Step("descendant-or-self", "node()"))
            steps.append(self.step())
        return steps

    def relative_steps(self) -> list[Step]:
        steps = [self.step()]
        steps.extend(self.continued_steps())
        return steps

    def _primary_starts(self) -> bool:
        token = self.peek()
        if token is None:
            return False
        if token.kind in ("ref", "number", "string"):
            return True
        if token.kind == "op" and token.text in ("(", "$"):
            return True
        after = self.peek(1)
        return (token.kind == "name" and token.text not in _NODE_TYPES and after is not None
                and after.text == "(" and not token.text.endswith("*"))

    def _step_starts(self) -> bool:
        token = self.peek()
        return token is not None and (token.kind == "name" or (token.kind == "op" and token.text in (".", "..", "@")))

    def step(self) -> Step:
        token = self.take()
        if token.kind == "op" and token.text == ".":
            return Step("self", "node()")
        if token.kind == "op" and token.text == "..":
            return Step("parent", "node()")
        axis = "child"
        if token.kind == "op" and token.text == "@":
            axis = "attribute"
            token = self.take()
        elif self.at("::"):
            axis = token.text
            self.take()
            token = self.take()
        if token.kind != "name" and token.text != "*":
            raise XPathSyntaxError(f"expected a name, found {token.text!r} at {token.at + 1}")
        test = token.text
        if test in _NODE_TYPES and self.at("("):
            self.take()
            if self.peek() is not None and self.peek().kind == "string":
                self.take()
            self.expect(")")
            test += "()"
        return Step(axis, test, self.predicates())

    def predicates(self) -> tuple:
        found = []
        while self.at("["):
            self.take()
            found.append(self.binary(0))
            self.expect("]")
        return tuple(found)

    def primary(self):
        token = self.take()
        if token.kind == "ref":
            name = token.text[2:-1].strip()
            if not name:
                raise XPathSyntaxError(f"empty ${{}} at {token.at + 1}")
            return Ref(name)
        if token.kind == "number":
            return Num(float(token.text))
        if token.kind == "string":
            return Str(token.text[1:-1])
        if token.text == "(":
            inner = self.binary(0)
            self.expect(")")
            return inner
        if token.text == "$":
            name = self.take()
            return Var(name.text)
        self.expect("(")
        args = []
        if not self.at(")"):
            args.append(self.binary(0))
            while self.at(","):
                self.take()
                args.append(self.binary(0))
        self.expect(")")
        return Func(token.text, tuple(args))


def parse(text: str):
    """The expression's tree; XPathSyntaxError names what is wrong and where (1-based)."""
    return _Parser(text).parse()


def walk(node):
    """Every node of a tree, parents first."""
    yield node
    if isinstance(node, Func):
        for arg in node.args:
            yield from walk(arg)
    elif isinstance(node, BinOp):
        yield from walk(node.left)
        yield from walk(node.right)
    elif isinstance(node, Neg):
        yield from walk(node.operand)
    elif isinstance(node, Filter):
        yield from walk(node.primary)
        for predicate in node.predicates:
            yield from walk(predicate)
    elif isinstance(node, Path):
        if node.base is not None:
            yield from walk(node.base)
        for step in node.steps:
            yield step
            for predicate in step.predicates:
                yield from walk(predicate)
