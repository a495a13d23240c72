"""`quittance`: with a subcommand, the headless command line; without one, the desktop app."""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

from core.cli import build_parser, default_db_path, run_command

DEMO_DB = Path(".demo") / "demo.db"

# Each layer adds its own subcommands; optional until that layer exists.
_EXTENSION_MODULES = ("printing.cli", "desktop.cli")


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
    parser = build_parser(_extensions())
    args = parser.parse_args(argv)
    if args.command is None:
        from desktop.app import run_gui

        return run_gui(args.db or default_db_path())
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
