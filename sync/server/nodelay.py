"""uvicorn's HTTP protocol with TCP_NODELAY on every connection.

With `--workers` above 1, uvicorn binds the listening socket itself as `socket.socket(AF_INET)`,
whose protocol number is 0, and asyncio then skips setting TCP_NODELAY on the connections it
accepts (it sets it only for sockets created as IPPROTO_TCP). A response written as headers then
body waits for the client's delayed ACK: about 40 ms added to every request on a kept-alive
connection (a /health round trip went from 4 ms to 48 ms). `quittance-server serve` uses this
class whatever the number of workers."""
from __future__ import annotations

import asyncio
import socket

try:  # the faster parser when it is installed, as uvicorn's "auto" would pick
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol as _Base
except ImportError:  # pragma: no cover - depends on the environment
    from uvicorn.protocols.http.h11_impl import H11Protocol as _Base  # type: ignore[assignment]


class NoDelayHTTPProtocol(_Base):  # type: ignore[misc, valid-type]
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass  # not a TCP socket after all: nothing to tune
        super().connection_made(transport)


PROTOCOL = f"{__name__}:NoDelayHTTPProtocol"
