"""`quittance-server export` in its own process, over a collection two real devices pushed
(tests/server/export_support.py), on SQLite and PostgreSQL: the payments and taxpayers CSVs as a
spreadsheet reads them, the GeoJSON as GDAL (what QGIS opens files with) reads it, and arguments
that are no export refused with nothing written."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.server.export_support import FORMULA_NAME, read_csv, run_cli, seed


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
                       "owes": ("owes", "2000000", "0", "2000000", "20000.00"),
                       "nothing": ("nothing_assessed", "0", "0", "0", "0.00")}
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
    assert {r["payment_status"] for r in read_csv(earlier)} == {"nothing_assessed"}  # 2026's lines are not 2025's


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
        "last_payment": "2026-11-01", "active": True}
    partly = features[seeded_data.ids["partly"]]["properties"]
    assert (partly["status"], partly["due"], partly["name"]) == ("partly_paid", 1_500_000, FORMULA_NAME)
    assert features[seeded_data.ids["nothing"]]["properties"]["status"] == "nothing_assessed"

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
