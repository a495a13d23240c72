"""Exports a supervisor opens: CSV safe in a spreadsheet (OWASP formula neutralising, BOM for
Excel), GeoJSON strict RFC 7946 (no NaN or Infinity, [lon, lat], null geometry without position)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from core.export import export_payments, export_taxpayers
from core.registry import Location
from tests.cli_support import cli_device_template  # noqa: F401


def strict_json(text: str):
    def refuse(constant: str):
        raise ValueError(f"{constant} is not JSON")
    return json.loads(text, parse_constant=refuse)


@pytest.fixture
def registry(ledger):
    ids = {
        "formula": ledger.register_taxpayer(name="=HYPERLINK(\"http://evil.example\",\"Cliquez\")",
                                            phone="+243 81 234 5678", address="@SUM(A1:A9)", id_number="-2+3",
                                            location=Location(-5.8962, 22.4171, 6.5, "gps")),
        "plain": ledger.register_taxpayer(name="Kabasélé Ngoyi Félicité", business_name="Boutique Élégance"),
        "old": ledger.register_taxpayer(name="Tshimanga Kapinga", location=Location(-5.9, 22.4, 5.0, "gps")),
    }
    # Rows written before input was checked, or pulled from elsewhere: a tab, a CR, infinities.
    ledger.store.conn.execute("UPDATE taxpayers SET business_name = ?, latitude = ?, accuracy_m = ? WHERE id = ?",
                              ("\tcmd", float("inf"), float("nan"), ids["old"]))
    ledger.store.conn.execute("UPDATE taxpayers SET address = ? WHERE id = ?", ("\r=1+1", ids["plain"]))
    return ids


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8 and shows the accents
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_neutralises_formulas_and_keeps_numbers_and_phones(ledger, registry, tmp_path):
    out = tmp_path / "taxpayers.csv"
    assert export_taxpayers(ledger, out, "csv") == 3
    rows = {row["id"]: row for row in read_csv(out)}
    formula, plain, old = rows[registry["formula"]], rows[registry["plain"]], rows[registry["old"]]
    assert formula["name"].startswith("'=HYPERLINK(")
    assert formula["address"] == "'@SUM(A1:A9)" and formula["id_number"] == "'-2+3"
    assert formula["phone"] == "'+243812345678"  # text a spreadsheet shows as is, never a sum
    assert formula["latitude"] == "-5.8962" and formula["accuracy_m"] == "6.5"  # numbers stay numbers
    assert formula["version"] == "1"
    assert plain["name"] == "Kabasélé Ngoyi Félicité" and plain["address"] == "'\r=1+1"
    assert old["business_name"] == "'\tcmd"


def test_payments_csv_keeps_amounts_as_numbers(ledger, taxpayer, tmp_path):
    ledger.open_session(0)
    ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=150_000, method="mobile_money",
               reference="-MP2611")
    out = tmp_path / "payments.csv"
    assert export_payments(ledger, out, "csv") == 1
    row = read_csv(out)[0]
    assert row["amount"] == "150000" and row["reference"] == "'-MP2611"


def test_geojson_is_strict_rfc_7946(ledger, registry, tmp_path):
    out = tmp_path / "taxpayers.geojson"
    assert export_taxpayers(ledger, out, "geojson") == 3
    data = strict_json(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    features = {f["properties"]["id"]: f for f in data["features"]}
    assert all(f["type"] == "Feature" for f in features.values())
    located = features[registry["formula"]]["geometry"]
    assert located == {"type": "Point", "coordinates": [22.4171, -5.8962]}  # [lon, lat]
    assert features[registry["plain"]]["geometry"] is None  # no position: null geometry, still exported
    assert features[registry["old"]]["geometry"] is None  # an infinite latitude is no position
    assert features[registry["old"]]["properties"]["accuracy_m"] is None


@pytest.mark.parametrize("argv", [
    ["export", "--format", "csv", "--what", "payments"],
    ["export", "--format", "geojson", "--what", "taxpayers"],
    ["receipt", "T07-2026-000001", "--format", "pdf", "--as", "Ilunga"],
], ids=["csv", "geojson", "receipt"])
def test_a_file_for_a_folder_that_does_not_exist_is_refused_not_made(cli_device_template, tmp_path, argv):
    """`--out /media/usb/x.csv` with the key unplugged made /media/usb on the device's own disk
    and said "exported"; a receipt copy was also counted in the ledger."""
    from tests.cli_support import copy_device, count, quittance

    db, _taxpayer = copy_device(cli_device_template, tmp_path / "device")
    prints = count(db, "receipt_prints")
    missing = tmp_path / "usb" / "exports"
    result = quittance(tmp_path, *argv, "--db", db, "--out", missing / "out.file")
    assert result.returncode == 2, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"Le dossier {missing} n'existe pas" in lines[0]
    assert not (tmp_path / "usb").exists()
    assert count(db, "receipt_prints") == prints


@pytest.mark.parametrize("argv", [
    ["export", "--format", "geojson", "--what", "taxpayers", "--out", "{usb}/t.geojson"],
    ["export", "--format", "csv", "--what", "taxpayers", "--out", "{usb}/t.csv"],
    ["receipt", "T07-2026-000001", "--format", "png", "--as", "Ilunga", "--out", "{usb}/recu.png"],
], ids=["geojson", "csv", "receipt"])
def test_a_usb_key_that_fills_up_keeps_no_truncated_file_and_the_previous_one_whole(cli_device_template,
                                                                                     tmp_path, argv):
    """A full key left an 8 KiB GeoJSON cut mid-feature, which a supervisor would later open as
    the export (and a previous export of the same name was already truncated to nothing)."""
    from tests.cli_support import copy_device, count, quittance
    from tests.integration.test_storage_faults import tmpfs

    db, _taxpayer = copy_device(cli_device_template, tmp_path / "device")
    with tmpfs(tmp_path / "usb", "64k") as usb:
        argv = [part.format(usb=usb) for part in argv]
        out = Path(argv[-1])
        out.write_bytes(b"the previous export")
        fillers = 0
        try:  # fill the key in 4 KiB pages, then free one: the export starts, and runs out
            while True:
                (usb / f"filler{fillers}").write_bytes(b"x" * 4096)
                fillers += 1
        except OSError:
            (usb / f"filler{fillers}").unlink(missing_ok=True)
            (usb / f"filler{fillers - 1}").unlink()
        prints = count(db, "receipt_prints")
        result = quittance(tmp_path, *argv, "--db", db)
        assert result.returncode == 2, result.stdout
        assert out.read_bytes() == b"the previous export"
        assert sorted(p.name for p in usb.iterdir() if not p.name.startswith("filler")) == [out.name]
        assert count(db, "receipt_prints") == prints
