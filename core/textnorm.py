"""Text folding for comparisons: case- and accent-insensitive."""
from __future__ import annotations

import unicodedata


def fold(text: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
