"""`quittance gnss` fed what a technician really has at hand: an empty or binary file, a log with
no fix, a u-blox log of $GNRMC only, and silly numbers for --average and --uere."""
from __future__ import annotations

import json
from functools import reduce
from pathlib import Path

import pytest

from tests.cli_support import run

EN = {"LANG": "en_GB.UTF-8"}


def sentence(body: str) -> str:
    return "$%s*%02X" % (body, reduce(lambda a, c: a ^ ord(c), body, 0))


def rmc_only(path: Path) -> Path:
    path.write_text("\r\n".join(sentence(f"GNRMC,1235{i:02d}.00,A,1139.600{i},S,02728.800{i},E,0.0,0.0,301126,,,A")
                                for i in range(6)) + "\r\n")
    return path


def gga(path: Path) -> Path:
    path.write_text("\n".join(sentence(f"GPGGA,1235{i:02d}.00,1139.600{i},S,02728.800{i},E,1,08,0.9,1200.0,M,,M,,")
                              for i in range(6)) + "\n")
    return path


@pytest.mark.parametrize("content", [b"", b"\x00\xff\x89PNG" * 500])
def test_an_empty_or_binary_file_says_it_holds_no_nmea(tmp_path, content):
    log = tmp_path / "log.nmea"
    log.write_bytes(content)
    result = run("gnss", "--file", log, env=EN)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.strip() == f"{log} holds no NMEA sentence: it is empty, or not a GNSS receiver's log."


def test_a_ublox_log_of_rmc_only_gives_positions_of_unknown_accuracy(tmp_path):
    result = run("gnss", "--file", rmc_only(tmp_path / "rmc.nmea"), "--average", "3", env=EN)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].startswith("12:35:00  -11.6600000, 27.4800000  accuracy unknown")
    assert result.stdout.splitlines()[-1].startswith("Averaged point: -11.66000")


@pytest.mark.parametrize("uere", ["inf", "nan", "-5", "0", "1e308"])
def test_uere_must_be_a_sensible_number_of_metres(tmp_path, uere):
    for extra in ([], ["--json"]):
        result = run("gnss", "--file", gga(tmp_path / "gga.nmea"), f"--uere={uere}", *extra, env=EN)
        assert result.returncode == 2, result.stdout
        assert "--uere takes a number of metres above 0 and at most 100" in result.stderr
        assert "inf m" not in result.stdout and "nan m" not in result.stdout


def test_a_sensible_uere_scales_the_accuracy(tmp_path):
    result = run("gnss", "--file", gga(tmp_path / "gga.nmea"), "--uere", "2", "--json", env=EN)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["fixes"][0]["accuracy_m"] == pytest.approx(2 * 2 * 0.9)  # 2DRMS: 2 x UERE x HDOP


@pytest.mark.parametrize("average", ["0", "-1", "inf", "2.5"])
def test_average_must_be_a_whole_number_from_one(tmp_path, average):
    result = run("gnss", "--file", gga(tmp_path / "gga.nmea"), f"--average={average}", env=EN)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "--average" in result.stderr
