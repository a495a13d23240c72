"""C2SP tlog-checkpoint inside a C2SP signed note, Ed25519 (c2sp.org/signed-note, /tlog-checkpoint).

A checkpoint's body is "origin\\nsize\\nbase64(root)\\n" (extension lines may follow). The note
is the body, an empty line, then one line per signature: "— name base64(key hash ‖ signature)".
The key hash is the first 4 bytes of SHA-256(name ‖ "\\n" ‖ 0x01 ‖ public key), and a verifier
key is written "name+hash(8 hex)+base64(0x01 ‖ public key)", as golang.org/x/mod/sumdb/note does,
so any Go-ecosystem witness or verifier reads what this module writes.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

ALG_ED25519 = 1
DASH = "\u2014"


class NoteError(ValueError):
    """A malformed note or checkpoint, an unknown key, or a signature that does not verify."""


@dataclass(frozen=True)
class Verifier:
    name: str
    key_hash: int
    public_key: bytes  # raw 32 bytes

    @property
    def vkey(self) -> str:
        encoded = base64.b64encode(bytes([ALG_ED25519]) + self.public_key).decode()
        return f"{self.name}+{self.key_hash:08x}+{encoded}"


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes
    extensions: tuple[str, ...] = ()

    def body(self) -> str:
        root = base64.b64encode(self.root).decode()
        return "".join(line + "\n" for line in (self.origin, str(self.size), root, *self.extensions))


def _valid_name(name: str) -> bool:
    return bool(name) and "+" not in name and not any(ch.isspace() for ch in name)


def key_hash(name: str, public_key: bytes) -> int:
    digest = hashlib.sha256(name.encode() + b"\n" + bytes([ALG_ED25519]) + public_key).digest()
    return int.from_bytes(digest[:4], "big")


def verifier_for(name: str, public_key: bytes) -> Verifier:
    if not _valid_name(name):
        raise NoteError(f"invalid key name {name!r}")
    if len(public_key) != 32:
        raise NoteError("an Ed25519 public key is 32 bytes")
    return Verifier(name, key_hash(name, public_key), public_key)


def parse_vkey(vkey: str) -> Verifier:
    """Read "name+hash+base64(0x01 ‖ key)"; the hash must match the name and key."""
    parts = vkey.strip().split("+", 2)
    if len(parts) != 3 or len(parts[1]) != 8:
        raise NoteError("a verifier key reads name+hash+key")
    name, hash_hex, encoded = parts
    try:
        claimed = int(hash_hex, 16)
        raw = base64.b64decode(encoded, validate=True)
    except (ValueError, binascii.Error):
        raise NoteError("the verifier key's hash or key is not well encoded") from None
    if len(raw) != 33 or raw[0] != ALG_ED25519:
        raise NoteError("the verifier key is not an Ed25519 key")
    verifier = verifier_for(name, raw[1:])
    if verifier.key_hash != claimed:
        raise NoteError("the verifier key's hash does not match its name and key")
    return verifier


def signer_from_skey(skey: str) -> tuple[str, bytes]:
    """Read Go's "PRIVATE+KEY+name+hash+base64(0x01 ‖ seed)"; (name, 32-byte seed)."""
    parts = skey.strip().split("+", 4)
    if len(parts) != 5 or parts[:2] != ["PRIVATE", "KEY"]:
        raise NoteError("a signer key reads PRIVATE+KEY+name+hash+key")
    raw = base64.b64decode(parts[4])
    if len(raw) != 33 or raw[0] != ALG_ED25519:
        raise NoteError("the signer key is not an Ed25519 key")
    seed = raw[1:]
    if key_hash(parts[2], public_of(seed)) != int(parts[3], 16):
        raise NoteError("the signer key's hash does not match its name and key")
    return parts[2], seed


def public_of(seed: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def sign_note(text: str, name: str, seed: bytes) -> str:
    """The signed note: text (ending in a newline), an empty line, and this key's signature line."""
    if not text.endswith("\n") or "\n\n" in text or text.startswith("\n"):
        raise NoteError("a note's text is non-empty lines, each ending in a newline")
    verifier = verifier_for(name, public_of(seed))
    signature = Ed25519PrivateKey.from_private_bytes(seed).sign(text.encode())
    blob = base64.b64encode(verifier.key_hash.to_bytes(4, "big") + signature).decode()
    return f"{text}\n{DASH} {name} {blob}\n"


def open_note(note: str, verifiers: list[Verifier]) -> str:
    """The note's text if at least one signature is by a known key and verifies; otherwise NoteError.
    Signatures by unknown keys are skipped (a witness may cosign); a bad one by a known key is fatal."""
    text, sep, sigs = note.rpartition("\n\n")
    if not sep or not sigs.endswith("\n"):
        raise NoteError("the note has no signature block")
    text += "\n"
    known = {(v.name, v.key_hash): v for v in verifiers}
    verified = False
    for line in sigs[:-1].split("\n"):
        prefix, _, rest = line.partition(" ")
        name, _, blob = rest.partition(" ")
        if prefix != DASH or not _valid_name(name) or not blob:
            raise NoteError("a signature line is malformed")
        try:
            raw = base64.b64decode(blob, validate=True)
        except binascii.Error:
            raise NoteError("a signature is not base64") from None
        if len(raw) < 5:
            raise NoteError("a signature is too short")
        verifier = known.get((name, int.from_bytes(raw[:4], "big")))
        if verifier is None:
            continue
        try:
            Ed25519PublicKey.from_public_bytes(verifier.public_key).verify(raw[4:], text.encode())
        except InvalidSignature:
            raise NoteError(f"the signature by {name} does not verify: the note was altered") from None
        verified = True
    if not verified:
        raise NoteError("no signature by a known key")
    return text


def parse_checkpoint(text: str) -> Checkpoint:
    lines = text.split("\n")
    if len(lines) < 4 or lines[-1] != "":
        raise NoteError("a checkpoint is origin, size and root hash, one per line")
    origin, size_text, root_text, *extensions = lines[:-1]
    if not origin or not size_text.isdigit() or (size_text != "0" and size_text.startswith("0")):
        raise NoteError("the checkpoint's origin or size is malformed")
    try:
        root = base64.b64decode(root_text, validate=True)
    except binascii.Error:
        raise NoteError("the checkpoint's root hash is not base64") from None
    if len(root) != 32:
        raise NoteError("the checkpoint's root hash is not 32 bytes")
    return Checkpoint(origin, int(size_text), root, tuple(extensions))


def make_checkpoint(checkpoint: Checkpoint, name: str, seed: bytes) -> str:
    return sign_note(checkpoint.body(), name, seed)


def open_checkpoint(note: str, verifier: Verifier, origin: str | None = None) -> Checkpoint:
    """Verify a signed checkpoint against the log's key and read it."""
    checkpoint = parse_checkpoint(open_note(note, [verifier]))
    if origin is not None and checkpoint.origin != origin:
        raise NoteError(f"the checkpoint is for the log {checkpoint.origin!r}, not {origin!r}")
    return checkpoint
