"""Printer profiles: what one class of printer can do, read from JSON files.

Built-in profiles live in resources/printers/. A user adds or overrides one by dropping a JSON
file into their profile folder (platformdirs' user data dir + 'printers', or the folders in
QUITTANCE_PRINTER_PROFILES); a file may say {"extends": "generic-58", ...} and change a field."""
from __future__ import annotations

import json
import os
from dataclasses import MISSING, dataclass, fields
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir

from printing.codepage import check_code_page
from printing.errors import PrintError

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "resources" / "printers"
ENV_VAR = "QUITTANCE_PRINTER_PROFILES"
DEFAULT_PROFILE = "generic-58"
FONT_A_DOTS = 12  # Font A is 12 x 24 dots on every printer class we support


@dataclass(frozen=True)
class PrinterProfile:
    name: str
    description: str
    paper_width_mm: float
    print_width_mm: float
    dots: int  # printable width in dots: 384 on 58 mm paper, 576 on 80 mm
    columns: int  # Font A characters per line
    code_page: str  # Python codec of the page pinned with ESC t
    code_page_slot: int  # n in ESC t n for that page on this printer
    qr_mode: str  # 'image' (raster, works everywhere) or 'native' (GS ( k)
    qr_module_dots: int  # printed dots per QR module
    image_mode: str  # 'raster' (GS v 0), 'graphics' (GS ( L) or 'column' (ESC *)
    image_scale: int  # 2: send QR at half resolution and let the printer double it (saves 3/4 of the bytes)
    cut: str  # 'none' (tear bar), 'partial' or 'full'
    feed_lines: int  # lines fed after the last line, so it clears the tear bar or cutter
    bt_chunk_bytes: int  # write at most this much at once: cheap printers drop bytes when overrun
    bt_pacing_ms: int  # pause between chunks
    status_query: bool = True  # ask DLE EOT status; off for printers that print the query as junk
    source: str = ""

    @property
    def line_dots(self) -> int:
        return self.columns * FONT_A_DOTS


_CHOICES = {"qr_mode": ("image", "native"), "image_mode": ("raster", "graphics", "column"),
            "cut": ("none", "partial", "full")}


def user_dirs() -> list[Path]:
    configured = os.environ.get(ENV_VAR)
    if configured:
        return [Path(p) for p in configured.split(os.pathsep) if p]
    return [Path(user_data_dir("quittance", appauthor=False)) / "printers"]


def _profile_files() -> dict[str, list[Path]]:
    """Each name's files, built-in first: a later file overrides (and may extend) an earlier one."""
    found: dict[str, list[Path]] = {}
    for folder in [BUILTIN_DIR, *user_dirs()]:
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                found.setdefault(path.stem, []).append(path)
    return found


def profile_names() -> list[str]:
    return sorted(_profile_files())


def load_profile(name: str | None = None) -> PrinterProfile:
    """The named profile (default generic-58); PrintError if unknown or malformed."""
    name = (name or DEFAULT_PROFILE).strip()
    files = _profile_files()
    if name not in files:
        raise PrintError("unknown_profile", name=name, names=", ".join(sorted(files)))
    path = files[name][-1]
    data = _resolve(path, files, seen=())
    data["name"] = name
    return _build(data, path)


def _resolve(path: Path, files: dict[str, list[Path]], seen: tuple[Path, ...]) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PrintError("invalid_profile", path=str(path), detail=str(error)) from None
    if not isinstance(data, dict):
        raise PrintError("invalid_profile", path=str(path), detail="not a JSON object")
    parent = data.pop("extends", None)
    if parent:
        # The newest file of that name not already on the chain: a user's generic-58.json may
        # extend the built-in generic-58.
        candidates = [p for p in files.get(parent, []) if p not in seen and p != path]
        if not candidates:
            raise PrintError("invalid_profile", path=str(path), detail=f"cannot extend '{parent}'")
        data = {**_resolve(candidates[-1], files, seen + (path,)), **data}
    return data


def _build(data: dict[str, Any], path: Path) -> PrinterProfile:
    known = {f.name: f for f in fields(PrinterProfile)}
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise PrintError("invalid_profile", path=str(path), detail=f"unknown field(s) {', '.join(unknown)}")
    values = dict(data)
    values.setdefault("description", values["name"])
    values["source"] = str(path)
    try:
        for key, spec in known.items():
            if key not in values:
                if spec.default is MISSING:
                    raise ValueError(f"missing field {key}")
                continue
            kind = spec.type if isinstance(spec.type, str) else spec.type.__name__
            if kind == "int" and (type(values[key]) is not int):
                raise ValueError(f"{key} must be a whole number")
            if kind == "float" and not isinstance(values[key], (int, float)):
                raise ValueError(f"{key} must be a number")
            if kind == "bool" and type(values[key]) is not bool:
                raise ValueError(f"{key} must be true or false")
        for key, allowed in _CHOICES.items():
            if values[key] not in allowed:
                raise ValueError(f"{key} must be one of {', '.join(allowed)}")
        values["code_page"] = check_code_page(values["code_page"])
        _check_ranges(values)
    except (ValueError, LookupError) as error:
        raise PrintError("invalid_profile", path=str(path), detail=str(error)) from None
    return PrinterProfile(**values)


def _check_ranges(v: dict[str, Any]) -> None:
    if v["dots"] % 8 or not 128 <= v["dots"] <= 1024:
        raise ValueError("dots must be a multiple of 8 between 128 and 1024")
    if not 16 <= v["columns"] or v["columns"] * FONT_A_DOTS > v["dots"]:
        raise ValueError(f"columns must be at least 16 and at most dots / {FONT_A_DOTS}")
    if not 0 <= v["code_page_slot"] <= 255:
        raise ValueError("code_page_slot must be between 0 and 255")
    if not 1 <= v["qr_module_dots"] <= 16 or v["image_scale"] not in (1, 2):
        raise ValueError("qr_module_dots must be 1-16 and image_scale 1 or 2")
    if v["image_scale"] == 2 and v["qr_module_dots"] % 2:
        raise ValueError("with image_scale 2, qr_module_dots must be even")
    if not 0 <= v["feed_lines"] <= 20 or v["bt_chunk_bytes"] < 1 or v["bt_pacing_ms"] < 0:
        raise ValueError("feed_lines 0-20, bt_chunk_bytes above 0, bt_pacing_ms 0 or more")
