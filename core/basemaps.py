"""The device's basemaps: MBTiles files kept in a `basemaps` folder next to the database.
Installing validates the file (core/mbtiles.py) before copying it in, under a temporary name
first, so a half-copied file is never listed. Which one the map shows is the device setting
`map.basemap` (a file name in that folder). No Qt."""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from core.mbtiles import TilesetInfo, read_info

SETTING = "map.basemap"
FOLDER = "basemaps"
DEMO_FILE = "kananga-demo.mbtiles"


@dataclass(frozen=True)
class Basemap:
    file: str  # the name in the basemaps folder: what the setting holds
    path: Path
    info: TilesetInfo


def folder_for(database: str | Path) -> Path:
    return Path(database).resolve().parent / FOLDER


def list_basemaps(folder: Path) -> list[Basemap]:
    """Installed basemaps, by name; a file that no longer validates is left out."""
    found = []
    for path in sorted(folder.glob("*.mbtiles")) if folder.is_dir() else []:
        try:
            found.append(Basemap(path.name, path, read_info(path)))
        except Exception:  # noqa: BLE001 - a damaged file must not hide the others
            continue
    return sorted(found, key=lambda b: (b.info.name.casefold(), b.file))


def install(source: str | Path, folder: Path) -> Basemap:
    """Validate `source` and copy it into `folder`; an installed file of the same name is replaced."""
    source = Path(source)
    info = read_info(source)  # raises the QuittanceError the user sees
    folder.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^\w.-]+", "-", source.stem, flags=re.UNICODE).strip("-.") or "basemap"
    target = folder / f"{stem}.mbtiles"
    partial = folder / f".{stem}.mbtiles.partial"
    shutil.copyfile(source, partial)
    partial.replace(target)
    return Basemap(target.name, target, info)


def chosen(basemaps: list[Basemap], setting: str | None) -> Basemap | None:
    """The basemap the setting names, else the first one installed, else None."""
    return next((b for b in basemaps if b.file == setting), basemaps[0] if basemaps else None)
