"""What the expression engine evaluates, so that a form using anything else is refused at load.

The loader calls `unsupported_in` on every expression cell and names the cell when the list is
not empty: nothing in a form half-works in the field."""
from __future__ import annotations

from core.forms.xpath_parse import Func, Path, Step, Var, XPathSyntaxError, parse, walk

# XPath 1.0's own functions the engine keeps (id, lang, name, local-name, namespace-uri and last
# have no use over a form's instance and are refused).
XPATH_FUNCTIONS = frozenset({
    "position", "count", "string", "concat", "starts-with", "contains", "substring-before",
    "substring-after", "substring", "string-length", "normalize-space", "translate", "boolean",
    "not", "true", "false", "number", "sum", "floor", "ceiling", "round",
})

# ODK's functions (https://docs.getodk.org/form-operators-functions/) that forms use.
ODK_FUNCTIONS = frozenset({
    "if", "selected", "selected-at", "count-selected", "coalesce", "regex", "today", "now",
    "date", "date-time", "decimal-date-time", "int", "sqrt", "pow", "abs", "min", "max", "exp",
    "log", "log10", "jr:choice-name", "ends-with", "substr", "boolean-from-string", "join",
    "count-non-empty", "once", "uuid", "current", "instance", "indexed-repeat",
})

SUPPORTED_FUNCTIONS = XPATH_FUNCTIONS | ODK_FUNCTIONS

# Axes beyond child (`a`), self (`.`) and parent (`..`) reach nodes that an instance of strings
# does not have (attributes) or that make dependencies impossible to follow (`//`, ancestor::).
SUPPORTED_AXES = frozenset({"child", "self", "parent"})


def unsupported_in(expression: str) -> list[str]:
    """Names of the functions, axes or syntax in an expression that the engine does not support,
    each once, in order of appearance; [] when all is supported.

    A syntax error is itself unsupported: it comes back as "syntax error: ..."."""
    try:
        tree = parse(expression)
    except XPathSyntaxError as error:
        return [f"syntax error: {error}"]
    found: list[str] = []

    def add(name: str) -> None:
        if name not in found:
            found.append(name)

    for node in walk(tree):
        if isinstance(node, Func) and node.name not in SUPPORTED_FUNCTIONS:
            add(f"{node.name}()")
        elif isinstance(node, Var):
            add(f"${node.name}")
        elif isinstance(node, Step):
            if node.axis == "descendant-or-self" and node.test == "node()":
                add("//")
            elif node.axis == "attribute":
                add("@")
            elif node.axis not in SUPPORTED_AXES:
                add(f"{node.axis}::")
            elif node.test == "*" or node.test.endswith(":*"):
                add("*")
            elif node.test.endswith("()") and node.axis == "child":
                add(node.test)
        elif isinstance(node, Path):
            pass
    from core.forms.xpath_parse import BinOp
    for node in walk(tree):
        if isinstance(node, BinOp) and node.op == "|":
            add("|")
    return found
