"""`quittance`: with a subcommand, the headless command line; without one, the desktop app."""
from __future__ import annotations

import importlib
import sys

from core.cli import build_parser, default_db_path, parse, run_command
from core.terminal import terminal_output

# Each layer adds its own subcommands; optional until that layer exists.
_EXTENSION_MODULES = ("printing.cli", "printing.cli_closings", "sync.client.cli", "desktop.cli", "core.cli_forms", "core.cli_backup",
                      "sync.client.cli_restore", "core.cli_vault",
                      "sync.client.cli_audit",  # issue 14: `audit log`
                      "core.cli_journal")  # issue 14: the technical journal


def _extensions() -> list:
    found = []
    for name in _EXTENSION_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        found.append(module.add_commands)
    return found


def main(argv: list[str] | None = None) -> int:
    # Everything printed goes through terminal_output(): no raw control character from data, and
    # `quittance … | head -1` finishes its work and exits quietly once the reader has gone.
    with terminal_output():
        args = parse(build_parser(_extensions()), argv)
        if args.command is None:
            from desktop.app import run_gui

            return run_gui(args.db or default_db_path())
        return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
