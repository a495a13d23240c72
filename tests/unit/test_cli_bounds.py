"""Issue 8 §1: numbers on the command line are checked. `search --limit -1` (or 0) used to exit 0,
and `seed --taxpayers` had no maximum."""
from __future__ import annotations

import pytest

from core.cli import SEED_TAXPAYERS_MAX
from tests.cli_support import cli_device_template, copy_device, count, ok, quittance  # noqa: F401


@pytest.mark.parametrize("argv", [
    ["search", "therese", "--limit", "0"],
    ["search", "therese", "--limit", "-1"],
    ["search", "therese", "--limit", "1001"],
    ["search", "therese", "--limit", "ten"],
    ["seed", "--as", "Ilunga", "--taxpayers", "0"],
    ["seed", "--as", "Ilunga", "--taxpayers", "-5"],
    ["seed", "--as", "Ilunga", "--taxpayers", str(SEED_TAXPAYERS_MAX + 1)],
])
def test_out_of_range_numbers_are_refused_in_one_line(cli_device_template, tmp_path, argv):
    db, _ = copy_device(cli_device_template, tmp_path / "device")
    before = count(db, "taxpayers")
    result = quittance(tmp_path / "home", *argv, "--db", db)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and argv[-2] in result.stderr
    assert count(db, "taxpayers") == before


def test_limits_inside_the_bounds_are_honoured(cli_device_template, tmp_path):
    db, _ = copy_device(cli_device_template, tmp_path / "device")
    assert len(ok(quittance(tmp_path / "home", "search", "a", "--limit", "1", "--db", db)).splitlines()) == 1
    assert len(ok(quittance(tmp_path / "home", "search", "a", "--limit", "1000", "--db", db)).splitlines()) > 1
