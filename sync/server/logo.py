"""The municipality's logo on the server: checked as the device's `init --logo` checks one
(core/logo_image.py), kept in the municipality's data as base64 of the normalised PNG, and so
sent to devices in the enrollment answer and, when it changes, in a `municipality` pull record."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from core.errors import QuittanceError
from core.logo_image import read_logo, to_wire
from sync.server.reference import AdminError, get_municipality, set_municipality


def logo_text(path: Path) -> str:
    """The logo file at `path` as the server keeps and sends it; AdminError saying why not."""
    try:
        return to_wire(read_logo(path))
    except QuittanceError as error:
        raise AdminError(str(error)) from None


def set_logo(conn: Connection, text: str | None) -> dict[str, Any]:
    """Replace the logo (None: remove it); a new municipality version that devices pull."""
    current = get_municipality(conn)
    if current is None:
        raise AdminError("this server is not initialised yet: run `init` first")
    return set_municipality(conn, {**current, "logo": text})
