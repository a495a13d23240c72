"""One payment-status vocabulary (core/standing.py): a taxpayer has the same status on the
device's map, in the device's GIS export and in the server's export of the same year, whose
words are paid, partly_paid, in_arrears and never_assessed."""
from __future__ import annotations

from datetime import datetime, timezone

from core import gis_layers
from core.registry import Location
from core.standing import STATUSES
from tests.server.export_support import read_csv, run_cli
from tests.server.support import enrolled_device, push_all
from tests.server.verify_support import MovingClock

NOVEMBER = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)


def test_each_status_reads_the_same_on_the_map_in_the_device_export_and_the_server_export(
        server, tmp_path) -> None:  # noqa: ANN001
    # One device, one located taxpayer per status, pushed to the server.
    clock = MovingClock(NOVEMBER)
    ledger, token = enrolled_device(tmp_path / "t07.db", server, "T07", clock=clock)
    ledger.open_session(0)
    ids = {}
    for n, key in enumerate(("paid", "partly_paid", "in_arrears")):
        ids[key] = ledger.register_taxpayer(
            name=f"Contribuable {key}", zone="KAT", objects=[{"kind": "business_premises", "reference": f"BP-{n}"}],
            location=Location(-5.89 - n / 1000, 22.41, 8.0, "gps"))
    ids["never_assessed"] = ledger.register_taxpayer(name="Mbuyi Kalala", zone="NDE",
                                                     location=Location(-5.87, 22.43, 12.0, "gps"))
    for key, amount in (("paid", 2_000_000), ("partly_paid", 500_000)):
        ledger.pay(taxpayer_id=ids[key], tax_code="PAT", period="2026", amount=amount, method="cash")
    push_all(server, token, ledger)

    on_map = {p.taxpayer_id: p.status for p in ledger.reads.map_points()}  # the default year: the device's, 2026
    exported = {props["id"]: props["payment_status"]
                for _geometry, props in gis_layers.taxpayers(ledger, 2026).properties()}
    out = tmp_path / "taxpayers.csv"
    done = run_cli(server, "export", "--what", "taxpayers", "--format", "csv", "--out", str(out), "--year", "2026")
    assert done.returncode == 0, done.stderr
    on_server = {row["id"]: row["payment_status"] for row in read_csv(out)}
    ledger.close()

    expected = {taxpayer_id: status for status, taxpayer_id in ids.items()}
    assert set(expected.values()) == set(STATUSES)
    assert on_map == expected
    assert {tid: exported[tid] for tid in expected} == expected
    assert {tid: on_server[tid] for tid in expected} == expected
