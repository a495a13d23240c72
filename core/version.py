"""The installed Quittance's version, as pyproject.toml declares it (`quittance --version`).

Read from the distribution's metadata, which pip writes at install and the frozen app carries
(packaging/pyinstaller/quittance_bundle.py copies it), so there is one place to bump it."""
from __future__ import annotations

import argparse
from importlib.metadata import PackageNotFoundError, version


def app_version(unknown: str = "unknown (not installed)") -> str:
    """The installed package's version; `unknown` for a source tree never installed (the CLI says
    so; the sync protocol sends "0.0.0", which any release is newer than)."""
    try:
        return version("quittance")
    except PackageNotFoundError:
        return unknown


class VersionAction(argparse.Action):
    """`--version`: prints `quittance X.Y.Z` and exits 0. The metadata is read only when asked,
    so every other command's start pays nothing for it."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: object) -> None:
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0,
                         help="print the installed version and exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:  # noqa: ANN001
        print(f"quittance {app_version()}")  # on stdout, as argparse's own version action does
        parser.exit(0)
