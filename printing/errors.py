"""Printing's own refusals and failures, in the user's language.

Their texts are in the gettext catalogue `quittance` (resources/locale), under "printing:<code>"
for refusals and "printing-notice:<code>" for what the command line reports; `PrintError` looks
its code up there first, then in the core's messages, so a caller handles both with
`.message(locale)`."""
from __future__ import annotations

from typing import Any

from core.catalogues import known
from core.errors import QuittanceError, localized
from core.messages import DOMAIN, translate

_REFUSAL = "printing:"
_NOTICE = "printing-notice:"


def notice(code: str, locale: str = "fr", **params: Any) -> str:
    return translate(_NOTICE + code, locale, **params)


class PrintError(QuittanceError):
    """A printing failure or refusal the user can act on. Nothing in the ledger is touched by one,
    but the technical journal notes a receipt's or a Z-report's failed job (printing/service.py)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, **params)

    def message(self, locale: str = "fr") -> str:
        if not known(DOMAIN, _REFUSAL + self.code):
            return super().message(locale)
        return translate(_REFUSAL + self.code, locale, **localized(self.params, locale))
