"""A guard against a reference-counting bug in PySide6 6.12.0 on CPython 3.11.

Measured here (see tests/ui/test_qt_guard.py): with PySide6 6.12.0 on Python 3.11, every call
into Qt that returns None (any void method: setText, setPen, drawText...) and every signal
`emit()` (which returns True) gives back one reference it never took. None starts with a few
thousand references, so an app running all day would sooner or later free None or True and
abort ("Fatal Python error: none_dealloc" / "bool_dealloc"). PySide6 6.11.3 does not do this,
and on Python 3.12+ these objects are immortal, so the bug is invisible there.

The proper fix is to avoid that release (pyproject: PySide6 != 6.12.0). Until then we give the
three singletons a margin of references no day's work can exhaust. They are never meant to be
freed, so an inflated count is harmless."""
from __future__ import annotations

import ctypes
import sys

MARGIN = 1 << 40  # a trillion calls


def affected() -> bool:
    import PySide6

    return sys.version_info < (3, 12) and sys.implementation.name == "cpython" and \
        PySide6.__version__.startswith("6.12.0")


def shield_singletons() -> bool:
    """Raise the reference counts of None, True and False once. Returns True if it did."""
    if not affected() or getattr(shield_singletons, "done", False):
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object on CPython < 3.12.
        ctypes.c_ssize_t.from_address(id(singleton)).value += MARGIN
    shield_singletons.done = True  # type: ignore[attr-defined]
    return True
