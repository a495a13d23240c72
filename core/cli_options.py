"""The command line's global options (`--db`, `--json`, `--as`, `--clock-ahead-ok`) and its parser.

A global option may come before the subcommand (`quittance --db X init …`) or after it
(`quittance init --db X …`). The top-level parser keeps its value under `global_<dest>`, and
the subcommand's copy defaults to SUPPRESS, so neither position overwrites the other with a
default. `parse()` then merges them: an option the subcommand does not take is refused, and
the same option given twice with different values is refused, rather than one silently winning.

Each subcommand lists the options it takes with `common("db", "json", "as")`. Taking `--as`
is what makes a command a write: it runs as an agent, who must give their PIN."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Callable

from core.cli_errors import translate_usage_error
from core.messages import system_language
from core.terminal import safe
from core.version import VersionAction

# name -> (flag, dest, help)
_OPTIONS: dict[str, tuple[str, str, str]] = {
    "db": ("--db", "db", "device database (default: device.db in the user data directory)"),
    "json": ("--json", "json", "machine-readable output"),
    "as": ("--as", "acting_agent", "agent acting (name or id; needed when the device has several)"),
    "clock": ("--clock-ahead-ok", "clock_ahead_ok",
              "the device clock is right although it is more than a day past the last record"),
}
_ABSENT = {"db": None, "json": False, "acting_agent": None, "clock_ahead_ok": False}

Options = Callable[..., list[argparse.ArgumentParser]]


class _Once(argparse.Action):
    """Stores the value, refusing the same option given again with another value in the same
    position (`--db a.db --db b.db verify`), which argparse would settle silently by the last."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        previous = getattr(namespace, self.dest, None)
        if previous not in (None, argparse.SUPPRESS) and previous != values:
            parser.error(f"{option_string} given twice with different values")
        setattr(namespace, self.dest, values)


def _add(parser: argparse.ArgumentParser, name: str, dest: str, default: object) -> None:
    flag, _, help_text = _OPTIONS[name]
    if name in ("json", "clock"):
        parser.add_argument(flag, dest=dest, action="store_true", default=default, help=help_text)
    elif name == "db":
        parser.add_argument(flag, dest=dest, type=Path, default=default, action=_Once, metavar="PATH",
                            help=help_text)
    else:  # --agent says the same as --as, for scripts that name who acts in full
        parser.add_argument(flag, "--agent", dest=dest, default=default, action=_Once, metavar="AGENT",
                            help=help_text)


def common(*names: str) -> list[argparse.ArgumentParser]:
    """Parent parsers giving a subcommand the global options `names` (of "db", "json", "as").
    A write (one taking "as") also takes --clock-ahead-ok: only a write checks the clock."""
    if "as" in names and "clock" not in names:
        names = (*names, "clock")
    parents = []
    for name in names:
        parent = argparse.ArgumentParser(add_help=False)
        _add(parent, name, _OPTIONS[name][1], argparse.SUPPRESS)
        parent.set_defaults(**{f"takes_{name}": True})
        parents.append(parent)
    return parents


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: an integer in [low, high], else a one-line usage error (exit 2)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be between {low:,} and {high:,}, not {value:,}")
        return value
    return parse


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, like every other refusal
        self.exit(2, f"quittance: {safe(translate_usage_error(message, system_language()))}\n")


def top_level_parser(description: str) -> Parser:
    parser = Parser(prog="quittance", description=description)
    parser.add_argument("--version", action=VersionAction)
    for name, (_, dest, _) in _OPTIONS.items():
        _add(parser, name, f"global_{dest}", _ABSENT[dest])
    return parser


def parse(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace:
    """Parse, then merge each global option given before the subcommand into the one after it."""
    args = parser.parse_args(argv)
    command = args.command
    for name, (flag, dest, _) in _OPTIONS.items():
        before = getattr(args, f"global_{dest}")
        delattr(args, f"global_{dest}")
        after = getattr(args, dest, _ABSENT[dest])
        if before != _ABSENT[dest]:
            # With no subcommand `quittance [--db PATH]` opens the app on that database.
            if not getattr(args, f"takes_{name}", command is None and name == "db"):
                parser.error(f"{flag} does not apply to {command!r}" if command
                             else f"{flag} needs a command (see quittance --help)")
            if after != _ABSENT[dest] and after != before:
                parser.error(f"{flag} given twice with different values")
        setattr(args, dest, before if before != _ABSENT[dest] else after)
    return args
