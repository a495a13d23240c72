"""The first pull as a snapshot stream, the real client against the real server: what a device
holds after it equals what the paged pull gives, a stream cut anywhere (through the client's
transport seam, or by the real TCP proxy) resumes and ends the same, and a tampered line is
refused with nothing of it applied."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Iterator

import httpx
import pytest

from core.service import Ledger
from sync.client import state
from sync.client.http import SyncClient
from sync.client.pull import PullOutcome, apply_page
from sync.server import registry
from sync.server.common import now_iso
from tests.server.support import ZONE_IDS
from tests.sync_e2e.served import one_connection_per_call
from tests.sync_e2e.support import IN_PROCESS_URL, enrolled_device, in_process, sync

SERVER_TABLES = ("zones", "agents", "tax_types", "taxpayers", "taxable_objects", "assessments")


def seed_registry(server, per_zone: int) -> int:  # noqa: ANN001
    """`per_zone` server taxpayers in each zone; returns how many the agent Ilunga (KAT, NDE) sees."""
    with server.engine.begin() as conn:
        for z, (code, zone_id) in enumerate(ZONE_IDS.items()):
            for n in range(per_zone):
                registry.insert_taxpayer(conn, f"01938d00-0000-7000-8000-{z:04d}{n:08d}",
                                         {"kind": "person", "name": f"Contribuable {code} {n:05d}", "zone_id": zone_id,
                                          "phone": f"+2438{z}{n:07d}", "address": f"Avenue {n}, {code}"},
                                         origin="server", at=now_iso())
    return 2 * per_zone


def holding(ledger: Ledger) -> dict[str, list[tuple]]:
    """What the device holds of the server's data, table by table (rows the device made for
    itself before enrollment left out)."""
    held = {}
    with ledger.store.read() as conn:
        for table in SERVER_TABLES:
            columns = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            mine = " WHERE origin = 'server'" if "origin" in columns else ""
            held[table] = [tuple(row) for row in conn.execute(f"SELECT * FROM {table}{mine} ORDER BY 1")]
    return held


def server_taxpayers(ledger: Ledger) -> int:
    with ledger.store.read() as conn:
        return conn.execute("SELECT count(*) FROM taxpayers WHERE origin = 'server'").fetchone()[0]


def paged_device(path: Path, server, code: str, page_size: int) -> tuple[Ledger, int]:  # noqa: ANN001
    """A device that pulls the way ordinary pulls go, page by page (the client's own calls), and
    how many records it was given."""
    ledger = enrolled_device(path, server, IN_PROCESS_URL, in_process(server), code=code)
    with ledger.store.read() as conn:
        token, key = state.get(conn, state.TOKEN), state.get(conn, state.SERVER_KEY)
    cursor, outcome = None, PullOutcome()
    with SyncClient(IN_PROCESS_URL, in_process(server), token=token) as client:
        while True:
            cursor, more = apply_page(ledger.store, client.pull(cursor, page_size), cursor, key, None, outcome)
            if not more:
                return ledger, outcome.records


def paged_holding(path: Path, server, page_size: int = 7) -> dict[str, list[tuple]]:  # noqa: ANN001
    ledger, _records = paged_device(path, server, "T08", page_size)
    try:
        return holding(ledger)
    finally:
        ledger.close()


class Rewriting(httpx.BaseTransport):
    """The client's transport seam with a hand on the snapshot stream: `rewrite(n, body)` gives
    the n-th stream's bytes as they will arrive (n from 1), and `cut_at(n)` a byte count after
    which the link drops (httpx.ReadError), or None."""

    def __init__(self, inner: httpx.BaseTransport, rewrite: Callable[[int, bytes], bytes] = lambda n, body: body,
                 cut_at: Callable[[int], int | None] = lambda n: None) -> None:
        self.inner, self.rewrite, self.cut_at = inner, rewrite, cut_at
        self.streams, self.pulls = 0, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        self.pulls += request.url.path.endswith("/pull")
        if not request.url.path.endswith("/snapshot") or response.status_code != 200:
            return response
        self.streams += 1
        body = self.rewrite(self.streams, response.read())
        cut = self.cut_at(self.streams)

        def chunks() -> Iterator[bytes]:
            for start in range(0, len(body), 4096):
                if cut is not None and start + 4096 > cut:
                    yield body[start:cut]
                    raise httpx.ReadError("the link dropped in the middle of the stream", request=request)
                yield body[start:start + 4096]

        return httpx.Response(200, headers=response.headers, content=chunks())


def test_a_stream_of_many_pages_leaves_a_device_as_the_paged_pull_does(server, tmp_path):
    seen = seed_registry(server, 40)
    transport = Rewriting(in_process(server))
    streamed = enrolled_device(tmp_path / "a.db", server, IN_PROCESS_URL, transport, code="T07")
    progress: list[int] = []
    result = sync(streamed, transport, page_size=7, progress=lambda phase, done, _total: phase == "pull" and progress.append(done))
    assert result.ok, (result.refused, result.error)
    assert result.pages > 10 and (transport.streams, transport.pulls) == (1, 0)  # one HTTP response
    assert len(progress) == result.pages and progress == sorted(set(progress))  # line by line, as they came
    assert progress[-1] == result.pulled
    paged, records = paged_device(tmp_path / "b.db", server, "T08", page_size=7)
    assert server_taxpayers(streamed) == seen and result.pulled == records
    assert holding(streamed) == holding(paged)
    assert streamed.verify().ok


def test_a_stream_cut_in_the_middle_of_lines_resumes_and_ends_identical(server, tmp_path):
    seed_registry(server, 40)
    cuts = {1: 2_500, 2: 9_000}  # twice, each time inside a line
    transport = Rewriting(in_process(server), cut_at=cuts.get)
    device = enrolled_device(tmp_path / "a.db", server, IN_PROCESS_URL, transport, code="T07")
    result = sync(device, transport, page_size=7)
    assert result.ok, (result.refused, result.error)
    assert transport.streams == 3
    assert holding(device) == paged_holding(tmp_path / "b.db", server)
    assert device.verify().ok


def test_a_sync_that_gave_up_mid_stream_resumes_at_the_next_one(server, tmp_path):
    seen = seed_registry(server, 40)
    transport = Rewriting(in_process(server), cut_at=lambda n: 6_000 if n == 1 else None)
    device = enrolled_device(tmp_path / "a.db", server, IN_PROCESS_URL, transport, code="T07")
    first = sync(device, transport, page_size=7, max_attempts=1)  # no second try: the sync stops
    assert first.error["code"] == "unreachable" and 0 < first.pulled < seen
    assert server_taxpayers(device) < seen and state.get(device.store.conn, state.CURSOR)
    second = sync(device, transport, page_size=7)
    assert second.ok and transport.pulls == 1 and transport.streams == 2  # one page, then the rest as a stream
    paged, records = paged_device(tmp_path / "b.db", server, "T08", page_size=7)
    assert first.pulled + second.pulled == records  # no page applied twice, none lost
    assert holding(device) == holding(paged)


def _renamed(n: int, body: bytes) -> bytes:
    """A man in the middle renames a taxpayer in the second line, re-encoding it as JSON."""
    lines = body.split(b"\n")
    page: dict[str, Any] = json.loads(lines[1])
    taxpayer = next(r for r in page["records"] if r["kind"] == "taxpayer")
    taxpayer["data"]["name"] = "Quelqu'un d'autre"
    lines[1] = json.dumps(page).encode()
    return b"\n".join(lines)


def _renamed_in_place(n: int, body: bytes) -> bytes:
    """The same, byte for byte in the signed text (the line stays canonical JSON)."""
    lines = body.split(b"\n")
    name = next(r for r in json.loads(lines[1])["records"] if r["kind"] == "taxpayer")["data"]["name"].encode()
    lines[1] = lines[1].replace(b'"name":"' + name + b'"', b'"name":"Quelqu\'un d\'autre"', 1)
    return b"\n".join(lines)


@pytest.mark.parametrize("rewrite", [_renamed, _renamed_in_place])
def test_a_tampered_line_is_refused_and_nothing_of_it_applied(server, tmp_path, rewrite):
    seed_registry(server, 40)
    transport = Rewriting(in_process(server), rewrite=rewrite)
    device = enrolled_device(tmp_path / "a.db", server, IN_PROCESS_URL, transport, code="T07")
    token = state.get(device.store.conn, state.TOKEN)
    stream = server.client.get("/api/v1/snapshot", params={"limit": 7}, headers={"Authorization": f"Bearer {token}"})
    first_line = json.loads(stream.content.split(b"\n")[0])
    result = sync(device, transport, page_size=7)
    assert result.refused["code"] == "page_signature" and (result.pages, result.pulled) == (1, 7)
    with device.store.read() as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM taxpayers WHERE origin = 'server'")]
        cursor = state.get(conn, state.CURSOR)
    assert names == [r["data"]["name"] for r in first_line["records"] if r["kind"] == "taxpayer"]  # line 1 only
    assert cursor == first_line["next_cursor"]  # the next sync asks for the refused line again
    again = sync(device, in_process(server), page_size=7)
    with device.store.read() as conn:
        assert again.ok and "Quelqu'un d'autre" not in [r[0] for r in conn.execute("SELECT name FROM taxpayers")]
    assert device.verify().ok


def test_a_stream_cut_by_a_real_link_resumes_and_ends_identical(server, proxy, tmp_path):
    seed_registry(server, 40)
    device = enrolled_device(tmp_path / "a.db", server, proxy.base_url, one_connection_per_call(), code="T07")
    proxy.set(cut_answers=2, cut_at=5_000)  # the next two answers (the stream, then the stream again) are cut
    result = sync(device, one_connection_per_call(), page_size=7)
    assert result.ok, (result.refused, result.error)
    assert proxy.stats()["answers_cut"] == 2
    assert holding(device) == paged_holding(tmp_path / "b.db", server)
    assert device.verify().ok
