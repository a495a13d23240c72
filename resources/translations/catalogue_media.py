"""French and Portuguese for census photos in the Sync screens, merged into catalogue.FR_PT.
Same keys as there: the English source, or "Context|source"."""
from __future__ import annotations

MEDIA_FR_PT: dict[str, tuple[str, str]] = {
    "Census form": ("Formulaire de recensement", "Formulário de recenseamento"),
    "Form imported": ("Formulaire importé", "Formulário importado"),
}
