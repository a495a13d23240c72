"""The demo device's basemap: drawn on first use into its basemaps folder (never downloaded)."""
from __future__ import annotations

from pathlib import Path

from core import basemaps


def ensure_demo_basemap(database: str | Path) -> Path:
    """The drawn Kananga basemap next to the demo database, made if missing (a few seconds)."""
    target = basemaps.folder_for(database) / basemaps.DEMO_FILE
    if not target.is_file():
        from desktop.app import application
        from resources.demo.make_tiles import make_tiles

        application()  # the app's own QApplication (themed), which the window then reuses
        make_tiles(target)
    return target
