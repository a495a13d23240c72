"""Issue 14: the Z-report prints the perpetual totals and the closing before it; a month's closing
prints as its own document (ESC/POS, PDF, preview), and `quittance closings` lists and prints them."""
from __future__ import annotations

import argparse
import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from core.clock import utc_now
from core.cli_options import common
from core.errors import QuittanceError
from printing import cli_closings, service
from printing.escpos import render_escpos
from printing.profiles import load_profile
from printing.transports import STATUS_QUERY
from printing.zreport import z_report_document
from tests.printing.conftest import make_paid
from tests.printing.escpos_decoder import decode
from tests.printing.loopback import LoopbackPrinter


def _run(ledger, *argv: str) -> int:
    root = argparse.ArgumentParser(prog="quittance")
    cli_closings.add_commands(root.add_subparsers(dest="command", required=True), common)
    args = root.parse_args(list(argv))
    return args.handler(args, ledger)


def row(left: str, right: str, width: int = 32) -> str:
    return left + right.rjust(width - len(left))


def closed_month(paid) -> str:
    """Close the session, then open one 40 days on: the month of the payment is closed."""
    ledger = paid.ledger
    ledger.close_session()
    later = utc_now() + timedelta(days=40)
    ledger.clock = lambda: later
    ledger.confirm_clock_ahead()
    ledger.open_session(0)
    [month] = [c for c in ledger.reads.closings() if c.kind == "month"][:1]
    return month.period


def test_the_z_report_prints_perpetual_totals_and_the_previous_closing(paid):
    ledger = paid.ledger
    first = ledger.close_session()
    ledger.open_session(0)
    ledger.pay(taxpayer_id=paid.taxpayer_id, tax_code="PAT", period="2026", amount=200_000, method="cash")
    ledger.void(paid.payment.receipt_no, "Erreur de montant")
    report = ledger.close_session()
    lines = [line.rstrip() for line in decode(render_escpos(z_report_document(report, ledger.municipality),
                                                            load_profile("generic-58"))).lines]
    at = lines.index("Totaux perpétuels (depuis le")
    assert lines[at + 1] == "premier jour)"
    assert row("Reçus (2)", "17 000 CDF") in lines[at:]
    assert row("Annulations (1)", "15 000 CDF") in lines[at:]
    assert row("Net", "2 000 CDF") in lines[at:]
    previous = ledger.store.conn.execute("SELECT hash FROM events WHERE type = 'session.closed' AND entity_id = ?",
                                         (first.session_id,)).fetchone()[0]
    at = lines.index("Clôture précédente :")
    assert lines[at + 1].strip() == previous[:16]
    assert all(len(line) <= 32 for line in lines)


def test_a_running_x_report_has_no_perpetual_section(paid):
    doc = z_report_document(paid.ledger.session_report(), paid.ledger.municipality)
    assert not any("perpétuels" in text for text in doc.texts())


def test_a_month_closing_prints_as_its_own_document(paid, tmp_path):
    ledger = paid.ledger
    period = closed_month(paid)
    doc = service.closing_model(ledger, period)
    lines = [line.rstrip() for line in decode(render_escpos(doc, load_profile("generic-58"))).lines]
    assert "CLÔTURE MENSUELLE" in " ".join(lines)
    assert period in " ".join(lines)
    at = lines.index("Cette période")
    assert lines[at + 1:at + 4] == [row("Reçus (1)", "15 000 CDF"), row("Annulations (0)", "0 CDF"),
                                    row("Net", "15 000 CDF")]
    assert "Clôture précédente :" in lines
    assert all(len(line) <= 32 for line in lines)
    pdf = service.render(doc, "pdf", load_profile("generic-80"), "a4")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "CLÔTURE MENSUELLE" in text and period in text and "Totaux perpétuels" in text
    preview = service.render(doc, "png", load_profile("generic-80"))
    assert preview.width == load_profile("generic-80").dots and preview.height > 400


def test_closings_are_listed_and_printed_from_the_command_line(paid, tmp_path, capsys):
    ledger = paid.ledger
    assert _run(ledger, "closings") == 0
    assert "Aucun mois ni aucune année clôturés" in capsys.readouterr().out
    period = closed_month(paid)
    assert _run(ledger, "closings") == 0
    listed = capsys.readouterr().out.replace("\u202f", " ").replace("\xa0", " ")
    assert f"{period}  mois  reçus 1  net 15 000 CDF  net perpétuel 15 000 CDF" in listed
    out = tmp_path / "closing.pdf"
    assert _run(ledger, "closings", "print", period, "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert f"Clôture {period} écrite dans" in capsys.readouterr().out
    printer = LoopbackPrinter(status=b"\x12\x12")
    try:
        assert _run(ledger, "closings", "print", period, "--printer", printer.uri) == 0
    finally:
        printer.close()
    assert "CLÔTURE MENSUELLE" in decode(b"".join(printer.received).replace(STATUS_QUERY, b"")).text()
    with pytest.raises(QuittanceError) as refused:
        _run(ledger, "closings", "print", "2031-04", "--out", str(tmp_path / "x.pdf"))
    assert refused.value.code == "closing_not_found" and not (tmp_path / "x.pdf").exists()
    with pytest.raises(QuittanceError) as refused:
        _run(ledger, "closings", "print")
    assert refused.value.code == "closing_period_required"


def test_a_closing_prints_in_portuguese(tmp_path):
    paid = make_paid(tmp_path, locale="pt")
    try:
        period = closed_month(paid)
        texts = service.closing_model(paid.ledger, period).texts()
        assert "ENCERRAMENTO MENSAL" in texts and "Totais perpétuos (desde o primeiro dia)" in texts
    finally:
        paid.ledger.close()
