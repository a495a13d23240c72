"""Fixtures for the sync client's tests: a real device database and the fake server."""
from __future__ import annotations

import sys

import pytest

from core.service import Ledger
from tests.conftest import make_ledger
from tests.sync_client.fake_server import FakeServer
from tests.sync_client.reference_stub import real_reference_present, stub_module


@pytest.fixture(autouse=True)
def reference_apply(monkeypatch: pytest.MonkeyPatch) -> None:
    """The one stub allowed: core.reference.apply_server_records, until it is merged."""
    if not real_reference_present():
        monkeypatch.setitem(sys.modules, "core.reference", stub_module())


@pytest.fixture
def device(tmp_path) -> Ledger:
    ledger = make_ledger(tmp_path / "device.db")
    ledger.act_as(ledger.find_agent("Ilunga Kabeya").id)
    yield ledger
    ledger.close()


@pytest.fixture
def server() -> FakeServer:
    return FakeServer()


class RecordedSleeps:
    """An injected `sleep`: records each wait instead of waiting."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def add_events(ledger: Ledger, count: int) -> None:
    """`count` more events, as an agent registering taxpayers makes them (in one transaction:
    a commit per event would spend the test's time on fsync)."""
    with ledger.store.transaction():
        for i in range(count):
            ledger.register_taxpayer(name=f"Contribuable {i:05d}", zone="KAT")


SERVER_URL = "https://recettes.kananga.example"


@pytest.fixture
def sleeps() -> RecordedSleeps:
    return RecordedSleeps()


@pytest.fixture
def enrolled(device: Ledger, server: FakeServer) -> Ledger:
    from sync.client.enroll import enroll_ledger

    enroll_ledger(device, SERVER_URL, server.add_code("T09"), transport=server.transport())
    return device
