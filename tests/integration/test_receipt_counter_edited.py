"""A hostile review: the receipt counter edited alone, behind Quittance's back. `pay` trusted it:
after -1 it issued T07-2026-000000, after a huge value it skipped billions of numbers, and after
text every command died in a traceback while writing the high-water mark. Now every command
still opens the file, `verify` names the edited row, and `pay` refuses to issue a number."""
from __future__ import annotations

from tests import device_sqlite as sqlite3  # the device driver, keyed for an encrypted device file

import pytest

from tests.cli_support import cli_device_template, copy_device, count, quittance  # noqa: F401


@pytest.mark.parametrize("value", [-1, "'x'", 4611686018427387904, 0, 5],
                         ids=["negative", "text", "huge", "zero", "ahead"])
def test_an_edited_receipt_counter_issues_no_number_and_verify_names_it(cli_device_template, tmp_path, value):
    db, taxpayer = copy_device(cli_device_template, tmp_path / "device")
    conn = sqlite3.connect(db)
    conn.execute(f"UPDATE receipt_counters SET last_seq = {value}")
    conn.commit()
    conn.close()
    payments = count(db, "payments")
    paid = quittance(tmp_path, "pay", "--db", db, "--as", "Ilunga", "--taxpayer", taxpayer, "--tax", "PAT",
                     "--period", "2026", "--amount", "100", "--method", "cash", "--advance")
    assert paid.returncode == 3, paid.stdout
    assert "Traceback" not in paid.stderr and "ne suit pas le dernier reçu (n° 1)" in paid.stderr
    assert count(db, "payments") == payments
    verify = quittance(tmp_path, "verify", "--db", db)
    assert verify.returncode == 1 and "Traceback" not in verify.stderr
    assert verify.stdout.startswith("ALTÉRÉ : ")
    assert "receipt_counters" in verify.stdout or "le numéro de reçu" in verify.stdout
    search = quittance(tmp_path, "search", "--db", db, "therese")
    assert search.returncode == 0, search.stderr
