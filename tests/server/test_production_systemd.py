"""The systemd unit as systemd itself reads it (`systemd-analyze verify` and `security`), its
ExecStart run with its environment as the service would run it, and the README's lines that need
root on a real server (apt-get, systemctl) checked through the files and names they use."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.readme_blocks import ROOT
from tests.server.conftest import fresh_database
from tests.server.production_support import (PACKAGING, free_port, launcher, line_with, production_lines, require,
                                             run, serving)

UNIT = PACKAGING / "quittance-server.service"
INSTALLED_BINARY = "/opt/quittance-server/bin/quittance-server"


def _directives(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        if "=" in line and not line.lstrip().startswith(("#", ";", "[")):
            key, value = line.split("=", 1)
            found.setdefault(key.strip(), []).append(value.strip())
    return found


def _scratch_unit(tmp_path: Path) -> Path:
    """The unit with its ExecStart pointing at this checkout's quittance-server: verify checks that
    the program exists, and /opt/quittance-server is not installed here (the only change)."""
    text = UNIT.read_text(encoding="utf-8")
    assert text.count(INSTALLED_BINARY) == 1
    unit = tmp_path / "units" / UNIT.name
    unit.parent.mkdir()
    unit.write_text(text.replace(INSTALLED_BINARY, launcher()), encoding="utf-8")
    return unit


def test_systemd_analyze_verify_finds_nothing_to_say(tmp_path):
    analyze = require("systemd-analyze", "systemd")
    done = subprocess.run([analyze, "verify", str(_scratch_unit(tmp_path))], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and not done.stdout.strip() and not done.stderr.strip(), done.stdout + done.stderr


def test_the_sandbox_exposure_is_low(tmp_path):
    analyze = require("systemd-analyze", "systemd")
    done = subprocess.run([analyze, "security", "--offline=true", "--threshold=20", "--no-pager",
                           str(_scratch_unit(tmp_path))], capture_output=True, text=True, timeout=120)
    exposure = re.search(r"Overall exposure level for quittance-server.service: ([\d.]+)", done.stdout)
    assert done.returncode == 0 and exposure and float(exposure.group(1)) <= 2.0, done.stdout[-1500:]


def test_the_unit_runs_as_its_own_user_and_writes_only_its_data():
    unit = _directives(UNIT.read_text(encoding="utf-8"))
    assert unit["User"] == ["quittance"] and unit["Group"] == ["quittance"]
    assert unit["ProtectSystem"] == ["strict"] and unit["ReadWritePaths"] == ["/var/lib/quittance-server"]
    assert unit["NoNewPrivileges"] == ["yes"] and unit["PrivateTmp"] == ["yes"] and unit["CapabilityBoundingSet"] == [""]
    assert unit["EnvironmentFile"] == ["/etc/quittance/server.env"]
    assert "QUITTANCE_SERVER_DATA=/var/lib/quittance-server" in unit["Environment"]
    (exec_start,) = unit["ExecStart"]
    assert shlex.split(exec_start)[:6] == [INSTALLED_BINARY, "serve", "--host", "127.0.0.1", "--port", "8000"]
    lines = production_lines("systemctl enable --now quittance-server")
    assert line_with(lines, "install -m 0644") == (
        "install -m 0644 packaging/server/quittance-server.service /etc/systemd/system/quittance-server.service")
    assert line_with(lines, "curl").endswith("http://127.0.0.1:8000/api/v1/health")


def _environment_file(path: Path) -> dict[str, str]:
    """KEY=value lines as systemd's EnvironmentFile= reads them (comments and blank lines skipped)."""
    pairs = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith(("#", ";")):
            key, value = line.split("=", 1)
            assert re.fullmatch(r"[A-Z_]+", key) and not value.startswith(("'", '"')), line
            pairs[key] = value
    return pairs


def test_the_unit_s_exec_start_serves_with_its_environment(tmp_path):
    """ExecStart as written (another port), with Environment= and the env file's settings; the
    database is a fresh one on the test PostgreSQL instead of the file's Unix-socket one."""
    settings = _environment_file(PACKAGING / "server.env")
    assert settings["QUITTANCE_DATABASE_URL"] == "postgresql+psycopg://quittance@/quittance?host=/var/run/postgresql"
    unit = _directives(UNIT.read_text(encoding="utf-8"))
    data = tmp_path / "var-lib-quittance-server"
    data.mkdir()
    port = free_port()
    argv = shlex.split(unit["ExecStart"][0].replace(INSTALLED_BINARY, launcher()).replace("8000", str(port)))
    with fresh_database("postgresql", data) as url:
        env = {"PATH": os.environ["PATH"], "LANG": "C.UTF-8", **settings,
               "QUITTANCE_SERVER_DATA": str(data), "QUITTANCE_SERVER_KEY": str(data / "server-key.hex"),
               "QUITTANCE_DATABASE_URL": url}
        subprocess.run([launcher(), "init"], env=env, check=True, capture_output=True, timeout=180)
        with serving(argv, env, port, tmp_path / "serve.log"):
            health = httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=10).json()
            assert health == {**health, "status": "ok", "database": "postgresql"}
            curl = line_with(production_lines("systemctl enable --now quittance-server"), "curl")
            require("curl", "curl")
            assert '"status":"ok"' in run(curl.replace(":8000/", f":{port}/")).stdout  # the README's check
    assert (data / "server-key.hex").stat().st_mode & 0o077 == 0  # the key only its owner reads


def test_the_readme_apt_line_names_packages_debian_has():
    apt = require("apt-get", "apt")
    if not any(Path("/var/lib/apt/lists").glob("*_Packages*")):  # a slimmed image: nothing to simulate against
        pytest.skip("no apt package lists here: `apt-get update` first")
    line = line_with(production_lines("adduser --system"), "apt-get install")
    packages = [word for word in shlex.split(line)[2:] if not word.startswith("-")]
    assert {"postgresql", "nginx-light", "certbot", "python3-venv"} <= set(packages)
    done = subprocess.run([apt, "install", "--simulate", "-o", "Debug::NoLocking=1", *packages],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    ufw_profiles = Path("/etc/ufw/applications.d/nginx")  # nginx-common's, for `ufw allow "Nginx Full"`
    if ufw_profiles.exists():
        assert "[Nginx Full]" in ufw_profiles.read_text(encoding="utf-8")


def test_quittance_admin_without_its_settings_says_so(tmp_path):
    done = subprocess.run([str(PACKAGING / "quittance-admin"), "stats"], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QUITTANCE_ENV_FILE": str(tmp_path / "missing.env")})
    assert done.returncode == 2
    assert done.stderr.strip() == f"quittance-admin: cannot read {tmp_path / 'missing.env'} (run as root, or as quittance)"
