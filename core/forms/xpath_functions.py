"""ODK's functions for lxml, in the engine's namespace (see xpath_emit.py for which calls land here).

Each takes lxml's context first, then XPath values as lxml passes them (a node-set is a list of
elements); each returns a string, a float, a bool or a list of elements. None raises on a user's
answer: a bad input gives what ODK gives (NaN, "", false)."""
from __future__ import annotations

import math
import re
import uuid
from datetime import datetime
from typing import Callable, Protocol

from core.forms.xpath_emit import NS
from core.forms.xpath_values import (
    compare, date_days, datetime_text, days_to_date, days_to_datetime, node_text, to_boolean, to_number,
    to_number_or_days, to_string, values_of,
)


class Host(Protocol):
    """What the functions need of the session."""
    def current_nodes(self) -> list: ...
    def main_root(self) -> list: ...
    def choice_instance(self, list_name: str) -> list: ...
    def choice_label(self, question_path: str, value: str) -> str: ...
    def moment(self) -> datetime: ...


_regex_cache: dict[str, re.Pattern | None] = {}


def _pattern(text: str) -> re.Pattern | None:
    if text not in _regex_cache:
        try:
            _regex_cache[text] = re.compile(text)
        except re.error:
            _regex_cache[text] = None
    return _regex_cache[text]


def _selected_names(value) -> list[str]:
    return to_string(value).split()


def _round(value, digits=0.0) -> float:
    number, places = to_number_or_days(value), to_number(digits)
    if math.isnan(number) or math.isinf(number) or math.isnan(places):
        return number
    factor = 10.0 ** int(places)
    # ODK rounds half away from zero (Python's round() goes to even)
    return math.copysign(math.floor(abs(number) * factor + 0.5), number) / factor


def _int(value) -> float:
    number = to_number_or_days(value)
    if math.isnan(number) or math.isinf(number):
        return number
    return float(math.trunc(number))


def _position(nodes) -> float:
    if not isinstance(nodes, list) or not nodes:
        return math.nan
    node = nodes[0]
    parent = node.getparent()
    if parent is None:
        return 1.0
    index = 1
    for sibling in parent:
        if sibling is node:
            return float(index)
        if sibling.tag == node.tag:
            index += 1
    return math.nan


def _date(value) -> str:
    if isinstance(value, (float, bool)):
        return days_to_date(to_number(value))
    text = to_string(value)
    days = date_days(text)
    if days is None:
        number = to_number(value)
        return days_to_date(number)
    return days_to_date(days)


def _date_time(value) -> str:
    if isinstance(value, (float, bool)):
        return days_to_datetime(to_number(value))
    days = to_number_or_days(value)
    return days_to_datetime(days)


def _math(function: Callable[[float], float]) -> Callable:
    def apply(_context, value) -> float:
        try:
            return float(function(to_number(value)))
        except (ValueError, OverflowError):
            return math.nan
    return apply


def _pow(_context, base, exponent) -> float:
    try:
        result = math.pow(to_number(base), to_number(exponent))
    except (ValueError, OverflowError, ZeroDivisionError):
        return math.nan
    return result


def _numbers(args) -> list[float]:
    numbers = []
    for arg in args:
        numbers.extend(to_number(v) for v in values_of(arg))
    return numbers


def _min(_context, *args) -> float:
    numbers = _numbers(args)
    return math.nan if not numbers or any(math.isnan(n) for n in numbers) else min(numbers)


def _max(_context, *args) -> float:
    numbers = _numbers(args)
    return math.nan if not numbers or any(math.isnan(n) for n in numbers) else max(numbers)


def _concat(_context, *args) -> str:
    return "".join("".join(values_of(arg)) if isinstance(arg, list) else to_string(arg) for arg in args)


def _join(_context, separator, *args) -> str:
    parts = []
    for arg in args:
        parts.extend(values_of(arg) if isinstance(arg, list) else [to_string(arg)])
    return to_string(separator).join(str(p) for p in parts)


def _coalesce(_context, first, second) -> str:
    text = to_string(first)
    return text if text else to_string(second)


def _indexed_repeat(_context, values, repeats, index, *more) -> str:
    """indexed-repeat(${name}, ${repeat}, i): `name` in the i-th instance of `repeat`."""
    position = to_number(index)
    if not isinstance(repeats, list) or math.isnan(position) or not 1 <= position <= len(repeats):
        return ""
    instance = repeats[int(position) - 1]
    for node in values if isinstance(values, list) else []:
        ancestor = node
        while ancestor is not None and ancestor is not instance:
            ancestor = ancestor.getparent()
        if ancestor is instance:
            return node_text(node)
    return ""


def extensions(host: Host) -> dict:
    """lxml's extension table for a session: {(namespace, name): function}."""

    def current(_context):
        return host.current_nodes()

    def once(context, value):
        existing = node_text(context.context_node)
        return existing if existing else to_string(value)

    def choice_name(_context, value, path):
        return host.choice_label(to_string(path).strip(), to_string(value))

    def today(_context):
        return host.moment().date().isoformat()

    def now(_context):
        return datetime_text(host.moment())

    table = {
        "if": lambda _c, condition, yes, no: yes if to_boolean(condition) else no,
        "selected": lambda _c, value, name: to_string(name).strip() in _selected_names(value),
        "selected-at": lambda _c, value, at: (lambda names, i: names[int(i)] if not math.isnan(i) and 0 <= i < len(names) else "")(
            _selected_names(value), to_number(at)),
        "count-selected": lambda _c, value: float(len(_selected_names(value))),
        "coalesce": _coalesce,
        "concat": _concat,
        "join": _join,
        "regex": lambda _c, value, pattern: (lambda p: bool(p and p.search(to_string(value))))(_pattern(to_string(pattern))),
        "today": today,
        "now": now,
        "date": lambda _c, value: _date(value),
        "date-time": lambda _c, value: _date_time(value),
        "decimal-date-time": lambda _c, value: to_number_or_days(value),
        "int": lambda _c, value: _int(value),
        "round": lambda _c, value, digits=0.0: _round(value, digits),
        "sqrt": _math(math.sqrt),
        "exp": _math(math.exp),
        "log": _math(math.log),
        "log10": _math(math.log10),
        "abs": _math(abs),
        "pow": _pow,
        "min": _min,
        "max": _max,
        "choice-name": choice_name,
        "position": lambda _c, nodes: _position(nodes),
        "ends-with": lambda _c, text, end: to_string(text).endswith(to_string(end)),
        "substr": lambda _c, text, start, end=None: to_string(text)[int(to_number(start)):(
            None if end is None else int(to_number(end)))],
        "boolean-from-string": lambda _c, value: to_string(value).strip() in ("true", "1"),
        "count-non-empty": lambda _c, nodes: float(sum(1 for v in values_of(nodes) if str(v))),
        "once": once,
        "uuid": lambda _c, *_args: str(uuid.uuid4()),
        "current": current,
        "main": lambda _c: host.main_root(),
        "instance": lambda _c, name: host.choice_instance(to_string(name)),
        "indexed-repeat": _indexed_repeat,
        "lt": lambda _c, a, b: compare("<", a, b),
        "le": lambda _c, a, b: compare("<=", a, b),
        "gt": lambda _c, a, b: compare(">", a, b),
        "ge": lambda _c, a, b: compare(">=", a, b),
        "plus": lambda _c, a, b: to_number_or_days(a) + to_number_or_days(b),
        "minus": lambda _c, a, b: to_number_or_days(a) - to_number_or_days(b),
    }
    return {(NS, name): function for name, function in table.items()}
