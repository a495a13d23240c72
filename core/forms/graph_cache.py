"""One compiled graph per form and thread, shared by every session that fills the form in.

An agent fills the same form in dozens of times a day: compiling its expressions once makes every
later session open in a few milliseconds. The XPath functions reach the session that is
evaluating through `active` (a thread-local), so the compiled expressions hold no session."""
from __future__ import annotations

import threading
import weakref

from lxml import etree

from core.forms.graph import Graph
from core.forms.xpath_emit import NS
from core.forms.model import Form
from core.forms.xpath_functions import extensions

_local = threading.local()


class _ActiveSession:
    """The XPath functions' host: whichever session of this thread is evaluating now."""

    def __getattr__(self, name: str):
        return getattr(_local.session, name)


ACTIVE_EXTENSIONS = extensions(_ActiveSession())

# Registered once for the process in the engine's own namespace: an XPath compiled without an
# extension table of its own compiles in half the time (a 300-question form opens faster).
_functions = etree.FunctionNamespace(NS)
for (_namespace, _name), _function in ACTIVE_EXTENSIONS.items():
    _functions[_name] = _function


def activate(session) -> None:
    _local.session = session


def graph_for(form: Form) -> Graph:
    cache = getattr(_local, "graphs", None)
    if cache is None:
        cache = _local.graphs = {}
    entry = cache.get(id(form))
    if entry is not None and entry[0]() is form:
        return entry[1]
    graph = Graph(form, None)
    key = id(form)
    cache[key] = (weakref.ref(form, lambda _ref: cache.pop(key, None)), graph)
    return graph
