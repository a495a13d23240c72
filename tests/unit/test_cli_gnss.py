"""`quittance gnss`, run as a technician types it, on recorded receivers' logs."""
from __future__ import annotations

import json
from pathlib import Path

from tests.cli_support import run

LOGS = Path(__file__).resolve().parents[1] / "fixtures" / "nmea"


def test_prints_each_fix_and_the_averaged_point(tmp_path: Path) -> None:
    result = run("gnss", "--file", LOGS / "phone_android.nmea", "--average", "20", env={"LANG": "en_GB.UTF-8"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("14:31:05  -5.89")
    assert "3D  satellites 8/15  HDOP 1.3" in lines[0] and "± 13.0 m (hdop)" in lines[0]
    assert lines[-1].startswith("Averaged point: -5.89620")
    assert "(19 fixes used, 1 discarded beyond" in lines[-1]


def test_json_output_and_rtk_fix_types() -> None:
    result = run("gnss", "--file", LOGS / "emlid_reach_rtk.nmea", "--average", "10", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [fix["fix_type"] for fix in data["fixes"]][:9] == ["rtk_float"] * 8 + ["rtk_fixed"]
    assert data["average"]["used"] + data["average"]["discarded"] == 10
    assert data["fixes"][0]["basis"] == "gst"


def test_no_fix_is_said_clearly_in_the_users_language(tmp_path: Path) -> None:
    searching = [line for line in (LOGS / "ublox_m8n.nmea").read_text().splitlines()
                 if ",V," in line or "GGA" in line and ",0,00," in line or "GSA,A,1" in line]
    log = tmp_path / "cold.nmea"
    log.write_text("\n".join(searching[:20]) + "\n")
    result = run("gnss", "--file", log, env={"LANG": "fr_FR.UTF-8"})
    assert result.returncode == 1
    assert "PAS DE POSITION" in result.stdout
    assert "Le récepteur n'a pas de position" in result.stdout.splitlines()[-1]


def test_damaged_sentences_are_counted() -> None:
    result = run("gnss", "--file", LOGS / "ublox_m8n.nmea", env={"LANG": "en_GB.UTF-8"})
    assert result.returncode == 0, result.stderr
    assert "2 sentences had a wrong checksum and were ignored." in result.stdout
    assert result.stdout.count("NO FIX") == 6


def test_reads_a_receiver_on_a_serial_port() -> None:
    """A pseudo-terminal stands in for the Bluetooth/USB port: the receiver writes, the command reads."""
    import os
    import subprocess
    import sys
    import threading

    from tests.cli_support import REPO

    import tty

    master, slave = os.openpty()
    # Raw from the start, as a real serial port is: in the pty's default cooked mode every byte
    # written before the command opened the port was echoed back into the master, which nobody
    # reads, and under load that buffer filled and stalled the writer.
    tty.setraw(slave)
    port = os.ttyname(slave)
    env = {**os.environ, "PYTHONPATH": str(REPO), "LANG": "en_GB.UTF-8"}
    env.pop("LANGUAGE", None)
    process = subprocess.Popen([sys.executable, "-m", "desktop.main", "gnss", "--port", port, "--average", "5"],
                               cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log = (LOGS / "phone_android.nmea").read_bytes()
    stop = threading.Event()

    def receiver() -> None:  # streams as a receiver does, from power-on until unplugged
        while not stop.is_set():
            for i in range(0, len(log), 64):
                if stop.is_set():
                    return
                os.write(master, log[i:i + 64])
                stop.wait(0.005)

    writer = threading.Thread(target=receiver, daemon=True)
    try:
        writer.start()
        out, err = process.communicate(timeout=60)
    finally:
        stop.set()
        writer.join(timeout=5)
        os.close(master)
        os.close(slave)
    assert process.returncode == 0, err
    import re

    fixes = [line for line in out.splitlines() if re.match(r"\d\d:\d\d:\d\d  -5\.89", line)]
    assert len(fixes) == 5, out
    # The port opens wherever the receiver is in its stream: the first epoch can be cut short
    # (its position read, its satellites sentence not yet), as with a real receiver plugged in.
    assert sum("satellites 8/" in line for line in fixes[1:]) == 4, out
    assert out.splitlines()[-1].startswith("Averaged point: -5.89")
