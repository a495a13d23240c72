"""`quittance-server export` in its own process, over a collection two real devices pushed
(tests/server/export_support.py), on SQLite and PostgreSQL: the payments and taxpayers CSVs as a
spreadsheet reads them, the GeoJSON as GDAL (what QGIS opens files with) reads it, and arguments
that are no export refused with nothing written."""
from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from tests.readme_blocks import command_lines, readme_block, run_lines
from tests.server.export_support import FORMULA_NAME, ROOT, read_csv, run_cli, seed


@pytest.fixture
def seeded(server, tmp_path):  # noqa: ANN001, ANN201
    return server, seed(server, tmp_path)


def ogrinfo() -> str:
    """Debian's gdal-bin (GDAL's reader, the one QGIS uses): skipped when missing locally,
    a failure under CI=true, where .ci/run installs it."""
    found = shutil.which("ogrinfo")
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail("Debian's gdal-bin is missing: .ci/run installs it")
        pytest.skip("Debian package gdal-bin not installed (apt-get install gdal-bin)")
    return found


def test_payments_csv_one_row_per_receipt_in_kananga_time_with_safe_cells(seeded, tmp_path):
    server, seeded_data = seeded
    out = tmp_path / "payments.csv"
    done = run_cli(server, "export", "--what", "payments", "--format", "csv", "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows"] == 4
    rows = {r["receipt_no"]: r for r in read_csv(out)}
    assert set(rows) == set(seeded_data.receipts.values())
    october = rows[seeded_data.receipts["october"]]
    # 21:30 UTC is 23:30 in Kananga: still 31 October there.
    assert (october["paid_at"], october["paid_at_utc"]) == ("2026-10-31 23:30:00", "2026-10-31T21:30:00.000Z")
    assert october["taxpayer_name"] == "Kabasélé Ngoyi Françoise" and october["taxpayer_id"] == seeded_data.ids["paid"]
    assert (october["zone_code"], october["zone_name"], october["tax_code"], october["tax_label"]) == \
        ("KAT", "Katoka", "PAT", "Patente")
    assert (october["period"], october["amount_minor"], october["amount"], october["currency"]) == \
        ("2026", "1500000", "15000.00", "CDF")
    assert (october["method"], october["agent"], october["device"]) == ("cash", "Ilunga Kabeya", "T07")
    assert october["voided_at"] == "" and october["void_reason"] == ""
    voided = rows[seeded_data.receipts["voided"]]
    assert (voided["voided_at"], voided["void_reason"]) == ("2026-11-01 10:05:00", "erreur de montant")
    # A name that would be a formula is text in a spreadsheet: the apostrophe, never the formula.
    assert voided["taxpayer_name"] == "'" + FORMULA_NAME
    assert "\n=HYPERLINK" not in out.read_text(encoding="utf-8") and ",=HYPERLINK" not in out.read_text(encoding="utf-8")
    assert list(rows) == sorted(rows, key=lambda n: rows[n]["paid_at_utc"])  # in order of payment


def test_payments_between_two_local_days_and_of_one_zone(seeded, tmp_path):
    server, seeded_data = seeded
    out = tmp_path / "november.csv"
    done = run_cli(server, "export", "--what", "payments", "--format", "csv", "--out", str(out),
                   "--from", "2026-11-01", "--to", "2026-11-30", "--zone", "kat")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Wrote 3 payments to {out} (CSV)."
    assert {r["receipt_no"] for r in read_csv(out)} == {seeded_data.receipts[k] for k in ("november", "voided", "partly")}
    only_october = tmp_path / "october.csv"
    assert run_cli(server, "export", "--what", "payments", "--format", "csv", "--out", str(only_october),
                   "--to", "2026-10-31").returncode == 0
    assert [r["receipt_no"] for r in read_csv(only_october)] == [seeded_data.receipts["october"]]
    nde = tmp_path / "nde.csv"
    assert run_cli(server, "export", "--what", "payments", "--format", "csv", "--out", str(nde),
                   "--zone", "NDE").returncode == 0
    assert read_csv(nde) == []  # the header alone: nobody in Ndesha paid


def test_taxpayers_csv_with_where_each_stands_for_the_year(seeded, tmp_path):
    server, seeded_data = seeded
    out = tmp_path / "taxpayers.csv"
    done = run_cli(server, "export", "--what", "taxpayers", "--format", "csv", "--out", str(out), "--year", "2026",
                   "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) | {"out": None} == {"what": "taxpayers", "format": "csv", "out": None,
                                                       "zone": None, "year": 2026, "rows": 4}
    rows = {r["id"]: r for r in read_csv(out)}
    by = {key: rows[taxpayer_id] for key, taxpayer_id in seeded_data.ids.items()}
    figures = {key: (r["payment_status"], r["assessed_minor"], r["paid_minor"], r["due_minor"], r["due"])
               for key, r in by.items()}
    assert figures == {"paid": ("paid", "2000000", "2000000", "0", "0.00"),
                       "partly": ("partly_paid", "2000000", "500000", "1500000", "15000.00"),
                       "owes": ("in_arrears", "2000000", "0", "2000000", "20000.00"),
                       "nothing": ("never_assessed", "0", "0", "0", "0.00")}
    paid = by["paid"]
    assert (paid["name"], paid["zone_code"], paid["zone_name"], paid["phone"]) == \
        ("Kabasélé Ngoyi Françoise", "KAT", "Katoka", "'+243812345678")  # a phone is text, not a sum
    assert (paid["latitude"], paid["longitude"], paid["accuracy_m"], paid["location_source"]) == \
        ("-5.8962134", "22.4171", "8.5", "gps")  # a negative latitude is a number, not a formula
    assert paid["last_payment"] == "2026-11-01" and paid["registry_status"] == "active"
    assert by["partly"]["name"] == "'" + FORMULA_NAME
    assert by["owes"]["latitude"] == "" and by["owes"]["zone_code"] == "NDE"

    earlier = tmp_path / "2025.csv"
    assert run_cli(server, "export", "--what", "taxpayers", "--format", "csv", "--out", str(earlier),
                   "--year", "2025").returncode == 0
    assert {r["payment_status"] for r in read_csv(earlier)} == {"never_assessed"}  # 2026's lines are not 2025's


def test_geojson_opens_in_gdal_with_points_in_lon_lat_and_the_one_without_location_counted(seeded, tmp_path):
    server, seeded_data = seeded
    tool = ogrinfo()
    out = tmp_path / "taxpayers.geojson"
    done = run_cli(server, "export", "--what", "taxpayers", "--format", "geojson", "--out", str(out), "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert (summary["features"], summary["without_location"]) == (3, 1)
    text = run_cli(server, "export", "--what", "taxpayers", "--format", "geojson", "--out", str(out)).stdout
    assert "3 taxpayers of 2026" in text and "1 without a location are not on the map" in text

    info = subprocess.run([tool, "-al", "-so", str(out)], capture_output=True, text=True, timeout=60)
    assert info.returncode == 0, info.stderr
    assert "Geometry: Point" in info.stdout and "Feature Count: 3" in info.stdout
    for field in ("name: String", "zone: String", "status: String", "assessed: Integer", "paid: Integer",
                  "due: Integer", "last_payment:"):
        assert field in info.stdout, field
    # GDAL's extent is (min lon, min lat) - (max lon, max lat): longitudes first, as RFC 7946 says.
    assert "Extent: (22.410000, -5.900000) - (22.430000, -5.870000)" in info.stdout

    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["type"] == "FeatureCollection"
    features = {f["properties"]["id"]: f for f in document["features"]}
    assert seeded_data.ids["owes"] not in features
    paid = features[seeded_data.ids["paid"]]
    assert paid["geometry"] == {"type": "Point", "coordinates": [22.4171, -5.8962134]}
    assert paid["properties"] | {"id": None} == {
        "id": None, "name": "Kabasélé Ngoyi Françoise", "zone": "KAT", "zone_name": "Katoka", "status": "paid",
        "year": 2026, "assessed": 2_000_000, "paid": 2_000_000, "due": 0, "currency": "CDF",
        "last_payment": "2026-11-01", "active": True, "merged_into": None}
    partly = features[seeded_data.ids["partly"]]["properties"]
    assert (partly["status"], partly["due"], partly["name"]) == ("partly_paid", 1_500_000, FORMULA_NAME)
    assert features[seeded_data.ids["nothing"]]["properties"]["status"] == "never_assessed"

    kat = tmp_path / "kat.geojson"
    assert run_cli(server, "export", "--what", "taxpayers", "--format", "geojson", "--out", str(kat),
                   "--zone", "KAT").returncode == 0
    assert {f["properties"]["zone"] for f in json.loads(kat.read_text(encoding="utf-8"))["features"]} == {"KAT"}


@pytest.mark.parametrize(("args", "words"), [
    (("--what", "payments", "--format", "geojson"), "GeoJSON is a map of taxpayers"),
    (("--what", "payments", "--format", "csv", "--from", "2026-13-01"), "--from takes a date written YYYY-MM-DD"),
    (("--what", "payments", "--format", "csv", "--from", "1/11/2026"), "--from takes a date written YYYY-MM-DD"),
    (("--what", "payments", "--format", "csv", "--from", "2026-11-30", "--to", "2026-11-01"), "is after --to"),
    (("--what", "payments", "--format", "csv", "--year", "2026"), "--year is for taxpayers"),
    (("--what", "taxpayers", "--format", "csv", "--from", "2026-11-01"), "--from and --to are for payments"),
    (("--what", "taxpayers", "--format", "geojson", "--zone", "ZZZ"), "unknown zone 'ZZZ'"),
    (("--what", "taxpayers", "--format", "csv", "--year", "20266"), "--year is between 1990 and 2099"),
    (("--what", "receipts", "--format", "csv"), "invalid choice: 'receipts'"),
    (("--what", "taxpayers", "--format", "xlsx"), "invalid choice: 'xlsx'"),
])
def test_bad_arguments_are_refused_in_words_with_exit_2_and_nothing_written(server, tmp_path, args, words):
    out = tmp_path / "export.out"
    out.write_text("the previous export\n", encoding="utf-8")
    refused = run_cli(server, "export", *args, "--out", str(out))
    assert refused.returncode == 2 and words in refused.stderr, refused.stderr
    assert refused.stdout == ""
    assert out.read_text(encoding="utf-8") == "the previous export\n"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["export.out", "server-data"])  # no .part left


def test_a_missing_folder_is_refused_and_not_made(server, tmp_path):
    out = tmp_path / "usb-key" / "payments.csv"
    refused = run_cli(server, "export", "--what", "payments", "--format", "csv", "--out", str(out))
    assert refused.returncode == 2 and f"The folder {out.parent} does not exist" in refused.stderr
    assert not out.parent.exists()


def test_an_export_that_fails_halfway_leaves_the_previous_file_whole(seeded, tmp_path, monkeypatch, capsys):
    server, _seeded_data = seeded
    from sync.server import cli, export

    real_rows = export.payment_rows

    def disk_full_after_one_row(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        rows = real_rows(*args, **kwargs)
        yield next(rows)
        raise OSError(errno.ENOSPC, "No space left on device")

    out = tmp_path / "payments.csv"
    out.write_text("yesterday's export\n", encoding="utf-8")
    monkeypatch.setattr(export, "payment_rows", disk_full_after_one_row)
    code = cli.main(["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url,
                     "export", "--what", "payments", "--format", "csv", "--out", str(out)])
    assert code == 2
    assert f"Cannot write the file {out}: No space left on device" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "yesterday's export\n"
    assert not (tmp_path / ".payments.csv.part").exists()


def test_a_large_registry_is_streamed_not_held_in_memory(server, tmp_path):
    """30,000 taxpayers with a location and an assessment each: the export's peak memory stays a
    small part of the file it writes (one string of it all would be the file's size)."""
    from sqlalchemy import insert

    from core.ids import new_id
    from sync.server import export
    from sync.server.common import dumps
    from sync.server.schema import assessments, taxpayers
    from tests.server.support import ZONE_IDS

    count = 30_000
    people, owed = [], []
    for n in range(count):
        taxpayer_id = new_id()
        data = {"kind": "person", "name": f"Contribuable numéro {n}", "zone_id": ZONE_IDS["KAT"], "status": "active",
                "latitude": f"-5.{n:07d}", "longitude": f"22.{n:07d}", "location_source": "gps"}
        people.append({"id": taxpayer_id, "data": dumps(data), "zone_id": ZONE_IDS["KAT"], "name": data["name"],
                       "version": 1, "field_versions": "{}", "origin": "server", "created_at": "2026-01-01T00:00:00Z",
                       "updated_at": "2026-01-01T00:00:00Z"})
        owed.append({"id": new_id(), "taxpayer_id": taxpayer_id,
                     "data": dumps({"taxpayer_id": taxpayer_id, "tax_code": "PAT", "period": "2026", "amount": 100 + n})})
    with server.engine.begin() as conn:
        conn.execute(insert(taxpayers), people)
        conn.execute(insert(assessments), owed)
    del people, owed
    out = tmp_path / "all.geojson"
    request = export.request_from("taxpayers", "geojson", str(out), year=2026)
    tracemalloc.start()
    try:
        done = export.run(server.engine, request)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert done["features"] == count and done["without_location"] == 0
    size = out.stat().st_size
    assert peak < size / 4, (peak, size)
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert sum(f["properties"]["due"] for f in features) == sum(100 + n for n in range(count))
    assert {f["properties"]["status"] for f in features} == {"in_arrears"}


def test_the_readme_export_commands_work_as_written(seeded, tmp_path):
    """The README's export block, line by line in bash, from a folder where `.venv` is this one."""
    server, _seeded_data = seeded
    ogrinfo()  # the block ends with it: skip (or fail under CI) before running anything
    block = readme_block("quittance-server export")
    work = tmp_path / "work"
    work.mkdir()
    (work / ".venv").symlink_to(Path(sys.executable).parent.parent)
    env = {**os.environ, "QUITTANCE_SERVER_DATA": str(server.settings.data_dir),
           "QUITTANCE_DATABASE_URL": server.settings.database_url}
    outputs = run_lines(command_lines(block), work, env)
    assert json.loads(outputs[0])["rows"] == 3  # November's three receipts, the voided one included
    assert len(read_csv(work / "payments-2026-11.csv")) == 3
    assert outputs[1].strip() == "Wrote 4 taxpayers to taxpayers-2026.csv (CSV)."
    assert "Wrote 2 taxpayers of 2026 to taxpayers-2026.geojson (GeoJSON); 0 without a location" in outputs[2]
    assert "Geometry: Point" in outputs[3] and "Feature Count: 2" in outputs[3] and "status: String" in outputs[3]


def test_the_export_reuses_the_device_csv_helpers_without_opening_the_device_world():
    """sync/server never opens a device's store: the exports import core.export for its CSV rule
    and atomic file, and with it no store, service or sqlite3."""
    code = ("import sys, sync.server.cli; "
            "print(' '.join(sorted(m for m in sys.modules if m.startswith(('core.', 'sqlite3')))))")
    loaded = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                cwd=ROOT).stdout.split())
    assert "core.export" in loaded
    assert not loaded & {"core.service", "core.store", "core.registry", "sqlite3"}, loaded
