"""Refuse bodies over the limit before anything parses them (413 body_too_large)."""
from __future__ import annotations

import json


class BodyLimit:
    """Pure ASGI middleware: checks Content-Length, then reads a body without one (chunked) up
    to the limit before the app sees it, so no parser ever holds more than the limit."""

    def __init__(self, app, max_bytes: int, larger: dict[str, int] | None = None) -> None:  # noqa: ANN001
        # `larger`: path prefix -> its own limit (census photos are bigger than any JSON body)
        self.app, self.default_bytes, self.larger = app, max_bytes, dict(larger or {})

    async def __call__(self, scope, receive, send) -> None:  # noqa: ANN001
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        max_bytes = self._limit(str(scope.get("path", "")))
        headers = dict(scope.get("headers", []))
        length = headers.get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > max_bytes
            except ValueError:
                too_big = True
            if too_big:
                await _refuse(send, max_bytes)
                return
            await self.app(scope, receive, send)
            return
        # No declared length: buffer up to the limit, then replay the body to the app.
        chunks, seen = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, _replay([message]), send)
                return
            seen += len(message.get("body", b""))
            if seen > max_bytes:
                await _refuse(send, max_bytes)
                return
            chunks.append(message)
            if not message.get("more_body", False):
                break
        body = b"".join(m.get("body", b"") for m in chunks)
        await self.app(scope, _replay([{"type": "http.request", "body": body, "more_body": False}], receive), send)


    def _limit(self, path: str) -> int:
        return next((limit for prefix, limit in self.larger.items() if path.startswith(prefix)), self.default_bytes)


def _replay(messages: list[dict], then=None):  # noqa: ANN001, ANN202
    async def receive() -> dict:
        if messages:
            return messages.pop(0)
        if then is not None:
            return await then()
        return {"type": "http.disconnect"}
    return receive


async def _refuse(send, max_bytes: int) -> None:  # noqa: ANN001
    body = json.dumps({"error": {"code": "body_too_large",
                                 "message": f"request bodies are limited to {max_bytes} bytes"}}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
