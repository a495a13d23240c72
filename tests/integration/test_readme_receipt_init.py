"""Issue 9: the README's `init` with a logo, address and last line, run exactly as written (in a
temporary home, so `quittance` without `--db` makes its default database there); then a receipt
from that device prints all three, and the logo as a raster."""
from __future__ import annotations

import re
import shlex
import subprocess
import sys

from core import schedule
from core.schedule import TaxType
from tests.device_sqlite import open_ledger
from core.token import verification_code
from printing import service
from tests.cli_support import REPO, cli_env, default_db
from tests.printing.escpos_decoder import decode


def readme_init_block() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        if block.startswith("quittance init") and "--logo" in block:
            return block
    raise AssertionError("the README has lost its `init --logo` example")


def test_the_readme_init_with_a_logo_works_as_written(tmp_path):
    block = readme_init_block()
    home = tmp_path / "home"
    # `quittance` as the README's reader has it on their PATH: this checkout's entry point.
    shim = f"quittance() {{ {shlex.quote(sys.executable)} -m desktop.main \"$@\"; }}"
    result = subprocess.run(["bash", "-c", f"{shim}\n{block}"], cwd=REPO, env=cli_env(home, pin=None),
                            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    ledger = open_ledger(default_db(home))  # made by the README's commands: its key from the envelope
    try:
        town = ledger.municipality
        assert town.address in block and town.receipt_line in block and town.address
        ledger.act_as(ledger.agents()[0].id)
        taxpayer = ledger.register_taxpayer(name="Kabasélé Ngoyi F.", id_number="0412-88-2231")
        ledger.open_session(0)
        with ledger.store.transaction() as conn:
            schedule.upsert_tax_type(conn, TaxType("MKT", "Droit de place", "one-off", "flat", amount=50_000))
        # No assessment for this one-off tax: the payment is taken as an advance.
        payment = ledger.pay(taxpayer_id=taxpayer, tax_code="MKT", period="2026", amount=50_000, method="cash",
                             advance=True)
        job = decode(service.render_receipt(ledger, payment.receipt_no, "escpos", "generic-58"))
    finally:
        ledger.close()
    lines = [line.strip() for line in job.lines]
    assert "COMMUNE DE KANANGA" in lines and "Service des recettes" in lines
    assert "Merci : vos taxes construisent" in job.text() and "Hôtel de ville" in job.text()
    assert f"kananga.cd/v/{verification_code(payment.token)}" in lines
    logo = job.images[0]
    assert logo.width <= 384 and logo.height <= 160 and len(job.images) == 2
