"""What the command line prints: never a raw control or escape character that came from data, and
a reader that stops early (`quittance search … | head -1`) ends the output quietly.

Two layers, because a field and a stream need different rules. A field (a name, a reason, a path)
may not carry a line break either, or it could forge a line of output: `safe()` escapes them all.
The stream keeps the line breaks and tabs that our own templates put there and escapes every other
control character: a last guard for whatever a template forgot to pass through `safe()`."""
from __future__ import annotations

import os
import re
import sys
from contextlib import contextmanager
from typing import Any, Iterator, TextIO

# C0 controls and DEL, C1 controls (U+009B is a one-character CSI on many terminals), the Unicode
# line and paragraph separators, and the bidirectional controls that reorder what a terminal shows
# (U+061C, U+200E/F, U+202A-E, U+2066-9).
_OTHER = r"\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_IN_FIELD = re.compile(rf"[\x00-\x1f\x7f-\x9f{_OTHER}]")
_IN_STREAM = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{_OTHER}]")  # keeps \t and \n


def _escape(match: re.Match) -> str:
    # \uXXXX reads plainly on a terminal and stays valid inside a JSON string.
    return f"\\u{ord(match.group()):04x}"


def safe(value: Any) -> str:
    """`value` as text with every control character shown as `\\uXXXX`: fit for one field of a line."""
    return _IN_FIELD.sub(_escape, str(value))


def safe_params(params: dict[str, Any]) -> dict[str, Any]:
    """Message parameters with every text made `safe()`; numbers stay numbers for formatting."""
    return {key: value if isinstance(value, (int, float)) else safe(value) for key, value in params.items()}


class TerminalStream:
    """Wraps stdout or stderr: escapes stray control characters, and when the reader has gone
    (EPIPE) sends the rest to /dev/null, so the command still finishes and exits normally."""

    def __init__(self, target: TextIO) -> None:
        self._target = target
        self._reader_gone = False

    def write(self, text: str) -> int:
        if not self._reader_gone:
            try:
                self._target.write(_IN_STREAM.sub(_escape, text))
                self._target.flush()  # so a closed pipe shows here, inside the command, not at exit
            except BrokenPipeError:
                self._let_go()
        return len(text)

    def flush(self) -> None:
        if not self._reader_gone:
            try:
                self._target.flush()
            except BrokenPipeError:
                self._let_go()

    def _let_go(self) -> None:
        self._reader_gone = True
        _point_at_devnull(self._target)

    def __getattr__(self, name: str) -> Any:  # isatty, fileno, encoding…
        return getattr(self._target, name)


def _point_at_devnull(stream: TextIO) -> None:
    """The classic fix: what is still buffered, and the interpreter's last flush, go nowhere
    instead of raising again ("Exception ignored … BrokenPipeError") at exit."""
    try:
        fd = stream.fileno()
    except (OSError, ValueError, AttributeError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


@contextmanager
def terminal_output() -> Iterator[None]:
    """Run a command with stdout and stderr wrapped in `TerminalStream`."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalStream(saved[0]), TerminalStream(saved[1])
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
