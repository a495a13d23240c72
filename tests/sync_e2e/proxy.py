"""A TCP proxy that misbehaves on purpose, run as its own process between a real client and a
real server process (`python -m tests.sync_e2e.proxy --target 127.0.0.1:PORT`).

It prints one JSON line, `{"listen": PORT, "control": PORT}`, then serves. The control port takes
one JSON command per line and answers one JSON line:
- `{"cmd": "set", ...}` changes the faults for connections accepted from then on:
  `drop_every` (every Nth connection is dropped: alternately closed before anything reaches the
  server, and cut once the server has answered, so that answer is lost), `latency_ms` (one-way
  delay before the first bytes each way), `rate_bps` (bytes per second, each direction),
  `lose_answers` (the next N pushes reach the server, which commits, and their answers are
  thrown away), `cut_answers` with `cut_at` (the next N snapshot streams are cut after `cut_at`
  bytes of their answer: the link breaks in the middle of a line);
- `{"cmd": "replay", "index": K}` sends the K-th push request the proxy forwarded (0-based, its
  bytes as they went) to the server again on a new connection: a duplicated batch, arriving late
  and out of order; the answer is `{"status": ..., "body": ...}`;
- `{"cmd": "stats"}` gives counters: connections, dropped, answers_lost, answers_cut, bytes up and down, and
  `push_in_flight` (bytes of push requests forwarded on connections still open).

A faulty link is a byte stream, so the proxy knows no HTTP beyond spotting a push or a snapshot
by its request line. The client opens one connection per request (no keep-alive) for the drops to be per call."""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from dataclasses import asdict, dataclass

CHUNK = 4096
PUSH_LINE = b"POST /api/v1/push "
SNAPSHOT_LINE = b"GET /api/v1/snapshot"


@dataclass
class Faults:
    drop_every: int = 0
    latency_ms: int = 0
    rate_bps: int = 0
    lose_answers: int = 0
    cut_answers: int = 0
    cut_at: int = 0


@dataclass
class Stats:
    connections: int = 0
    dropped: int = 0
    answers_lost: int = 0
    answers_cut: int = 0
    up: int = 0
    down: int = 0
    push_in_flight: int = 0


class Proxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.faults = Faults()
        self.stats = Stats()
        self.pushes: list[bytes] = []  # every push request forwarded whole, as bytes

    # -- one client connection -----------------------------------------------------------
    async def handle(self, client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        self.stats.connections += 1
        index, faults = self.stats.connections, Faults(**asdict(self.faults))
        drop = faults.drop_every > 0 and index % faults.drop_every == 0
        if drop and (index // faults.drop_every) % 2 == 1:  # dropped before anything reaches the server
            self.stats.dropped += 1
            await _abort(client_writer)
            return
        try:
            server_reader, server_writer = await asyncio.open_connection(*self.target)
        except OSError:  # the server is down: the client sees the connection closed
            await _abort(client_writer)
            return
        first = await _read(client_reader)
        is_push = first.startswith(PUSH_LINE)
        cut_answer = drop or (is_push and self.faults.lose_answers > 0)
        if is_push and not drop and self.faults.lose_answers > 0:
            self.faults.lose_answers -= 1
        if drop:
            self.stats.dropped += 1
        cut_at = 0
        if first.startswith(SNAPSHOT_LINE) and self.faults.cut_answers > 0 and not cut_answer:
            self.faults.cut_answers -= 1
            cut_at = max(1, self.faults.cut_at)
        flight = _Flight(self.stats, is_push, self.pushes)
        up = asyncio.create_task(self._pipe(client_reader, server_writer, faults, first, flight))
        down = asyncio.create_task(self._answer(server_reader, client_writer, faults, cut_answer, cut_at))
        await asyncio.wait({up, down}, return_when=asyncio.FIRST_COMPLETED)
        if not down.done():
            await asyncio.wait({down})
        up.cancel()
        flight.done()
        for writer in (server_writer, client_writer):
            await _abort(writer)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, faults: Faults,
                    first: bytes, flight: "_Flight") -> None:
        data, delay = first, True
        while data:
            await _shaped(data, faults, delay)
            delay = False
            writer.write(data)
            await writer.drain()
            self.stats.up += len(data)
            flight.add(data)
            data = await _read(reader)
        if writer.can_write_eof():
            writer.write_eof()

    async def _answer(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, faults: Faults,
                      cut: bool, cut_at: int = 0) -> None:
        """`cut_at`: the answer stops after that many bytes (0: never), the link reset there."""
        delay, left = True, cut_at
        while True:
            data = await _read(reader)
            if not data:
                return
            if cut:  # the server answered, so it has committed: the answer never arrives
                self.stats.answers_lost += 1
                return
            if cut_at:
                data = data[:left]
                left -= len(data)
            await _shaped(data, faults, delay)
            delay = False
            writer.write(data)
            try:
                await writer.drain()
            except ConnectionError:  # the client is gone (killed, or gave up on a slow link)
                return
            self.stats.down += len(data)
            if cut_at and left <= 0:
                self.stats.answers_cut += 1
                return

    async def replay(self, request: bytes) -> dict:
        reader, writer = await asyncio.open_connection(*self.target)
        try:
            writer.write(request)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            return {"status": int(lines[0].split()[1]), "body": json.loads(body or b"null")}
        finally:
            writer.close()

    # -- control -------------------------------------------------------------------------
    async def control(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while line := await reader.readline():
            command = json.loads(line)
            if command.get("cmd") == "replay":
                answer = await self.replay(self.pushes[int(command["index"])])
            elif command.get("cmd") == "set":
                for key, value in command.items():
                    if key != "cmd":
                        setattr(self.faults, key, int(value))
                answer = asdict(self.faults)
            else:
                answer = asdict(self.stats)
            writer.write(json.dumps(answer).encode() + b"\n")
            await writer.drain()
        writer.close()


class _Flight:
    """Bytes of one push forwarded while its connection is open (the stats' push_in_flight)."""

    def __init__(self, stats: Stats, is_push: bool, pushes: list[bytes]) -> None:
        self.stats, self.is_push, self.pushes, self.sent = stats, is_push, pushes, 0
        self.request = bytearray()

    def add(self, data: bytes) -> None:
        if self.is_push:
            self.sent += len(data)
            self.stats.push_in_flight += len(data)
            self.request += data

    def done(self) -> None:
        self.stats.push_in_flight -= self.sent
        if self.is_push and self.request:
            self.pushes.append(bytes(self.request))
        self.sent = 0
        self.request = bytearray()


async def _read(reader: asyncio.StreamReader) -> bytes:
    try:
        return await reader.read(CHUNK)
    except (ConnectionError, OSError):
        return b""


async def _shaped(data: bytes, faults: Faults, first: bool) -> None:
    """The link's one-way latency before the first bytes each way, then the time the bytes take
    at its rate (one request and one answer per connection: a round trip costs 2 × latency)."""
    delay = (faults.latency_ms / 1000 if first else 0) + (len(data) / faults.rate_bps if faults.rate_bps else 0)
    if delay:
        await asyncio.sleep(delay)


async def _abort(writer: asyncio.StreamWriter) -> None:
    try:
        transport = writer.transport
        if not transport.is_closing():
            transport.abort()  # a reset, as a dropped link or a dead server gives
    except (ConnectionError, OSError, RuntimeError):
        pass


async def serve(target: str, port: int) -> None:
    host, target_port = target.rsplit(":", 1)
    proxy = Proxy(host, int(target_port))
    listener = await asyncio.start_server(proxy.handle, "127.0.0.1", port)
    control = await asyncio.start_server(proxy.control, "127.0.0.1", 0)
    ports = {"listen": listener.sockets[0].getsockname()[1], "control": control.sockets[0].getsockname()[1],
             "started": time.time()}
    print(json.dumps(ports), flush=True)
    async with listener, control:
        await asyncio.gather(listener.serve_forever(), control.serve_forever())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", required=True, help="HOST:PORT of the server")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: any free one)")
    args = parser.parse_args(argv)
    try:
        asyncio.run(serve(args.target, args.port))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
