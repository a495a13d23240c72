"""The open-data page's words, from the `opendata` gettext domain
(resources/locale/<lang>/LC_MESSAGES/opendata.po). The language is chosen as on the verification
page (sync/server/verify_texts.py): `?lang=`, then Accept-Language, then the municipality's."""
from __future__ import annotations

from datetime import date

from core import catalogues

DOMAIN = "opendata"
_CLDR = {"fr": "fr", "en": "en_GB", "pt": "pt_PT"}  # as on the verification page


def text(code: str, lang: str, **values: object) -> str:
    found = catalogues.lookup(DOMAIN, code, lang)
    if found is None:  # a code missing from every catalogue is a bug; show it rather than fail
        return code
    return found.format(**values) if values else found


def month_name(year: int, month: int, lang: str) -> str:
    """'novembre 2026', 'November 2026', 'novembro de 2026' (CLDR's year-and-month form)."""
    from babel import UnknownLocaleError
    from babel.dates import format_skeleton

    try:
        return format_skeleton("yMMMM", date(year, month, 1), locale=_CLDR.get(lang, lang or "fr"))
    except (UnknownLocaleError, ValueError):  # a language CLDR does not know: French's form
        return format_skeleton("yMMMM", date(year, month, 1), locale="fr")
