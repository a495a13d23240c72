"""The signed handover receipt (issue 11): a narrow PDF for the agent listing the notes and coins
counted, the total, expected cash and variance, who signed off whose day, and a QR code carrying
the signed record. Read back as the agent's paper would be: its text with pdftotext, its QR
decoded from a picture of the page (pdftoppm, zbarimg) and checked against the server's key.
Through the API and through `reconcile --sign-off --receipt`. SQLite and PostgreSQL."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from sync.server.handover_receipt import verify_qr_text
from sync.server.supervisor_api import PREFIX
from tests.server.reconcile_support import DAY, cash_day
from tests.server.supervisor_support import SUPERVISOR, supervisor_token
from tests.server.support import auth

URL = f"{PREFIX}/reconciliation"
TOOLS = ("pdftotext", "pdftoppm", "zbarimg")
pytestmark = pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS),
                                reason="poppler-utils and zbar-tools are needed (.ci/run installs them)")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def qr_codes(path: Path, resolution: int = 300) -> list[str]:
    """Every QR code zbarimg reads on a picture of the PDF's first page."""
    subprocess.run(["pdftoppm", "-png", "-r", str(resolution), "-singlefile", str(path), str(path.with_suffix(""))],
                   check=True)
    found = subprocess.run(["zbarimg", "--raw", "-q", "-Sbinary", str(path.with_suffix(".png"))],
                           capture_output=True, check=False)
    return [found.stdout.decode("utf-8").rstrip("\n")] if found.stdout else []


def test_the_api_receipt_lists_the_count_and_carries_the_signed_record(server, tmp_path):
    day = cash_day(server, tmp_path)
    headers = auth(supervisor_token(server))
    agent_id = {r["agent"]: r for r in server.client.get(URL, params={"date": DAY}, headers=headers)
                .json()["agents"]}["Ilunga Kabeya"]["agent_id"]
    signed = server.client.post(f"{URL}/{agent_id}/sign-off", headers=headers, json={
        "date": DAY, "count": {"20000": 3, "5000": 1, "1000": 0}, "note": "2 000 CDF manquants"}).json()["signed"]
    pdf = server.client.get(f"{URL}/{agent_id}/handover.pdf", params={"date": DAY, "number": 1}, headers=headers)
    assert pdf.status_code == 200
    path = tmp_path / "handover.pdf"
    path.write_bytes(pdf.content)
    text = pdf_text(path)
    # The municipality's language (French): each note line, the total, expected, the variance.
    for words in ("REÇU DE REMISE DE CAISSE", "Ilunga Kabeya", SUPERVISOR, DAY, "Validation n°",
                  "20000 × 3", "60 000 CDF", "5000 × 1", "5 000 CDF", "TOTAL COMPTÉ", "65 000 CDF",
                  "Espèces attendues", "67 000 CDF", "ÉCART", "-2 000 CDF", "(manquant)", "2 000 CDF manquants"):
        assert words in text, (words, text)
    assert "1000 ×" not in text  # a denomination counted at zero is not a line of the receipt
    [code] = qr_codes(path)
    record = verify_qr_text(code, day.server_public_key)
    assert record == signed["record"]
    # The QR's record altered by one minor unit no longer verifies.
    tampered = json.loads(code)
    tampered["record"]["variance"] += 1
    assert verify_qr_text(json.dumps(tampered), day.server_public_key) is None
    assert verify_qr_text(code, "00" * 32) is None


def test_the_command_line_writes_the_receipt_with_the_sign_off(server, tmp_path, capsys):
    from sync.server.cli import main
    from sync.server.reference import add_agent

    day = cash_day(server, tmp_path)
    with server.engine.begin() as conn:
        add_agent(conn, "Nzeza Mado", [], "9876", role="supervisor")
    receipt = tmp_path / "remise.pdf"
    base = ["--data", str(server.settings.data_dir), "--database-url", server.settings.database_url]
    assert main([*base, "reconcile", "--agent", "Ilunga Kabeya", "--date", DAY, "--counted", "67000",
                 "--sign-off", "--by", "Nzeza Mado", "--receipt", str(receipt), "--json"]) == 0
    value = json.loads(capsys.readouterr().out)
    assert value["receipt"] == str(receipt)
    text = pdf_text(receipt)
    assert "Montant compté" in text and "67 000 CDF" in text and "(équilibré)" in text and "Nzeza Mado" in text
    [code] = qr_codes(receipt)
    assert verify_qr_text(code, day.server_public_key) == value["signed"]["record"]
    # --receipt without --sign-off, or into a folder that does not exist: refused before anything.
    assert main([*base, "reconcile", "--agent", "Ilunga Kabeya", "--date", DAY, "--receipt", str(receipt)]) == 2
    assert main([*base, "reconcile", "--agent", "Ilunga Kabeya", "--date", DAY, "--counted", "1", "--sign-off",
                 "--by", "Nzeza Mado", "--receipt", str(tmp_path / "nowhere" / "r.pdf")]) == 2
    assert "--receipt" in capsys.readouterr().err
