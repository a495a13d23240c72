"""The reconciliation report PDF (issue 11) of a day and of a month, from what two real devices
of two agents pushed: the figures read back out of the PDF (pdftotext) match the ledger
(reconcile_ledger, the sign-offs), through the API, the command line and the README's lines.
SQLite and PostgreSQL."""
from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from sync.server.db import reading
from sync.server.logo import logo_text, set_logo
from sync.server.reconcile_count import counted_amount
from sync.server.reconcile_ledger import agent_day
from sync.server.reconcile_report import reconcile, sign_off
from sync.server.reference import add_agent
from sync.server.report_data import read_report
from sync.server.report_pdf import render_reconciliation_report
from sync.server.serverkey import read_private
from tests.readme_blocks import command_lines, readme_block, run_lines
from tests.server.reconcile_support import DAY, cash_day
from tests.server.supervisor_support import supervisor_token
from tests.server.test_cli import BIN, ROOT, _env

D = date.fromisoformat(DAY)
NEXT = date(2026, 11, 25)


def pdf_text(content: bytes, tmp_path: Path, name: str = "report.pdf") -> str:
    """The PDF's text as a reader sees it, with every kind of space made one plain space."""
    path = tmp_path / name
    path.write_bytes(content)
    assert content.startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return re.sub(r"[ \u00a0\u202f]+", " ", text)


def pages(content: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", content))


@pytest.fixture
def day(server, tmp_path):  # noqa: ANN001, ANN201
    with server.engine.begin() as conn:
        add_agent(conn, "Nzeza Mado", [], "9876", role="supervisor")
    made = cash_day(server, tmp_path)
    # Ilunga hands in 2 000 CDF less than the ledger expects of his 24th; Mbuyi is not signed off.
    private = read_private(server.settings.key_path)
    with server.engine.begin() as conn:
        view = reconcile(conn, "Ilunga Kabeya", D, counted_amount(str(made.expected // 100 - 2000), "CDF"))
        sign_off(conn, private, view, by="Nzeza Mado", note=None, at="2026-11-24T16:30:00.000Z")
    return made


def _get(server, token, **params):  # noqa: ANN001, ANN003, ANN202
    return server.client.get("/api/v1/supervisor/reports/reconciliation.pdf", params=params,
                             headers={"Authorization": f"Bearer {token}"})


def test_the_day_report_shows_the_ledgers_figures(server, day, tmp_path):
    Image.new("RGB", (120, 80), "navy").save(tmp_path / "logo.png")
    with server.engine.begin() as conn:
        set_logo(conn, logo_text(tmp_path / "logo.png"))
    answer = _get(server, supervisor_token(server), date=DAY)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/pdf"
    text = pdf_text(answer.content, tmp_path)
    with reading(server.engine) as conn:
        ilunga = agent_day(conn, "Ilunga Kabeya", D).expected_cash
        mbuyi = agent_day(conn, "Mbuyi Tshala", D).expected_cash
    assert ilunga == day.expected
    # Municipality, period in words (the municipality speaks French), the headline figures.
    assert "Commune de Kananga" in text and "Rapport de rapprochement" in text and "24 novembre 2026" in text
    assert re.search(r"Reçus émis +7\n", text)  # the 00:30 sale of the 25th is the next day's
    assert re.search(r"Encaissé \(tous les reçus\) +38 000 CDF", text)
    assert re.search(r"Annulés \(2\) +10 000 CDF", text)
    assert re.search(r"Encaissé net +28 000 CDF", text)
    assert re.search(r"dont mobile money +7 000 CDF", text)
    assert re.search(rf"Espèces attendues \(sessions ouvertes\) +{_fr(ilunga + mbuyi)} CDF", text)
    assert re.search(rf"Espèces comptées et validées +{_fr(ilunga - 200_000)} CDF", text)
    assert re.search(r"Écart encore ouvert +-2 000 CDF", text)
    assert re.search(rf"non encore validées \(1 jour\(s\)-agent\) +{_fr(mbuyi)} CDF", text)
    # One line per agent: receipts, voids, net, expected, counted, variance, who signed off.
    assert re.search(rf"Ilunga Kabeya +6 +2 +19 000 +{_fr(ilunga)} +{_fr(ilunga - 200_000)} +-2 000 +Nzeza Mado",
                     text)
    assert re.search(rf"Mbuyi Tshala +1 +0 +9 000 +{_fr(mbuyi)} +— +— +non validé", text)
    assert re.search(r"Katoka +6 +2 +10 000 +19 000", text) and re.search(r"Ndesha +1 +0 +0 +9 000", text)
    assert re.search(r"Patente +7 +2 +10 000 +28 000", text)
    assert "Jour par jour" not in text  # a day has no day-by-day table
    assert "Page 1 sur 1" in text and "par le serveur" in text
    assert re.search(rb"/Subtype\s*/Image", answer.content)  # the municipality's logo


def test_the_month_report_has_every_day_and_adds_up(server, day, tmp_path):
    answer = _get(server, supervisor_token(server), month="2026-11", lang="en")
    assert answer.status_code == 200, answer.text
    text = pdf_text(answer.content, tmp_path)
    with reading(server.engine) as conn:
        expected = {d: agent_day(conn, "Ilunga Kabeya", d).expected_cash + agent_day(conn, "Mbuyi Tshala", d).expected_cash
                    for d in (D, NEXT)}
        data = read_report(conn, month="2026-11")
    assert "Reconciliation report" in text and "Month: November 2026" in text
    assert re.search(r"Receipts issued +8\n", text)
    assert re.search(r"Net collected +CDF 31,000", text)
    # Every day of November has its line; the two days worked carry the ledger's expected cash.
    for n in range(1, 31):
        assert re.search(rf"\b\w{{3}} {n} Nov\b", text), n
    assert re.search(rf"Tue 24 Nov +7 +2 +28,000 +7,000 +{expected[D] // 100:,} +{(day.expected - 200_000) // 100:,} +-2,000",
                     text)
    assert re.search(rf"Wed 25 Nov +1 +0 +3,000 +0 +{expected[NEXT] // 100:,} +— +—", text)
    assert data.total.cash.expected == sum(expected.values())
    assert sum(line.tally.net for line in data.by_day) == data.total.tally.net == 3_100_000
    assert sum(line.tally.receipts for line in data.agents) == 8
    assert re.search(r"Page 1 of \d", text) and pages(answer.content) >= 2


def test_an_empty_month_says_none(server, tmp_path):
    answer = _get(server, supervisor_token(server), month="2026-02", lang="pt")
    assert answer.status_code == 200, answer.text
    text = pdf_text(answer.content, tmp_path)
    assert "Relatório de conciliação" in text and "fevereiro de 2026" in text
    assert text.count("Nenhum.") == 3  # agents, zones, taxes
    assert re.search(r"Recibos emitidos +0\n", text)


@pytest.mark.parametrize("params, words", [({}, "either a day"), ({"date": "2026-13-01"}, "not a day"),
                                           ({"month": "2026-1"}, "not a month"),
                                           ({"date": DAY, "month": "2026-11"}, "either a day")])
def test_a_period_that_is_not_one_is_refused_in_words(server, params, words):
    answer = _get(server, supervisor_token(server), **params)
    assert answer.status_code == 400 and words in answer.json()["error"]["message"]


def test_the_readme_report_command_writes_the_pdf(server, day, tmp_path, database_url):
    env = _env(tmp_path, database_url)
    launcher = ".venv/bin/quittance-server" if (ROOT / ".venv/bin/quittance-server").exists() else str(BIN)
    lines = command_lines(readme_block("quittance-server report reconciliation"))
    lines = [line.replace(".venv/bin/quittance-server", launcher).replace("/tmp/", f"{tmp_path}/") for line in lines]
    run_lines(lines, ROOT, env)
    day_text = pdf_text((tmp_path / "reconciliation-2026-11-24.pdf").read_bytes(), tmp_path, "a.pdf")
    month_text = pdf_text((tmp_path / "reconciliation-2026-11.pdf").read_bytes(), tmp_path, "b.pdf")
    assert "Encaissé net 28 000 CDF" in day_text and "Net collected CDF 31,000" in month_text


def _fr(minor: int) -> str:
    """Whole francs as French groups them (spaces made plain by pdf_text)."""
    return f"{minor // 100:,}".replace(",", " ")


def test_a_void_waiting_for_approval_is_shown_apart_and_not_deducted(server, tmp_path):
    """The void made after the first closing waits for a supervisor: the council sees it on its own
    line, and the net still counts the receipt, as the cash is still expected."""
    cash_day(server, tmp_path, approve_late_void=False)
    with reading(server.engine) as conn:
        text = pdf_text(render_reconciliation_report(conn, day=DAY, language="en"), tmp_path)
    assert re.search(r"Voided \(1\) +CDF 5,000", text)
    assert re.search(r"Voids awaiting approval \(not deducted\) \(1\) +CDF 5,000", text)
    assert re.search(r"Net collected +CDF 33,000", text)
