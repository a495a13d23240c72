"""One `make package` per session, run as the README says, then the .deb installed by dpkg into
a scratch root: every test here reads what a user's machine would get."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.readme_blocks import ROOT, command_lines, readme_block

# tool -> the Debian package that brings it
TOOLS = {"dpkg-deb": "dpkg", "dpkg-query": "dpkg", "objdump": "binutils", "makensis": "nsis",
         "desktop-file-validate": "desktop-file-utils"}


def need(tool: str, package: str) -> str:
    """The tool's path; a skip naming its Debian package, or a failure under CI=true."""
    found = shutil.which(tool)
    if found is None:
        message = f"{tool} is missing: install Debian's {package} package"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return found


def need_tools() -> None:
    missing = sorted({f"{tool} (Debian package {package})" for tool, package in TOOLS.items()
                      if shutil.which(tool) is None})
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        missing.append("PyInstaller (the dev extras: pip install -e '.[dev]')")
    if missing:
        message = "make package needs: " + ", ".join(missing)
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@dataclass
class Built:
    report: dict
    output: str
    deb: Path
    root: Path  # the scratch root the .deb is installed into
    env: dict

    @property
    def app(self) -> Path:
        return self.root / "usr" / "bin" / "quittance"


def _scratch_root(base: Path) -> Path:
    """A root with an empty dpkg database, so `dpkg --root` installs as it would under /."""
    root = base / "root"
    for folder in ("var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers"):
        (root / folder).mkdir(parents=True)
    (root / "var/lib/dpkg/status").touch()
    return root


def run_app(built: Built, *args: str, cwd: Path, timeout: int = 300) -> tuple[subprocess.CompletedProcess, float]:
    """The installed quittance, offscreen, with its own home: (result, wall seconds)."""
    started = time.perf_counter()
    result = subprocess.run([str(built.app), *args], cwd=cwd, env=built.env, capture_output=True, text=True,
                            stdin=subprocess.DEVNULL, timeout=timeout)
    return result, time.perf_counter() - started


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    need_tools()
    line = next(line for line in command_lines(readme_block("make package")) if line.startswith("make package"))
    command = line.split("#")[0].strip()
    result = subprocess.run(["bash", "-c", command], cwd=ROOT, capture_output=True, text=True,
                            stdin=subprocess.DEVNULL, timeout=1800)
    assert result.returncode == 0, f"{command}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    report = json.loads((ROOT / "dist" / "package-report.json").read_text(encoding="utf-8"))
    deb = Path(report["deb"])
    base = tmp_path_factory.mktemp("installed")
    root = _scratch_root(base)
    install = subprocess.run(["dpkg", f"--root={root}", "--force-not-root", "--force-depends",
                              "--log=/dev/null", "-i", str(deb)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    home = base / "home"
    home.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "QUITTANCE_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", QUITTANCE_STATE_DIR=str(base / "state"),
               LANG="fr_FR.UTF-8", PATH=f"{root / 'usr' / 'bin'}:/usr/bin:/bin")
    env.pop("PYTHONPATH", None)
    print(result.stdout[-1500:], file=sys.stderr)
    return Built(report=report, output=result.stdout, deb=deb, root=root, env=env)
