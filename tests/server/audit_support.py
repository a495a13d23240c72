"""What the audit-file tests share: a server filled by a real device's pushes (its receipts in a
registered series, a void, a Z-report and a month closing with the fiscal contract's shapes), the
export through the real command, and the verifier through the real `quittance audit verify`."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

from core.audit_format import XSD_NAME
from core.service import Ledger
from sync.server.cli import main as server_main
from sync.server.serverkey import public_key, read_private
from tests.server.support import Server, enrolled_device, push_all, record_sale

ROOT = Path(__file__).resolve().parents[2]
XSD = ROOT / "resources" / "audit" / XSD_NAME
ZERO = "0" * 64


def record(ledger: Ledger, event_type: str, data: dict[str, Any]) -> Any:
    """An event of the issue-14 contract, written as the device writes every event (signed, chained)."""
    with ledger._write() as conn:
        return ledger._ctx(conn).record(conn, event_type, data)


def totals(receipts: int, collected: int, voids: int, voided: int) -> dict[str, int]:
    return {"receipts": receipts, "collected": collected, "voids": voids, "voided": voided,
            "net": collected - voided}


def fill(server: Server, tmp_path: Path) -> tuple[Ledger, str, list[int]]:
    """A device with a registered series, five receipts, one void and a month closing, all pushed."""
    ledger, token = enrolled_device(tmp_path / "device.db", server)
    year = ledger.today().year
    record(ledger, "series.registered", {"year": year, "code": "K7Q2M9XD", "registered_at": "2026-01-01T00:00:00.000Z"})
    amounts = [100_000 + i for i in range(5)]
    payments = [record_sale(ledger, name=f"Contribuable {i} Mukendi", amount=a)[1] for i, a in enumerate(amounts)]
    ledger.void(payments[1].receipt_no, "Erreur de montant")
    perpetual = totals(5, sum(amounts), 1, amounts[1])
    last = record(ledger, "closing.made", {
        "id": "01938a00-0000-7000-8000-0000000000c1", "kind": "month", "period": f"{year}-01",
        "totals": perpetual, "perpetual": perpetual, "previous_closing": ZERO,
        "time": "2026-02-01T08:00:00.000Z", "time_source": "server"})
    record_sale(ledger, name="Contribuable 9 Mukendi", amount=7_000)
    push_all(server, token, ledger)
    return ledger, token, [last.seq]


def server_cli(server: Server, *args: str) -> int:
    return server_main(["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url,
                        *args])


def export(server: Server, out: Path, start: str | None = None, end: str | None = None) -> Path:
    today = date.today().isoformat()
    assert server_cli(server, "audit", "export", "--from", start or today, "--to", end or today,
                      "--out", str(out)) == 0
    return out


def server_key(server: Server) -> str:
    return public_key(read_private(server.settings.key_path))


def verify(path: Path, key: str, lang: str = "en") -> tuple[int, dict[str, Any]]:
    """`quittance audit verify FILE --key KEY --json`, as an auditor runs it."""
    done = subprocess.run([sys.executable, "-m", "desktop.main", "audit", "verify", str(path), "--key", key, "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "LANG": f"{lang}.UTF-8", "LANGUAGE": lang,
                               "QT_QPA_PLATFORM": "offscreen", "HOME": str(path.parent)})
    assert done.stdout, done.stderr
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1])
