"""Basemaps from the server: list them and download each into the device's basemaps folder,
with the enrolled device's own server address and token. Runs off the UI thread."""
from __future__ import annotations

from pathlib import Path

from core.service import Ledger


def fetch_basemaps(ledger: Ledger, folder: Path, transport=None) -> list[Path]:  # noqa: ANN001 - httpx transport
    from sync.client import basemaps as remote  # h-server-forms: sync/client/basemaps.py
    from sync.client import state
    from sync.client.http import SyncClient

    with ledger.store.read() as conn:
        url, token = state.get(conn, state.SERVER_URL), state.get(conn, state.TOKEN)
    with SyncClient(url, transport, token=token) as client:
        return [remote.download_basemap(client, item, folder) for item in remote.list_basemaps(client)]
