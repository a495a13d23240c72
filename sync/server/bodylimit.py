"""Refuse bodies over the limit before anything parses them (413 body_too_large)."""
from __future__ import annotations

import json


class BodyLimit:
    """Pure ASGI middleware: checks Content-Length, and counts a chunked body as it streams."""

    def __init__(self, app, max_bytes: int) -> None:  # noqa: ANN001
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send) -> None:  # noqa: ANN001
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    too_big = True
                if too_big:
                    await _refuse(send, self.max_bytes)
                    return
        seen = 0
        refused = False

        async def counted_receive():  # noqa: ANN202
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    refused = True
                    raise _TooLarge()
            return message

        try:
            await self.app(scope, counted_receive, send)
        except _TooLarge:
            if refused:
                await _refuse(send, self.max_bytes)


class _TooLarge(Exception):
    pass


async def _refuse(send, max_bytes: int) -> None:  # noqa: ANN001
    body = json.dumps({"error": {"code": "body_too_large",
                                 "message": f"request bodies are limited to {max_bytes} bytes"}}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
