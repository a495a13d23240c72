"""Errors the user can act on, with their message in the user's language."""
from __future__ import annotations

from typing import Any

from core.messages import translate


def localized(params: dict[str, Any], locale: str) -> dict[str, Any]:
    """Parameters as the message's reader writes them: an amount (core.money.Money) is formatted
    in the language the message is shown in, so an English screen never shows '15 000,50'."""
    return {key: value.localized(locale) if hasattr(value, "localized") else value
            for key, value in params.items()}


class QuittanceError(Exception):
    """A refusal the user caused and can fix. `code` picks the message; `params` fill it."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, locale: str = "fr") -> str:
        return translate(self.code, locale, **localized(self.params, locale))

    def __str__(self) -> str:
        return self.message("en")


class IntegrityError(QuittanceError):
    """The ledger itself is damaged: an edited, deleted or reordered record."""


class StorageFault(QuittanceError):
    """The device's storage failed under the ledger (disk full, read-only, damaged, locked, missing,
    or an older copy of the file): nothing already recorded is lost, the write was not done, and
    the agent must fix the storage before recording more. The command line exits 3 on it."""
