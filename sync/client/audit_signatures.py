"""The Ed25519 checks of an audit file, in parallel on every core (ProcessPoolExecutor over
batches), while the main process goes on parsing: the verifier then costs little more than the
signatures themselves (bench/bench_audit.py measures it against bare Ed25519)."""
from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

BATCH = 4_096
# (public key hex, signed message, signature hex, what to report when it fails)
Item = tuple[str, bytes, str, Any]


@lru_cache(maxsize=256)
def _key(public_hex: str) -> Ed25519PublicKey | None:
    try:
        return Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
    except ValueError:
        return None


def check_batch(items: list[Item]) -> list[Any]:
    """The report of every item whose signature does not verify."""
    failed = []
    for public_hex, message, signature_hex, report in items:
        key = _key(public_hex)
        try:
            if key is None:
                raise InvalidSignature
            key.verify(bytes.fromhex(signature_hex), message)
        except (InvalidSignature, ValueError):
            failed.append(report)
    return failed


class SignatureChecker:
    """Queues signatures; full batches go to the workers, at most a few batches per worker in flight."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1
        self._pool: ProcessPoolExecutor | None = None
        self._batch: list[Item] = []
        self._pending: deque[Future] = deque()
        self.failed: list[Any] = []

    def add(self, public_hex: str, message: bytes, signature_hex: str, report: Any) -> None:
        self._batch.append((public_hex, message, signature_hex, report))
        if len(self._batch) >= BATCH:
            self._send()

    def _send(self) -> None:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers)
        self._pending.append(self._pool.submit(check_batch, self._batch))
        self._batch = []
        while len(self._pending) > 2 * self.workers:
            self.failed += self._pending.popleft().result()

    def finish(self) -> list[Any]:
        """Every failed report, once all batches are checked (the last one here, in this process)."""
        self.failed += check_batch(self._batch)
        self._batch = []
        while self._pending:
            self.failed += self._pending.popleft().result()
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None
        return self.failed
