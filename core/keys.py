"""The device's Ed25519 key pair (invariant 6).

The private key is stored once, in the settings; the public key is always derived from it, so
the two can never disagree. Loaded key objects are cached: signing every event must stay cheap."""
from __future__ import annotations

from functools import lru_cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat


def generate_keypair() -> tuple[str, str]:
    """(private key hex, public key hex), raw 32-byte encodings."""
    private = Ed25519PrivateKey.generate()
    private_hex = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()
    return private_hex, public_key_of(private_hex)


@lru_cache(maxsize=8)
def _private(private_key_hex: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(private_key_hex))


@lru_cache(maxsize=8)
def _public(public_key_hex: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))


@lru_cache(maxsize=8)
def public_key_of(private_key_hex: str) -> str:
    """The raw 32-byte public key, hex, derived from the private key."""
    return _private(private_key_hex).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def sign(private_key_hex: str, message: bytes) -> bytes:
    return _private(private_key_hex).sign(message)


def verify_signature(public_key_hex: str, message: bytes, signature: bytes) -> bool:
    try:
        _public(public_key_hex).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def sign_event_hash(private_key_hex: str, event_hash: str) -> str:
    """The event signature format: Ed25519 over the ASCII bytes of the 64 lowercase hex
    characters of the event's hash; the 64-byte signature as 128 lowercase hex characters."""
    return sign(private_key_hex, event_hash.encode("ascii")).hex()


def event_signature_valid(public_key_hex: str, event_hash: str, signature_hex: str | None) -> bool:
    try:
        signature = bytes.fromhex(signature_hex or "")
    except ValueError:
        return False
    return verify_signature(public_key_hex, event_hash.encode("ascii"), signature)
