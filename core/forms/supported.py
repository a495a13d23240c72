"""What the expression engine evaluates, so that a form using anything else is refused at load.

The loader calls `unsupported_in` on every expression cell and names the cell when the list is
not empty: nothing in a form half-works in the field."""
from __future__ import annotations

from core.forms.xpath_parse import BinOp, Func, Step, Var, XPathSyntaxError, parse, walk

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

_MANY = 99
# How many arguments each takes (fewest, most): a call with another count is refused at load,
# since it could only fail in the field.
ARITY = {
    "position": (0, 1), "count": (1, 1), "string": (0, 1), "concat": (1, _MANY), "starts-with": (2, 2),
    "contains": (2, 2), "substring-before": (2, 2), "substring-after": (2, 2), "substring": (2, 3),
    "string-length": (0, 1), "normalize-space": (0, 1), "translate": (3, 3), "boolean": (1, 1),
    "not": (1, 1), "true": (0, 0), "false": (0, 0), "number": (0, 1), "sum": (1, 1), "floor": (1, 1),
    "ceiling": (1, 1), "round": (1, 2), "if": (3, 3), "selected": (2, 2), "selected-at": (2, 2),
    "count-selected": (1, 1), "coalesce": (2, 2), "regex": (2, 2), "today": (0, 0), "now": (0, 0),
    "date": (1, 1), "date-time": (1, 1), "decimal-date-time": (1, 1), "int": (1, 1), "sqrt": (1, 1),
    "pow": (2, 2), "abs": (1, 1), "min": (1, _MANY), "max": (1, _MANY), "exp": (1, 1), "log": (1, 1),
    "log10": (1, 1), "jr:choice-name": (2, 2), "ends-with": (2, 2), "substr": (2, 3),
    "boolean-from-string": (1, 1), "join": (2, _MANY), "count-non-empty": (1, 1), "once": (1, 1),
    "uuid": (0, 1), "current": (0, 0), "instance": (1, 1), "indexed-repeat": (3, 3),
}

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
        elif isinstance(node, Func) and not ARITY[node.name][0] <= len(node.args) <= ARITY[node.name][1]:
            add(f"{node.name}() with {len(node.args)} argument{'s' if len(node.args) != 1 else ''}")
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
        elif isinstance(node, BinOp) and node.op == "|":
            add("|")
    return found
