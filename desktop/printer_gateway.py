"""The one place the app talks to `printing/`, so that a change in its API touches one file.

Every method here may block (rendering, Bluetooth writes): call them through the task runner."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.errors import QuittanceError
from core.service import Ledger

DEFAULT_PROFILE = "generic-58"


@dataclass(frozen=True)
class PrintOutcome:
    ok: bool
    copy: int | None = None  # 1 = original, above 1 = DUPLICATA
    message: str = ""  # why it failed, in the agent's language


class PrinterGateway:
    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger

    def printer(self) -> tuple[str, str]:
        conf: dict[str, Any] = self.ledger.setting("printer", {}) or {}
        return conf.get("uri", ""), conf.get("profile", DEFAULT_PROFILE)

    def profiles(self) -> list[str]:
        return [DEFAULT_PROFILE, "generic-80"]

    def receipt_png(self, receipt_no: str, duplicate: bool = False) -> bytes:
        raise QuittanceError("printing_unavailable")

    def print_receipt(self, receipt_no: str, lang: str) -> PrintOutcome:
        return PrintOutcome(False, None, "printing is not available yet")

    def print_z_report(self, session_id: str, lang: str) -> PrintOutcome:
        return PrintOutcome(False, None, "printing is not available yet")

    def print_test_page(self, uri: str, profile: str, lang: str) -> PrintOutcome:
        return PrintOutcome(False, None, "printing is not available yet")
