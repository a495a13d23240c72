"""The Unicode fonts shipped in resources/fonts (DejaVu, redistributable: see its LICENSE file)."""
from __future__ import annotations

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
_FILES = {"sans": "DejaVuSans.ttf", "sans-bold": "DejaVuSans-Bold.ttf",
          "mono": "DejaVuSansMono.ttf", "mono-bold": "DejaVuSansMono-Bold.ttf"}


def font_path(kind: str) -> Path:
    return FONT_DIR / _FILES[kind]
