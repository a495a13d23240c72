"""Installing the staged update (issue 13, Updates): check it all again, copy the database,
hand the file to the platform's installer. The app quits after this returns."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from core.safety_copy import copy_before_update
from core.service import Ledger
from sync.client import state
from sync.client.installer import Installer, for_platform
from sync.client.updates import StagedUpdate, this_platform, verify_staged


def install_staged(ledger: Ledger, staged: StagedUpdate, installer: Installer | None = None,
                   platform: str | None = None) -> dict[str, Any]:
    """Verify `staged` (signature by the trusted server key, size, SHA-256: a mismatch deletes it
    and raises QuittanceError), back the database up, then start the installer. Returns the
    version and the backup's path. Nothing is installed unless every step before succeeded."""
    platform = platform or this_platform()
    with ledger.store.read() as conn:
        trusted = state.get(conn, state.SERVER_KEY)
    verify_staged(staged, str(trusted or ""), platform)
    backup: Path = copy_before_update(ledger.store.path, staged.version, ledger.store.key)
    (installer or for_platform(platform)).install(staged.file)
    return {"version": staged.version, "backup": str(backup), "file": str(staged.file)}
