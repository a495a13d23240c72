"""The printing commands, wired the way core/cli.py wires them: parents=common(...), handler(args, ledger)."""
from __future__ import annotations

import argparse

import pytest

from core.cli_options import common
from printing import cli
from printing.errors import PrintError
from printing.transports import STATUS_QUERY
from tests.printing.escpos_decoder import decode
from tests.printing.loopback import LoopbackPrinter


def _parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="quittance")
    cli.add_commands(root.add_subparsers(dest="command", required=True), common)
    return root


def _run(ledger, *argv: str) -> int:
    args = _parser().parse_args(list(argv))
    return args.handler(args, ledger)


def test_receipt_to_pdf_png_and_escpos(paid, tmp_path, capsys):
    no = paid.payment.receipt_no
    assert _run(paid.ledger, "receipt", no, "--format", "pdf", "--out", str(tmp_path / "r.pdf"), "--db", "x.db") == 0
    assert "écrit dans" in capsys.readouterr().out
    assert _run(paid.ledger, "receipt", no, "--format", "png", "--profile", "generic-80",
                "--out", str(tmp_path / "r.png")) == 0
    assert _run(paid.ledger, "receipt", no.lower(), "--format", "escpos", "--profile", "pos-5890",
                "--out", str(tmp_path / "r.bin")) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "r.png").read_bytes().startswith(b"\x89PNG")
    assert "*** DUPLICATA n° 3 ***" in decode((tmp_path / "r.bin").read_bytes()).text()
    assert paid.ledger.reads.receipt_facts(no).copies_printed == 3


def test_print_and_printer_test(paid, capsys):
    printer = LoopbackPrinter(status=b"\x12\x12")
    try:
        assert _run(paid.ledger, "print", paid.payment.receipt_no, "--printer", printer.uri) == 0
        assert _run(paid.ledger, "printer", "test", "--printer", printer.uri, "--profile", "generic-80") == 0
    finally:
        printer.close()
    out = capsys.readouterr().out
    assert f"Reçu {paid.payment.receipt_no} imprimé (original) sur {printer.uri}." in out
    assert "Page de test envoyée" in out and "en ligne, papier présent" in out
    assert "PAGE DE TEST" in decode(printer.received[1].replace(STATUS_QUERY, b"")).text()


def test_print_without_a_printer_asks_for_one(paid):
    with pytest.raises(PrintError) as refused:
        _run(paid.ledger, "print", paid.payment.receipt_no)
    assert refused.value.message("fr").startswith("Aucune imprimante configurée")


def test_printer_needs_an_action():
    with pytest.raises(SystemExit):
        _parser().parse_args(["printer"])
