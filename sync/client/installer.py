"""Handing a checked installer file to the platform's installer (issue 13, Updates).

One small interface, `Installer.install(file)`, so the app never knows how a platform installs:
Linux runs `pkexec apt-get install` on the .deb (polkit asks for an administrator's password; a
root session uses `dpkg -i`), Windows runs the NSIS installer silently (`/S`). Either way the
command runs detached from the app, which quits at once so its files can be replaced, and
starts the app again when the installation succeeded. What the installer prints goes to
`updates/install.log` beside the database."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Protocol

from core.errors import QuittanceError

LOG = "install.log"


class Installer(Protocol):
    def install(self, file: Path) -> None:
        """Start installing `file` (detached: it outlives the app); raise QuittanceError if it cannot start."""


def relaunch_command() -> list[str]:
    """How to start this app again: the frozen executable itself, else the `quittance` command."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    found = shutil.which("quittance")
    return [found] if found else [sys.executable, "-m", "desktop.main"]


class DebInstaller:
    """`pkexec apt-get install --yes FILE` (apt resolves dependencies; a root session: `dpkg -i`),
    then the app again, all in one detached shell."""

    def __init__(self, relaunch: list[str] | None = None, *, which=shutil.which,  # noqa: ANN001
                 is_root: bool | None = None) -> None:
        self.relaunch = relaunch if relaunch is not None else relaunch_command()
        self.which = which
        self.is_root = (os.geteuid() == 0) if is_root is None and hasattr(os, "geteuid") else bool(is_root)

    def install_command(self, file: Path) -> list[str]:
        path = str(Path(file).resolve())  # apt installs a local file only from a path with a slash
        if self.is_root:
            return ["dpkg", "-i", path]
        if self.which("pkexec") is None:
            raise QuittanceError("update_no_installer", tool="pkexec")
        return ["pkexec", "apt-get", "install", "--yes", path]

    def command(self, file: Path) -> list[str]:
        # sh -c SCRIPT NAME ARG…: "$@" is the install command, run first; the app only if it succeeded.
        script = '"$@" && exec ' + " ".join(_sh_quote(part) for part in self.relaunch)
        return ["/bin/sh", "-c", script, "quittance-update", *self.install_command(file)]

    def install(self, file: Path) -> None:
        _start(self.command(file), Path(file).parent / LOG)


class NsisInstaller:
    """The NSIS installer, silent (`/S`), then the app again, from a detached `cmd /c`."""

    def __init__(self, relaunch: list[str] | None = None) -> None:
        self.relaunch = relaunch if relaunch is not None else relaunch_command()

    def command(self, file: Path) -> list[str]:
        return ["cmd.exe", "/c", str(Path(file).resolve()), "/S", "&&", *self.relaunch]

    def install(self, file: Path) -> None:
        _start(self.command(file), Path(file).parent / LOG)


def for_platform(platform: str) -> Installer:
    return NsisInstaller() if platform == "windows-exe" else DebInstaller()


def _sh_quote(text: str) -> str:
    return "'" + text.replace("'", "'\"'\"'") + "'"


def _start(command: list[str], log: Path) -> None:
    """Start `command` detached from this process (its own session / process group), so that
    quitting the app does not stop it."""
    options: dict = {"stdin": subprocess.DEVNULL, "close_fds": True}
    if os.name == "nt":
        options["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        options["start_new_session"] = True
    try:
        with log.open("ab") as output:
            subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, **options)  # noqa: S603
    except OSError as error:
        raise QuittanceError("update_install_failed", reason=str(error)) from error
