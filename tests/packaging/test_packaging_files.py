"""The packaging files that need no build: the Windows workflow and spec, the NSIS script's own
refusals, and the Depends derivation on small folders of real ELF files."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.packaging.conftest import need
from tests.readme_blocks import ROOT

sys.path.insert(0, str(ROOT / "packaging"))
import debian_libs  # noqa: E402

WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"
PYSIDE_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"


def test_the_windows_workflow_builds_runs_and_uploads_the_installer() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = workflow["jobs"]["installer"]
    assert job["runs-on"] == "windows-latest"
    steps = job["steps"]
    uses = [step.get("uses", "") for step in steps]
    python = next(step for step in steps if step.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["python-version"] == "3.11"
    runs = "\n".join(step.get("run", "") for step in steps)
    assert "packaging/pyinstaller/quittance-windows.spec" in runs
    assert (ROOT / "packaging" / "pyinstaller" / "quittance-windows.spec").is_file()
    assert "dist\\quittance\\quittance.exe --version" in runs and "gui --screenshot" in runs
    assert "choco install nsis" in runs and "packaging\\nsis\\quittance.nsi" in runs
    assert "-WX" in runs  # warnings as errors, as here
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact"))
    assert "dist/quittance-*-setup.exe" in upload["with"]["path"]
    assert uses.index("actions/checkout@v4") == 0
    # The order a build needs: install, freeze, run it, then NSIS around the frozen folder.
    names = [step.get("name", "") for step in steps]
    assert names.index("Freeze the app (one folder)") < names.index("Build the installer")


def test_the_windows_spec_is_python_that_freezes_both_programs() -> None:
    source = (ROOT / "packaging" / "pyinstaller" / "quittance-windows.spec").read_text(encoding="utf-8")
    compile(source, "quittance-windows.spec", "exec")
    assert 'name="quittance", console=True' in source and 'name="quittance-app", console=False' in source


def test_makensis_refuses_the_script_without_a_version(tmp_path: Path) -> None:
    makensis = need("makensis", "nsis")
    result = subprocess.run([makensis, "-V2", "-DPAYLOAD=x", "-DICON=y", str(ROOT / "packaging/nsis/quittance.nsi")],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode != 0
    assert "VERSION is required" in result.stdout + result.stderr


def test_derive_names_the_package_of_each_system_library(tmp_path: Path) -> None:
    need("objdump", "binutils")
    need("dpkg-query", "dpkg")
    # A folder holding Qt's core library: it needs libstdc++ and libc from the system, and
    # nothing from the folder itself that it lacks.
    shutil.copy(PYSIDE_LIB / "libQt6Core.so.6", tmp_path / "libQt6Core.so.6")
    for name in debian_libs.needed_sonames(tmp_path / "libQt6Core.so.6"):
        if name.startswith("libicu"):
            shutil.copy(PYSIDE_LIB / name, tmp_path / name)
    derivation = debian_libs.derive(tmp_path)
    assert "libstdc++6" in derivation.depends and "libc6" in derivation.depends
    assert derivation.depends["libc6"].startswith(">= ")  # from libc6's shlibs file
    assert not any(name.startswith("libicu") for name in derivation.needed_by)  # provided by the folder
    assert "libQt6Core.so.6" not in derivation.needed_by


def test_derive_refuses_a_library_no_package_provides(tmp_path: Path) -> None:
    need("objdump", "binutils")
    # Qt's widgets library without the Qt core it needs: nothing on the system provides that.
    shutil.copy(PYSIDE_LIB / "libQt6Widgets.so.6", tmp_path / "libQt6Widgets.so.6")
    with pytest.raises(debian_libs.UnresolvedLibraries, match=r"libQt6Core\.so\.6 \(needed by libQt6Widgets"):
        debian_libs.derive(tmp_path)


def test_system_binaries_leaves_debian_libraries_to_debian() -> None:
    need("dpkg-query", "dpkg")
    libc = debian_libs.linker_cache()["libc.so.6"]
    ours = str(PYSIDE_LIB / "libQt6Core.so.6")
    kept, dropped = debian_libs.system_binaries([("libc.so.6", libc, "BINARY"), ("libQt6Core.so.6", ours, "BINARY")])
    assert kept == [("libQt6Core.so.6", ours, "BINARY")] and dropped == [libc]
