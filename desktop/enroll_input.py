"""What the agent types or pastes on the enrollment screen, checked as it is typed (no network).

A code is letters, digits and dashes (spaces are dropped: a code read aloud is typed in groups).
A pasted enrollment link, `https://server/…?code=K7Q2M9XD` or `quittance://enroll?server=URL&code=…`,
fills both fields at once; so does the text of the QR code `quittance-server device add --server-url`
writes (`{"server": URL, "code": CODE}`), pasted or read by the camera (desktop/views/qr_scan.py)."""
from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlsplit

from core.errors import QuittanceError
from sync.client.enroll import server_address

_CODE = re.compile(r"^[A-Za-z0-9-]+$")
CODE_MIN, CODE_MAX = 6, 64


def normalise_code(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def code_problem(text: str) -> str | None:
    """None when the code can be sent; "characters", "short" or "long" otherwise ("empty" too)."""
    code = normalise_code(text)
    if not code:
        return "empty"
    if not _CODE.match(code):
        return "characters"
    if len(code) < CODE_MIN:
        return "short"
    return "long" if len(code) > CODE_MAX else None


def server_problem(text: str) -> str | None:
    """None for an address `enroll` accepts; "typing" while it may still become one; "bad" else."""
    text = (text or "").strip()
    if not text:
        return "empty"
    if any(prefix.startswith(text.lower()) for prefix in ("http://", "https://")):
        return "typing"
    try:
        server_address(text)
    except QuittanceError:
        return "bad"
    return None


def split_link(text: str) -> tuple[str | None, str | None]:
    """(server, code) from a pasted enrollment link; (None, None) when the text is not one."""
    text = (text or "").strip()
    if text.startswith("{"):
        return _split_qr_json(text)
    if "code=" not in text:
        return None, None
    parts = urlsplit(text)
    query = parse_qs(parts.query)
    code = (query.get("code") or [None])[0]
    server = (query.get("server") or [None])[0]
    if server is None and parts.scheme in ("http", "https") and parts.netloc:
        server = f"{parts.scheme}://{parts.netloc}"
    return server, code


def _split_qr_json(text: str) -> tuple[str | None, str | None]:
    try:
        fields = json.loads(text)
    except ValueError:
        return None, None
    if not isinstance(fields, dict) or not isinstance(fields.get("code"), str):
        return None, None
    server = fields.get("server")
    return (server if isinstance(server, str) and server else None), fields["code"]


def scanned_enrollment(text: str) -> tuple[str | None, str] | None:
    """(server or None, code) from a QR code's text; None when it is not an enrollment QR code.

    A link or the server's `{"server", "code"}` go through split_link, as pasted text does; a QR
    code holding a bare code (`device add` without --server-url) gives the code alone."""
    server, code = split_link(text)
    if code is not None:
        return (server, normalise_code(code)) if code_problem(code) is None else None
    bare = (text or "").strip()  # a QR code's text is not typed: words with spaces are no code
    return (None, bare) if bare == normalise_code(bare) and code_problem(bare) is None else None
