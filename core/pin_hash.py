"""PINs and passwords as scrypt hashes (`scrypt$n$r$p$salt$digest`), never stored in clear.

The device keeps agents' PINs this way, and the server writes the same format (an agent's PIN set
on the server is checked on the device) and uses it for supervisors' passwords. Stdlib only, so the
server can import it without the device's store."""
from __future__ import annotations

import hashlib
import hmac
import os

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    # A hash edited outside Quittance is a wrong PIN, never a traceback, nor a PIN check asked to
    # spend gigabytes: only the parameters Quittance writes, or cheaper ones, are computed.
    try:
        cost = tuple(map(int, (n, r, p)))
        salt = bytes.fromhex(salt_hex)
        if not (cost[0] <= _SCRYPT["n"] and cost[1] <= _SCRYPT["r"] and cost[2] <= _SCRYPT["p"]):
            return False
        digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, dklen=32, n=cost[0], r=cost[1], p=cost[2])
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)
