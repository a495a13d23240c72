"""The device secret: 32 random bytes mixed into every agent's key-encryption key.

Kept in the operating system's keystore through `keyring` (Windows Credential Manager / DPAPI,
the Secret Service on Linux desktops, the macOS Keychain) when a real one is there: then a copy
of the database and its `.keys` file taken to another computer cannot even be guessed at.
Where there is none (a bare Linux tablet with no Secret Service, a headless server), the secret
is kept in the envelope itself, which the envelope records as `"store": "envelope"`: it then
protects nothing beyond the PIN, and docs/security/keys.md says so."""
from __future__ import annotations

import base64
import os

SERVICE = "quittance-device-secret"


def _keyring():  # noqa: ANN202 - keyring is imported late: a missing module is a missing keystore
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            return None
    except Exception:  # noqa: BLE001 - a keystore that fails to load is no keystore
        return None
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:
        return None
    return keyring


def keystore_available() -> bool:
    return _keyring() is not None


def store_new(name: str) -> tuple[bytes, dict[str, str]]:
    """A new secret, put in the keystore when there is one; returns it and what the envelope
    records of where it lives (the secret itself only when there is no keystore)."""
    secret = os.urandom(32)
    keyring = _keyring()
    if keyring is not None:
        try:
            keyring.set_password(SERVICE, name, base64.b64encode(secret).decode("ascii"))
            if fetch_from_keystore(name) == secret:
                return secret, {"store": "keyring"}
        except Exception:  # noqa: BLE001 - a locked or refusing keystore: the honest fallback below
            pass
    return secret, {"store": "envelope", "value": base64.b64encode(secret).decode("ascii")}


def fetch_from_keystore(name: str) -> bytes | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        text = keyring.get_password(SERVICE, name)
        secret = base64.b64decode(text.encode("ascii"), validate=True) if text else None
    except Exception:  # noqa: BLE001 - unreadable is missing: only a recovery opens the device then
        return None
    return secret if secret and len(secret) == 32 else None


def load(name: str, where: object) -> bytes | None:
    """The secret the envelope's `secret` entry points at, or None when it is gone."""
    if not isinstance(where, dict):
        return None
    if where.get("store") == "keyring":
        return fetch_from_keystore(name)
    if where.get("store") == "envelope":
        try:
            secret = base64.b64decode(str(where.get("value", "")).encode("ascii"), validate=True)
        except ValueError:
            return None
        return secret if len(secret) == 32 else None
    return None


def forget(name: str) -> None:
    """Drop an old secret from the keystore (a recovery made a new one)."""
    keyring = _keyring()
    if keyring is None:
        return
    try:
        keyring.delete_password(SERVICE, name)
    except Exception:  # noqa: BLE001 - already gone
        pass
