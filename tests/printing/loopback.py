"""Loopback 'printers' on 127.0.0.1 for the transport tests."""
from __future__ import annotations

import socket
import threading
import time


class LoopbackPrinter:
    """Accepts connections and keeps what each one sent.

    slow: read 64 bytes at a time with a pause, like a printer whose buffer is full.
    drop_first: close the first connection at once, without reading a byte.
    status: bytes to answer each DLE EOT query with (one byte per query), or None for silence."""

    def __init__(self, *, slow: bool = False, drop_first: bool = False, status: bytes | None = None) -> None:
        self.slow, self.drop_first, self.status = slow, drop_first, status
        self.received: list[bytes] = []  # one entry per connection
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(4)
        self.server.settimeout(0.05)  # so close() is noticed between accepts
        self.port = self.server.getsockname()[1]
        self.uri = f"tcp://127.0.0.1:{self.port}"
        self._stop = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        connections = 0
        while not self._stop:
            try:
                conn, _ = self.server.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            connections += 1
            if self.drop_first and connections == 1:
                conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                conn.close()
                self.received.append(b"")
                continue
            self._read(conn)

    def _read(self, conn: socket.socket) -> None:
        data = bytearray()
        self.received.append(b"")
        index = len(self.received) - 1
        conn.settimeout(5)
        with conn:
            while True:
                try:
                    chunk = conn.recv(64 if self.slow else 65536)
                except OSError:
                    break
                if not chunk:
                    break
                data += chunk
                self.received[index] = bytes(data)
                queries = chunk.count(b"\x10\x04")
                if self.status is not None and queries:
                    conn.sendall(self.status[:queries] if len(self.status) >= queries else self.status * queries)
                if self.slow:
                    time.sleep(0.002)

    def close(self) -> None:
        self._stop = True
        self.thread.join(5)
        self.server.close()
