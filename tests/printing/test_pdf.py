"""PDF copies: the accents survive, whatever the reader's fonts."""
from __future__ import annotations

import io

from pypdf import PdfReader

from printing.pdf import render_pdf
from printing.receipt import receipt_document
from printing.zreport import z_report_document
from tests.printing.conftest import make_paid


def _text(data: bytes) -> tuple[str, PdfReader]:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages), reader


def test_roll_receipt_has_accented_labels_and_names(paid):
    text, reader = _text(render_pdf(receipt_document(paid.ledger.reads.receipt_facts(paid.payment.receipt_no), 2), "roll"))
    for expected in ("REÇU DE PAIEMENT", "DUPLICATA n° 2", "Kabasélé Ngoyi F.", "Reste à payer", "Espèces",
                     "quinze mille francs congolais", "Conservez ce reçu."):
        assert expected in text
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert round(width_mm) == 80


def test_a4_portuguese_receipt(tmp_path):
    made = make_paid(tmp_path, "pt")
    text, reader = _text(render_pdf(receipt_document(made.ledger.reads.receipt_facts(made.payment.receipt_no), 1), "a4"))
    for expected in ("RECIBO DE PAGAMENTO", "João Gonçalves", "Numerário", "Saldo em dívida", "Licença comercial"):
        assert expected in text
    assert (round(float(reader.pages[0].mediabox.width)), round(float(reader.pages[0].mediabox.height))) == (595, 842)


def test_font_is_embedded(paid):
    data = render_pdf(receipt_document(paid.ledger.reads.receipt_facts(paid.payment.receipt_no), 1), "roll")
    assert b"/FontFile2" in data  # the TrueType program travels with the PDF


def test_z_report_pdf(paid):
    paid.ledger.void(paid.payment.receipt_no, "Erreur de montant")
    text, _ = _text(render_pdf(z_report_document(paid.ledger.session_report(), paid.ledger.municipality), "a4"))
    assert "SITUATION DE CAISSE" in text and "ANNULATIONS (1)" in text and "Erreur de montant" in text


def _drawn_past_the_page(data: bytes) -> list[str]:
    """Each text run drawn, measured in its own font: those that end past the page's right edge."""
    from reportlab.pdfbase import pdfmetrics

    from printing.pdf import BOLD, REGULAR

    over: list[str] = []
    for page in PdfReader(io.BytesIO(data)).pages:
        width = float(page.mediabox.width)

        def visit(text, cm, tm, font, size) -> None:  # noqa: ANN001
            if not text.strip() or font is None:
                return
            name = BOLD if "Bold" in str(font.get("/BaseFont", "")) else REGULAR
            x = tm[4] * cm[0] + cm[4]
            if x + pdfmetrics.stringWidth(text, name, size * tm[0]) * cm[0] > width + 0.5:
                over.append(text)
        page.extract_text(visitor_text=visit)
    return over


def test_the_z_reports_signed_chain_head_stays_on_the_page(paid):
    """The chain head is one 110-character word: the PDF drew it on one line, far past the right
    edge of an 80 mm roll, where an auditor cannot read it."""
    from core.anchors import parse_chain_head

    report = paid.ledger.close_session()
    head = parse_chain_head(report.chain_head).text
    for page in ("roll", "a4"):
        data = render_pdf(z_report_document(report, paid.ledger.municipality), page)
        assert _drawn_past_the_page(data) == [], page
        text = "".join(_text(data)[0].split())
        assert head in text, page  # whole, in order, over several lines
