"""What the server and the devices agree on about an app release (sync/PROTOCOL.md, "Updates"):
the platforms, how versions compare, and the exact text the server's key signs.

The signed text is the canonical JSON of the manifest (core/canonical.py) with a `kind` that no
other signed statement of the server has, so a signed pull page or key hand-over can never be
passed off as a release. The manifest carries the file's size and SHA-256: a device that checks
the signature, then the size and the hash of what it downloaded, installs only the very file
the administrator published."""
from __future__ import annotations

import re
from typing import Any

from core.canonical import canonical_json
from core.keys import verify_signature

KIND = "quittance.release.v1"
PLATFORMS = ("linux-deb", "windows-exe")
SUFFIX = {"linux-deb": ".deb", "windows-exe": ".exe"}
_VERSION = re.compile(r"^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$")
MANIFEST_FIELDS = ("version", "platform", "file_name", "size", "sha256", "notes", "published_at")


def parse_version(text: str) -> tuple[int, int, int] | None:
    """(major, minor, patch) of "X.Y.Z", or None for anything else ("1.2", "v1.2.3", "1.2.3rc1")."""
    found = _VERSION.match(text.strip()) if isinstance(text, str) else None
    return tuple(int(part) for part in found.groups()) if found else None  # type: ignore[return-value]


def is_newer(offered: str, running: str) -> bool:
    """True when `offered` is a later X.Y.Z than `running` (an unreadable version never is)."""
    new, old = parse_version(offered), parse_version(running.split("+")[0].split(".dev")[0])
    return new is not None and (old is None or new > old)


def manifest_text(release: dict[str, Any]) -> str:
    """The bytes the server's key signs (as UTF-8): the manifest's fields and the kind."""
    return canonical_json({"kind": KIND, **{name: release[name] for name in MANIFEST_FIELDS}})


def signature_valid(public_key: str, release: dict[str, Any]) -> bool:
    """The release's `signature` is the key's over its manifest; False on anything malformed."""
    try:
        signature = bytes.fromhex(str(release.get("signature", "")))
        text = manifest_text(release)
    except (ValueError, KeyError, TypeError):
        return False
    return verify_signature(public_key, text.encode("utf-8"), signature)
