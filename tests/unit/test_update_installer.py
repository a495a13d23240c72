"""The platform installers' command lines, as built (issue 13, Updates). The package managers
themselves cannot run here; the shell wrapper that runs them and starts the app again does."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from core.errors import QuittanceError
from sync.client.installer import DebInstaller, NsisInstaller
from sync.releases import is_newer, parse_version


def test_the_deb_goes_to_apt_through_pkexec_then_the_app_starts_again(tmp_path):
    deb = tmp_path / "updates" / "quittance-1.4.0.deb"
    installer = DebInstaller(["/usr/bin/quittance"], which=lambda name: f"/usr/bin/{name}", is_root=False)
    command = installer.command(deb)
    assert command[:2] == ["/bin/sh", "-c"] and command[3] == "quittance-update"
    assert command[4:] == ["pkexec", "apt-get", "install", "--yes", str(deb.resolve())]
    assert command[2] == "\"$@\" && exec '/usr/bin/quittance'"


def test_a_root_session_uses_dpkg_and_without_pkexec_it_says_what_is_missing(tmp_path):
    deb = tmp_path / "q.deb"
    assert DebInstaller(["quittance"], which=lambda name: None, is_root=True).install_command(deb) == \
        ["dpkg", "-i", str(deb.resolve())]
    with pytest.raises(QuittanceError) as missing:
        DebInstaller(["quittance"], which=lambda name: None, is_root=False).install_command(deb)
    assert missing.value.code == "update_no_installer"
    assert "pkexec" in missing.value.message("fr") and "programme" in missing.value.message("fr")


@pytest.mark.parametrize("outcome, restarted", [("true", True), ("false", False)])
def test_the_app_starts_again_only_when_the_installation_succeeded(tmp_path, outcome, restarted):
    """The wrapper as built, run for real with `true` / `false` in place of the package manager."""
    marker = tmp_path / "started"
    installer = DebInstaller(["touch", str(marker)], which=lambda name: "/usr/bin/pkexec", is_root=False)
    command = installer.command(tmp_path / "q.deb")
    wrapper = command[:4]  # /bin/sh -c SCRIPT NAME, then the install command
    subprocess.run([*wrapper, outcome], check=False, timeout=30)
    assert marker.exists() is restarted


def test_the_nsis_installer_runs_silent_then_the_app(tmp_path):
    exe = tmp_path / "quittance-1.4.0.exe"
    command = NsisInstaller([r"C:\Program Files\Quittance\quittance.exe"]).command(exe)
    assert command == ["cmd.exe", "/c", str(exe.resolve()), "/S", "&&", r"C:\Program Files\Quittance\quittance.exe"]


def test_versions_compare_as_numbers():
    assert parse_version("1.10.0") == (1, 10, 0) and parse_version("1.2") is None and parse_version("01.2.3") is None
    assert is_newer("1.10.0", "1.9.9") and not is_newer("1.2.0", "1.10.0") and not is_newer("1.0.0", "1.0.0")
    assert is_newer("0.2.0", "0.1.0.dev3") and not is_newer("garbage", "0.1.0")
