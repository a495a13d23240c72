"""A GeoPackage asked for in a folder nobody may write in (/sys: refused even to root, as a
read-only USB key is) used to fail on SQLite's "unable to open database file", which the CLI
took for a fault of the device's own database (exit 3, "nothing was recorded, check the
medium", naming device.db). It is a refusal to write that file, as for GeoJSON and CSV."""
from __future__ import annotations

import pytest

from tests.cli_support import cli_device_template, copy_device, quittance  # noqa: F401 (a fixture)


@pytest.mark.parametrize("fmt", ["gpkg", "geojson"])
def test_an_export_to_a_folder_it_may_not_write_names_that_file(cli_device_template, tmp_path, fmt):  # noqa: F811
    db, _taxpayer = copy_device(cli_device_template, tmp_path / "device")
    out = f"/sys/taxpayers.{fmt}"
    result = quittance(tmp_path, "export", "--db", db, "--format", fmt, "--what", "taxpayers", "--out", out)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"quittance: Impossible d'écrire le fichier {out} : "), result.stderr
    assert str(db) not in result.stderr and "Traceback" not in result.stderr


def test_a_geojson_on_a_full_disk_says_so(cli_device_template, tmp_path):  # noqa: F811
    db, _taxpayer = copy_device(cli_device_template, tmp_path / "device")
    result = quittance(tmp_path, "export", "--db", db, "--format", "geojson", "--what", "buildings",
                       "--out", "/dev/full")
    assert result.returncode == 2
    assert result.stderr.strip() == "quittance: Impossible d'écrire le fichier /dev/full : No space left on device."
