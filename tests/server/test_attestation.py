"""The payment attestation (issue 11): every receipt of a year for a taxpayer, pushed by a real
device, signed by the server, stored immutable, printed with a QR code that the public page
checks. SQLite and PostgreSQL."""
from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import text

from core.canonical import canonical_json
from sync.server.attestation import code_of, signature_valid
from sync.server.schema import attestations
from tests.server.supervisor_support import SUPERVISOR, supervisor_token
from tests.server.support import enrolled_device, push_all
from tests.server.test_report_pdf import pdf_text
from tests.server.test_verify_page import verdict_box, visible_text


@dataclass
class Payer:
    taxpayer_id: str
    counted: list[str]  # receipt numbers of 2026 that stand
    voided: str
    other_year: str
    server_public_key: str


@pytest.fixture
def payer(server, tmp_path) -> Payer:  # noqa: ANN001
    ledger, token = enrolled_device(tmp_path / "t07.db", server)
    public = server.client.get("/api/v1/device", headers={"Authorization": f"Bearer {token}"}).json()["server_key"]
    taxpayer = ledger.register_taxpayer(name="Kabasélé Ngoyi Françoise", zone="KAT", phone="+243812345678",
                                        objects=[{"kind": "business_premises", "reference": "BP-1"}])
    ledger.open_session(0)
    first = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=500_000, method="cash")
    second = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=300_000, method="mobile_money",
                        reference="MP-1")
    wrong = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=200_000, method="cash")
    ledger.void(wrong.receipt_no, "erreur de montant")
    ahead = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2027", amount=400_000, method="cash",
                       advance=True)
    other = ledger.register_taxpayer(name="Mukendi Awa", zone="KAT", phone="+243811111111",
                                     objects=[{"kind": "business_premises", "reference": "BP-2"}])
    ledger.pay(taxpayer_id=other, tax_code="PAT", period="2026", amount=900_000, method="cash")
    push_all(server, token, ledger)
    return Payer(taxpayer, [first.receipt_no, second.receipt_no], wrong.receipt_no, ahead.receipt_no, public)


def _issue(server, taxpayer_id: str, year: str = "2026", **extra):  # noqa: ANN001, ANN003, ANN202
    return server.client.get("/api/v1/supervisor/attestation.pdf", params={"taxpayer": taxpayer_id, "year": year, **extra},
                             headers={"Authorization": f"Bearer {supervisor_token(server)}"})


def _qr(content: bytes, tmp_path: Path) -> str:
    (tmp_path / "att.pdf").write_bytes(content)
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(tmp_path / "att.pdf"),
                    str(tmp_path / "att")], check=True)
    [page] = list(tmp_path.glob("att-*.png"))
    [found] = zxingcpp.read_barcodes(Image.open(page), formats=zxingcpp.BarcodeFormat.QRCode)
    return found.text


def test_the_attestation_lists_the_years_receipts_and_is_signed_and_stored(server, payer, tmp_path):
    answer = _issue(server, payer.taxpayer_id)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/pdf"
    words = pdf_text(answer.content, tmp_path)
    assert "Attestation de paiement" in words and "Exercice 2026" in words and "Kabasélé Ngoyi Françoise" in words
    assert all(number in words for number in payer.counted)
    assert payer.other_year not in words  # paid ahead for 2027: not part of 2026
    voided_part = words.split("Reçus annulés (non comptés)", 1)[1]
    assert payer.voided in voided_part and payer.voided not in words.split("Reçus annulés", 1)[0]
    assert re.search(r"Total payé +2 +8 000 CDF", words)
    assert f"par {SUPERVISOR}" in words
    [row] = server.rows(attestations)
    record = json.loads(row["record"])
    assert (record["count"], record["total"], record["year"]) == (2, 800_000, 2026)
    assert [r["number"] for r in record["receipts"]] == payer.counted
    assert [r["number"] for r in record["voided"]] == [payer.voided]
    assert record["issued_by"] == SUPERVISOR and row["created_by"] == SUPERVISOR
    # Signed by the key the devices were given at enrollment, over the record exactly as stored.
    assert record["server_key"] == payer.server_public_key == row["public_key"]
    assert signature_valid(row["record"], row["signature"], payer.server_public_key)
    assert canonical_json(record) == row["record"] and row["code"] == code_of(row["signature"])
    assert row["code"] in words


def test_the_qr_code_leads_to_the_public_check_which_refuses_a_tampered_code(server, payer, tmp_path):
    answer = _issue(server, payer.taxpayer_id, lang="en")
    [row] = server.rows(attestations)
    url = _qr(answer.content, tmp_path)
    assert url == f"https://mairie.example/v/a/{row['code']}"
    page = server.client.get(url.removeprefix("https://mairie.example"))
    assert page.status_code == 200 and verdict_box(page.text) == "ok"
    seen = visible_text(page.text)
    assert "Attestation authentique" in seen and "K. N. Françoise" in seen and "Kabasélé" not in seen
    assert "Exercice 2026" in seen and re.search(r"Total payé 8\s000\sCDF", seen)
    english = server.client.get(f"/v/a/?code={row['code'].lower().replace('-', ' ')}&lang=en")
    assert english.status_code == 200 and "Authentic attestation" in visible_text(english.text)
    code = row["code"]
    tampered = code[:-1] + ("0" if code[-1] != "0" else "1")
    refused = server.client.get(f"/v/a/{tampered}?lang=pt")
    assert refused.status_code == 404 and verdict_box(refused.text) == "bad"
    assert "Nenhuma declaração corresponde a este código" in visible_text(refused.text)
    assert server.client.get("/api/v1/attestations/verify", params={"code": tampered}).status_code == 404
    verdict = server.client.get("/api/v1/attestations/verify", params={"code": code}).json()
    assert verdict["verdict"] == "valid" and verdict["attestation"]["total"] == 800_000
    assert "taxpayer_id" not in verdict["attestation"]


def test_the_database_refuses_to_change_an_attestation_and_a_forged_one_is_not_believed(server, payer):
    _issue(server, payer.taxpayer_id)
    [row] = server.rows(attestations)
    for statement in ("UPDATE attestations SET record = '{}'", "DELETE FROM attestations"):
        with pytest.raises(Exception, match="immutable"):
            with server.engine.begin() as conn:
                conn.execute(text(statement))
    forged = canonical_json({**json.loads(row["record"]), "total": 1_800_000})
    with server.engine.begin() as conn:  # someone with the owner's rights goes around the trigger
        if conn.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE attestations DISABLE TRIGGER attestations_no_change"))
        else:
            conn.execute(text("DROP TRIGGER attestations_no_update"))
        conn.execute(text("UPDATE attestations SET record = :r"), {"r": forged})
    page = server.client.get(f"/v/a/{row['code']}")
    assert page.status_code == 409 and verdict_box(page.text) == "bad"
    assert "Attestation NON valable" in visible_text(page.text) and "18 000" not in page.text


def test_a_year_without_receipts_says_so_and_bad_input_is_refused(server, payer, tmp_path):
    empty = _issue(server, payer.taxpayer_id, year="2024")
    assert empty.status_code == 200
    assert "Aucun reçu pour une période de 2024" in pdf_text(empty.content, tmp_path)
    unknown = _issue(server, "01938a00-0000-7000-8000-00000000dead")
    assert unknown.status_code == 404 and "no taxpayer" in unknown.json()["error"]["message"]
    assert _issue(server, payer.taxpayer_id, year="20x6").status_code == 400


def test_the_command_line_issues_the_same_attestation(server, payer, tmp_path, database_url):
    from tests.server.test_cli import _env, _run

    out = tmp_path / "attestation.pdf"
    made = json.loads(_run(_env(tmp_path, database_url), "attestation", "--taxpayer", payer.taxpayer_id,
                           "--year", "2026", "--by", "Nzeza Mado", "--out", str(out), "--json").stdout)
    assert made["record"]["total"] == 800_000 and made["record"]["issued_by"] == "Nzeza Mado"
    assert signature_valid(canonical_json(made["record"]), made["signature"], payer.server_public_key)
    assert made["code"] in pdf_text(out.read_bytes(), tmp_path, "cli.pdf")


def test_the_name_search_finds_the_taxpayer(server, payer):
    headers = {"Authorization": f"Bearer {supervisor_token(server)}"}
    found = server.client.get("/api/v1/supervisor/taxpayers", params={"q": "ngoyi kabas"}, headers=headers).json()
    assert [(t["id"], t["name"], t["zone"]) for t in found["taxpayers"]] == \
        [(payer.taxpayer_id, "Kabasélé Ngoyi Françoise", "Katoka")]
    assert server.client.get("/api/v1/supervisor/taxpayers", params={"q": "%"}, headers=headers).json() == \
        {"taxpayers": []}
