"""Printing benchmarks (issue 3): render times, job sizes, and a paced push to a loopback printer.

Run alone with `python -m bench.bench_printing`, or with the others through `make bench`."""
from __future__ import annotations

import socket
import tempfile
import threading
import time
from pathlib import Path

from PIL import Image

from bench.harness import Row, ms, print_table, summary, time_each
from core import registry, schedule
from core.config import Municipality
from core.demo import DEMO_LOGO
from core.read_models import ReceiptFacts
from core.schedule import TaxType
from core.service import Ledger
from printing.escpos import render_escpos
from printing.pdf import render_pdf
from printing.preview import render_preview
from printing.profiles import load_profile
from printing.qr import qr_matrix
from printing.receipt import receipt_document
from printing.transports import send_job


def _receipt_facts(folder: Path) -> ReceiptFacts:
    ledger = Ledger.open(folder / "bench.db")
    ledger.initialise(Municipality("Commune de Kananga", "KGA", "CDF", verify_url="https://mairie.example/v",
                                   service_name="Service des recettes"), "T07", [("Ilunga", "1234")])
    ledger.act_as(ledger.find_agent("Ilunga").id)
    with ledger.store.transaction() as conn:
        registry.upsert_zone(conn, "KAT", "Katoka")
        schedule.upsert_tax_type(conn, TaxType("PAT", "Patente", "annual", "flat", amount=2_000_000))
    taxpayer = ledger.register_taxpayer(name="Kabasélé Ngoyi F.", zone="KAT")
    obj = ledger.add_taxable_object(taxpayer_id=taxpayer, kind="business_premises", reference="BP-001")
    with ledger.store.transaction() as conn:
        schedule.assess_object(conn, taxable_object_id=obj, tax_code="PAT", period="2026", now="2026-01-01T00:00:00Z")
    ledger.open_session(0)
    payment = ledger.pay(taxpayer_id=taxpayer, tax_code="PAT", period="2026", amount=1_500_000, method="cash")
    facts = ledger.reads.receipt_facts(payment.receipt_no)
    ledger.close()
    return facts


class _Sink:
    """A loopback printer that reads everything and answers DLE EOT like a printer with paper."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.uri = f"tcp://127.0.0.1:{self.server.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                while chunk := conn.recv(65536):
                    if b"\x10\x04" in chunk:
                        conn.sendall(b"\x12" * chunk.count(b"\x10\x04"))

    def close(self) -> None:
        self.server.close()


def run() -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as folder:
        facts = _receipt_facts(Path(folder))
    p58, p80 = load_profile("generic-58"), load_profile("generic-80")
    pos, native = load_profile("pos-5890"), load_profile("epson-tm-p20")
    doc = receipt_document(facts, 1)

    render_escpos(doc, p58)  # warm imports and the QR cache
    median, p95 = summary(time_each(lambda _: render_escpos(receipt_document(facts, 1), p58), range(200)))
    rows.append(("ESC/POS render, 58 mm (median / p95)", f"{ms(median)} / {ms(p95)}", "<= 10 ms"))

    def cold(_):
        qr_matrix.cache_clear()
        render_escpos(receipt_document(facts, 1), p58)
    median, p95 = summary(time_each(cold, range(20)))
    rows.append(("ESC/POS render incl. QR encoding (first render)", f"{ms(median)} / {ms(p95)}", "<= 10 ms"))

    start = time.perf_counter()
    render_pdf(doc, "roll")
    rows.append(("PDF first render (loads the TTF font)", ms((time.perf_counter() - start) * 1000), "-"))
    for page in ("roll", "a4"):
        median, p95 = summary(time_each(lambda _: render_pdf(receipt_document(facts, 1), page), range(30)))
        rows.append((f"PDF render, {page} (median / p95)", f"{ms(median)} / {ms(p95)}", "<= 100 ms"))
    rows.append(("PDF size, roll", f"{len(render_pdf(doc, 'roll')) / 1024:.1f} KB", "-"))

    # The municipality's logo (the demo town's 2:1 seal): dithered once, then a raster per receipt.
    with_logo = receipt_document(facts, 1, logo=Image.open(DEMO_LOGO))
    render_escpos(with_logo, p58)
    median, p95 = summary(time_each(lambda _: render_escpos(with_logo, p58), range(100)))
    rows.append(("ESC/POS render with the logo, 58 mm (median / p95)", f"{ms(median)} / {ms(p95)}", "<= 10 ms"))
    for profile in (p58, p80):
        rows.append((f"Receipt size with the logo ({profile.name})", f"{len(render_escpos(with_logo, profile))} B",
                     "report"))

    median, _ = summary(time_each(lambda _: render_preview(doc, p58), range(30)))
    rows.append(("Preview render, 58 mm (median)", ms(median), "-"))

    for profile in (p58, p80, pos):
        rows.append((f"Receipt size, image QR ({profile.name})", f"{len(render_escpos(doc, profile))} B", "<= 6144 B"))
    rows.append((f"Receipt size, native QR ({native.name})", f"{len(render_escpos(doc, native))} B", "<= 1536 B"))

    sink = _Sink()
    try:
        for profile in (p58, pos, native):
            job = render_escpos(doc, profile)
            start = time.perf_counter()
            report = send_job(sink.uri, job, chunk_bytes=profile.bt_chunk_bytes, pacing_ms=profile.bt_pacing_ms)
            elapsed = (time.perf_counter() - start) * 1000
            rows.append((f"Paced TCP push, {profile.name} ({report.chunks} x {profile.bt_chunk_bytes} B, "
                         f"{profile.bt_pacing_ms} ms)", ms(elapsed), "report"))
    finally:
        sink.close()
    return rows


if __name__ == "__main__":
    print_table("Printing (issue 3)", run())
