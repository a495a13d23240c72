"""French and Portuguese for receipt series (issue 14, core/series.py) in the Sync screen, merged
into catalogue.FR_PT. Same keys as there: the English source, or "Context|source"."""
from __future__ import annotations

SERIES_FR_PT: dict[str, tuple[str, str]] = {
    "Receipt series registered": ("Série de reçus enregistrée", "Série de recibos registada"),
}
