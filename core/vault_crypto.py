"""The key envelope's cryptography: how the data key is wrapped, and nothing else.

- An agent's wrap: KEK = HKDF-SHA256(scrypt(PIN, salt) ‖ device secret), then AES-256-GCM. scrypt
  makes each guess cost memory and time; the device secret (in the operating system's keystore
  where one exists) means a copied envelope alone cannot even be guessed at.
- The open wrap (the demo, a device with no PIN yet): KEK = HKDF(device secret) alone.
- The recovery wrap: an ephemeral X25519 key agreed with the municipality's public key, HKDF, then
  AES-256-GCM; only the holder of the municipality's private key can open it (sync/PROTOCOL.md has
  a fixed test vector).
Every wrap binds what it is for (agent id, envelope id) as associated data, so a wrap copied onto
another agent or another device does not open."""
from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

# OWASP's scrypt setting: 128 MiB and about a third of a second per try on a laptop, so an offline
# guesser pays that per PIN too. Stored per wrap: a later, costlier setting keeps old wraps readable.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
# The test suite makes hundreds of devices, each wrapping two PINs: it sets a cheaper n here. Only a
# power of two from 2**10 to SCRYPT_N is taken (never costlier than production, never trivial);
# anything else, or nothing, is the production setting. Each wrap records its n, so a wrap made
# with either opens under the other.
SCRYPT_N_VARIABLE = "QUITTANCE_WRAP_SCRYPT_N"
_MIN_SETTABLE_N = 2**10
_MAX_N = 2**20  # an edited envelope must not make a PIN check ask for gigabytes
KEY_BYTES = 32
RECOVERY_INFO = b"quittance recovery wrap v1"


class WrapRefused(Exception):
    """The wrap did not open: a wrong PIN, a wrong key, or an edited wrap (indistinguishable)."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def hkdf(material: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(material)


def _seal(kek: bytes, key: bytes, aad: bytes) -> dict[str, str]:
    nonce = os.urandom(12)
    return {"nonce": b64(nonce), "data": b64(AESGCM(kek).encrypt(nonce, key, aad))}


def _open(kek: bytes, wrap: dict, aad: bytes) -> bytes:
    try:
        key = AESGCM(kek).decrypt(unb64(wrap["nonce"]), unb64(wrap["data"]), aad)
    except (InvalidTag, KeyError, TypeError, ValueError):
        raise WrapRefused() from None
    if len(key) != KEY_BYTES:
        raise WrapRefused()
    return key


# -- an agent's wrap -------------------------------------------------------------------------
def _pin_kek(pin: str, secret: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    if not (2 <= n <= _MAX_N and 1 <= r <= 16 and 1 <= p <= 4):
        raise WrapRefused()
    stretched = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES,
                               maxmem=256 * n * r + 2**24)
    return hkdf(stretched + secret, b"quittance agent wrap v1", salt)


def wrap_scrypt_n() -> int:
    """The scrypt n for a new PIN wrap: SCRYPT_N unless QUITTANCE_WRAP_SCRYPT_N names an accepted one."""
    text = os.environ.get(SCRYPT_N_VARIABLE, "").strip()
    try:
        n = int(text)
    except ValueError:
        return SCRYPT_N
    if _MIN_SETTABLE_N <= n <= SCRYPT_N and n & (n - 1) == 0:
        return n
    return SCRYPT_N


def wrap_for_pin(key: bytes, pin: str, secret: bytes, aad: bytes) -> dict[str, object]:
    salt = os.urandom(16)
    n = wrap_scrypt_n()
    kek = _pin_kek(pin, secret, salt, n, SCRYPT_R, SCRYPT_P)
    return {"kdf": "scrypt", "n": n, "r": SCRYPT_R, "p": SCRYPT_P, "salt": b64(salt),
            **_seal(kek, key, aad)}


def unwrap_with_pin(wrap: dict, pin: str, secret: bytes, aad: bytes) -> bytes:
    try:
        salt, n, r, p = unb64(wrap["salt"]), int(wrap["n"]), int(wrap["r"]), int(wrap["p"])
    except (KeyError, TypeError, ValueError):
        raise WrapRefused() from None
    return _open(_pin_kek(pin, secret, salt, n, r, p), wrap, aad)


# -- the open wrap ---------------------------------------------------------------------------
def wrap_open(key: bytes, secret: bytes, aad: bytes) -> dict[str, str]:
    return _seal(hkdf(secret, b"quittance open wrap v1"), key, aad)


def unwrap_open(wrap: dict, secret: bytes, aad: bytes) -> bytes:
    return _open(hkdf(secret, b"quittance open wrap v1"), wrap, aad)


# -- the recovery wrap -----------------------------------------------------------------------
@dataclass(frozen=True)
class RecoveryWrap:
    public_key: bytes  # the municipality's X25519 public key (32 bytes)
    ephemeral: bytes
    nonce: bytes
    data: bytes


def _recovery_kek(shared: bytes, ephemeral: bytes, public_key: bytes) -> bytes:
    return hkdf(shared, RECOVERY_INFO, salt=ephemeral + public_key)


def wrap_for_recovery(key: bytes, public_key: bytes, *, ephemeral: X25519PrivateKey | None = None,
                      nonce: bytes | None = None) -> RecoveryWrap:
    """`ephemeral` and `nonce` are given only by the test vector; otherwise fresh each time."""
    ephemeral = ephemeral or X25519PrivateKey.generate()
    nonce = nonce or os.urandom(12)
    eph_public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    kek = _recovery_kek(shared, eph_public, public_key)
    return RecoveryWrap(public_key, eph_public, nonce, AESGCM(kek).encrypt(nonce, key, RECOVERY_INFO))


def unwrap_recovery(wrap: RecoveryWrap, private_key: X25519PrivateKey) -> bytes:
    mine = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    if mine != wrap.public_key:
        raise WrapRefused()
    try:
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(wrap.ephemeral))
        kek = _recovery_kek(shared, wrap.ephemeral, wrap.public_key)
        key = AESGCM(kek).decrypt(wrap.nonce, wrap.data, RECOVERY_INFO)
    except (InvalidTag, ValueError):
        raise WrapRefused() from None
    if len(key) != KEY_BYTES:
        raise WrapRefused()
    return key


def recovery_to_json(wrap: RecoveryWrap) -> dict[str, str]:
    return {"public_key": b64(wrap.public_key), "ephemeral": b64(wrap.ephemeral), "nonce": b64(wrap.nonce),
            "data": b64(wrap.data)}


def recovery_from_json(data: dict) -> RecoveryWrap:
    try:
        return RecoveryWrap(unb64(data["public_key"]), unb64(data["ephemeral"]), unb64(data["nonce"]),
                            unb64(data["data"]))
    except (KeyError, TypeError, ValueError):
        raise WrapRefused() from None


# -- the municipality's recovery key pair ----------------------------------------------------
def new_recovery_key(passphrase: str) -> tuple[bytes, str]:
    """(private key PEM, encrypted with the passphrase; public key as base64 of its 32 bytes)."""
    private = X25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    return pem, public_key_text(private)


def public_key_text(private: X25519PrivateKey) -> str:
    return b64(private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def parse_public_key(text: object) -> bytes:
    """The 32 bytes of a base64 X25519 public key; ValueError otherwise."""
    raw = unb64(text)
    if len(raw) != 32:
        raise ValueError("an X25519 public key is 32 bytes")
    X25519PublicKey.from_public_bytes(raw)
    return raw


def load_recovery_key(pem: bytes, passphrase: str) -> X25519PrivateKey:
    """The private key from its PEM file; WrapRefused for a wrong passphrase or another kind of file."""
    try:
        private = serialization.load_pem_private_key(pem, password=passphrase.encode("utf-8") or None)
    except (ValueError, TypeError):
        raise WrapRefused() from None
    if not isinstance(private, X25519PrivateKey):
        raise WrapRefused()
    return private
