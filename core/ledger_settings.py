"""The Ledger's settings: the municipality's (its logo too) and the device's own, each change
journaled in its own transaction (core/ledger_journal.py) so a supervisor sees who changed what."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core import config
from core import logo as municipal_logo
from core.changes import Changes
from core.config import Municipality
from core.errors import QuittanceError

if TYPE_CHECKING:
    from core.store import Store

# Settings the app keeps for itself, not ones a person changed: never journaled.
UNJOURNALED_SETTINGS = frozenset({"login.failures"})


class SettingsLedger:
    store: "Store"

    def update_municipality(self, **changes: Any) -> Municipality:
        with self._write() as conn:
            current = config.load_municipality(conn)
            if current is None:
                raise QuittanceError("not_initialised")
            updated = Municipality(**{**current.__dict__, **changes})
            config.save_municipality(conn, updated)
            changed = sorted(k for k, v in changes.items() if getattr(current, k, None) != v)
            if changed:
                self.journal_in(conn, "setting_changed", {"settings": [f"municipality.{k}" for k in changed]})
            if "timezone" in changed:  # the clock the receipts' dates are read in
                self.journal_in(conn, "clock_changed", {"timezone": updated.timezone})
        return self._changed(updated, Changes(municipality=True))

    def set_logo(self, logo: bytes | None) -> None:
        """Replace the municipality's logo with the bytes of a PNG or JPEG file, or remove it (None)."""
        png = municipal_logo.prepare_logo(logo) if logo is not None else None
        with self._write() as conn:
            if config.load_municipality(conn) is None:
                raise QuittanceError("not_initialised")
            municipal_logo.save_logo(conn, png)
            self.journal_in(conn, "setting_changed", {"settings": ["municipality.logo"]})
        self._changed(None, Changes(municipality=True))

    def logo(self) -> bytes | None:
        """The municipality's logo as a PNG, or None."""
        with self.store.read() as conn:
            return municipal_logo.load_logo(conn)

    def setting(self, key: str, default: Any = None) -> Any:
        return config.load_setting(self.store.conn, key, default)

    def save_setting(self, key: str, value: Any) -> None:
        self.save_settings({key: value})

    def save_settings(self, values: dict[str, Any]) -> None:
        """Several device settings, all or none (the settings screen saves its page this way)."""
        with self._write() as conn:
            changed = sorted(k for k, v in values.items()
                             if k not in UNJOURNALED_SETTINGS and config.load_setting(conn, k) != v)
            for key, value in values.items():
                config.save_setting(conn, key, value)
            if changed:
                self.journal_in(conn, "setting_changed", {"settings": changed})
        self._changed(None, Changes(settings=frozenset(values)))
