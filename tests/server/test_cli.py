"""The `quittance-server` commands, run as the README writes them, in a real process."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import zxingcpp
from PIL import Image

from core.keys import generate_keypair
from core.ids import new_id
from tests.readme_blocks import command_lines, readme_block, run_lines

BIN = Path(sys.executable).parent / "quittance-server"
ROOT = Path(__file__).resolve().parents[2]


def _run(env: dict, *args: str, ok: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([str(BIN), *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    if ok:
        assert result.returncode == 0, result.stderr
    return result


def _env(tmp_path: Path, database_url: str) -> dict:
    return {**os.environ, "QUITTANCE_SERVER_DATA": str(tmp_path / "server-data"),
            "QUITTANCE_DATABASE_URL": database_url}


def test_init_agents_devices_import_and_stats(tmp_path, database_url):
    env = _env(tmp_path, database_url)
    init = json.loads(_run(env, "init", "--json").stdout)
    assert init["zones"] == 8 and init["tax_types"] == 5 and init["agents"] == 2
    key = Path(init["key_path"])
    assert key.stat().st_mode & 0o777 == 0o600
    assert "Already initialised" in _run(env, "init", "--if-needed").stdout
    assert _run(env, "init", ok=False).returncode == 2  # a second init is refused, in words

    assert "Agent Kasongo Nkulu added" in _run(env, "agent", "add", "Kasongo Nkulu", "--zones", "KAT,NDE",
                                                  "--pin", "4321").stdout
    refused = _run(env, "agent", "add", "Beya", "--zones", "XXX", "--pin", "4321", ok=False)
    assert refused.returncode == 2 and "unknown zone" in refused.stderr
    moved = json.loads(_run(env, "agent", "zones", "Kasongo Nkulu", "--zones", "NDE,LUK", "--json").stdout)
    assert (moved["taken"], moved["given"]) == (["KAT"], ["LUK"])
    for args, words in ((("Personne", "--zones", "KAT"), "no agent named"),
                        (("Kasongo Nkulu", "--zones", "ZZZ"), "unknown zone")):
        refused = _run(env, "agent", "zones", *args, ok=False)
        assert refused.returncode == 2 and words in refused.stderr

    added = json.loads(_run(env, "device", "add", "T09", "--agent", "Kasongo Nkulu", "--json").stdout)
    [decoded] = zxingcpp.read_barcodes(Image.open(added["qr_png"]))
    assert decoded.text == added["enrollment_code"]

    csv_file = tmp_path / "taxpayers.csv"
    csv_file.write_text("name,kind,phone,zone,address,latitude,longitude\n"
                        "Kabasélé Ngoyi Françoise,person,+243812345678,KAT,Katoka,-5.9,22.4\n"
                        "Boutique La Grâce,business,,NDE,,,\n"
                        ",person,,KAT,,,\n"
                        "Mukendi Awa,person,,ZZZ,,,\n"
                        "Ilunga Odette,person,12,KAT,,,\n"
                        "Tshala Gloire,person,,KAT,,95,22\n", encoding="utf-8")
    imported = json.loads(_run(env, "taxpayers", "import", str(csv_file), "--json").stdout)
    assert imported["imported"] == 2
    assert [(r["line"], r["reason"].split(" ")[0]) for r in imported["rejected"]] == \
        [(4, "name"), (5, "unknown"), (6, "phone"), (7, "latitude/longitude")]
    text = _run(env, "taxpayers", "import", str(csv_file)).stdout
    assert "line 5: unknown zone 'ZZZ'" in text

    stats = json.loads(_run(env, "stats", "--json").stdout)
    assert stats["taxpayers"] == 4 and stats["devices"] == 0 and stats["events"] == 0
    assert "taxpayers: 4" in _run(env, "stats").stdout
    cancelled = json.loads(_run(env, "device", "revoke", "T09", "--json").stdout)  # never enrolled: code cancelled
    assert cancelled["codes_cancelled"] is True
    assert _run(env, "device", "revoke", "T99", ok=False).returncode == 2


def _readme_block() -> list[str]:
    """The README's administration block (the one with `agent add`), without its `serve` line."""
    return [line for line in command_lines(readme_block("quittance-server agent add")) if " serve " not in line]


def test_the_readme_commands_work_as_written(tmp_path, database_url):
    env = _env(tmp_path, database_url)
    launcher = ".venv/bin/quittance-server" if (ROOT / ".venv/bin/quittance-server").exists() else str(BIN)
    outputs = run_lines([line.replace(".venv/bin/quittance-server", launcher) for line in _readme_block()], ROOT, env)
    assert (tmp_path / "server-data" / "enroll-T09.png").exists()
    assert "Agent Kasongo Nkulu: zones NDE; taken: KAT.\n" in outputs
    imported = json.loads(outputs[-2])
    assert imported["imported"] == 6 and imported["rejected"] == []
    stats = json.loads(outputs[-1])
    assert stats["taxpayers"] == 6 and stats["devices"] == 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_with_two_workers_enrolls_and_revokes(tmp_path, database_url):
    env = _env(tmp_path, database_url)
    _run(env, "init", "--if-needed", "--taxpayers", "resources/server/demo-taxpayers.csv")  # as `make server`
    code = json.loads(_run(env, "device", "add", "T07", "--agent", "Ilunga Kabeya", "--json").stdout)
    port = _free_port()
    process = subprocess.Popen([str(BIN), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
                               env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the server did not answer within 60 s"
            time.sleep(0.2)
        _private, public = generate_keypair()
        answer = httpx.post(f"{base}/enroll", json={"code": code["enrollment_code"], "device_id": new_id(),
                                                    "public_key": public}, timeout=10)
        assert answer.status_code == 200, answer.text
        token = answer.json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        for _ in range(4):  # whichever worker answers knows the device: the state is in the database
            assert httpx.get(f"{base}/device", headers=headers, timeout=10).json()["device_code"] == "T07"
        _run(env, "device", "revoke", "T07")
        refused = httpx.get(f"{base}/device", headers=headers, timeout=10)
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "device_revoked"
        stats = json.loads(_run(env, "stats", "--json").stdout)
        assert stats["devices_revoked"] == 1 and stats["taxpayers"] == 6
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        process.stderr.close()
