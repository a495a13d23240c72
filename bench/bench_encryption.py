"""Encryption at rest (issue 13): search and payment p95 on an encrypted database against the same
database unencrypted, in one run, and what SQLCipher's memory wiping costs.

Target: encrypted p95 at most 1.3 times the plain one. `BENCH_ENCRYPTION_TAXPAYERS` sets the
registry size (default 200,000, the size a town's device carries)."""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from bench.bench_core import realistic_queries
from bench.harness import Row, ms, summary, time_each
from core.config import Municipality
from core.seed import seed_taxpayers
from core.service import Ledger
from core.store import Store

TARGET = 1.3
PAYMENTS = 300


def _device(path: Path, count: int, *, plain: bool) -> Ledger:
    ledger = Ledger(Store(path, plain=plain))
    ledger.initialise(Municipality("Commune de Kananga", "KGA", "CDF"), "T07", [("Ilunga Kabeya", "1234")])
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
    with ledger.store.transaction() as conn:
        seed_taxpayers(conn, count=count, seed=42, currency="CDF", today=ledger.today())
    ledger.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ledger.open_session(0)
    return ledger


def _paired(plain: Ledger, encrypted: Ledger, work, items: list) -> tuple[list[float], list[float]]:  # noqa: ANN001
    """Each item on the plain device then on the encrypted one, back to back: the machine's load
    (other processes on a shared machine) falls on both alike, which separate runs do not give."""
    times: tuple[list[float], list[float]] = ([], [])
    for item in items:
        for samples, ledger in zip(times, (plain, encrypted)):
            start = time.perf_counter()
            work(ledger, item)
            samples.append((time.perf_counter() - start) * 1000)
    return times


def _search(ledger: Ledger, query: str) -> None:
    ledger.reads.search(query)


def _pay(period: str):  # noqa: ANN202
    def pay(ledger: Ledger, taxpayer_id: str) -> None:
        ledger.pay(taxpayer_id=taxpayer_id, tax_code="PAT", period=period, amount=100, method="cash", advance=True)
    return pay


def _search_p95(ledger: Ledger, queries: list[str]) -> float:
    return summary(time_each(ledger.reads.search, queries))[1]


def _payment_p95(ledger: Ledger, taxpayers: list[str], period: str) -> float:
    return summary(time_each(lambda tid: _pay(period)(ledger, tid), taxpayers))[1]


def _memory_security(ledger: Ledger, on: bool) -> None:
    """SQLCipher's cipher_memory_security wipes every freed buffer (off by default since 4.5)."""
    ledger.store.conn.execute(f"PRAGMA cipher_memory_security = {'ON' if on else 'OFF'}")


def run() -> list[Row]:
    count = int(os.environ.get("BENCH_ENCRYPTION_TAXPAYERS", "200000"))
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        plain = _device(Path(tmp) / "plain.db", count, plain=True)
        encrypted = _device(Path(tmp) / "encrypted.db", count, plain=False)
        assert encrypted.store.encrypted and not plain.store.encrypted
        built = time.perf_counter() - start
        queries = realistic_queries(plain, n=600)
        taxpayers = [r[0] for r in plain.store.conn.execute("SELECT id FROM taxpayers LIMIT ?", (PAYMENTS * 3,))]
        _paired(plain, encrypted, _search, queries)  # warm: an app that has been searching a while
        search_plain, search_enc = _paired(plain, encrypted, _search, queries * 2)
        pay_plain, pay_enc = _paired(plain, encrypted, _pay("2030"), taxpayers[:PAYMENTS * 2])
        s_plain, s_enc = summary(search_plain)[1], summary(search_enc)[1]
        p_plain, p_enc = summary(pay_plain)[1], summary(pay_enc)[1]
        _memory_security(encrypted, True)
        s_wipe = _search_p95(encrypted, queries)
        p_wipe = _payment_p95(encrypted, taxpayers[PAYMENTS * 2:], "2040")
        _memory_security(encrypted, False)
        size_plain = os.path.getsize(plain.store.path) / 2**20
        size_enc = os.path.getsize(encrypted.store.path) / 2**20
        plain.close()
        encrypted.close()
    rows += [
        (f"two devices of {count:,} taxpayers built (plain, encrypted)", f"{built:.0f} s", "info"),
        ("search p95, plain (warm, each query paired with the encrypted one)", ms(s_plain), "reference"),
        ("search p95, encrypted", ms(s_enc), ""),
        ("search p95 encrypted / plain", f"{s_enc / s_plain:.2f}x", f"<= {TARGET}x"),
        ("record payment p95, plain (durable, paired likewise)", ms(p_plain), "reference"),
        ("record payment p95, encrypted", ms(p_enc), ""),
        ("record payment p95 encrypted / plain", f"{p_enc / p_plain:.2f}x", f"<= {TARGET}x"),
        ("with cipher_memory_security ON: search / payment p95", f"{ms(s_wipe)} / {ms(p_wipe)}",
         "not used: see docs/security/encryption.md"),
        ("file size plain / encrypted", f"{size_plain:.0f} / {size_enc:.0f} MiB", "info"),
    ]
    return rows
