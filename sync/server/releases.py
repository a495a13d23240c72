"""App releases the server offers to devices (issue 13, Updates).

`release add` checks the installer file is what its platform installs (a Debian package, a
Windows program), copies it into the data directory under its SHA-256 (as basemaps are kept,
sync/server/basemaps.py), and signs its manifest (sync/releases.py) with the server's key, the
key devices received at enrollment. The signature is made here, once, by whoever holds the key
file: someone who can only write to the database cannot make devices accept another file.

The current release of a platform is its highest version. After a key rotation the stored
signature is by a retired key that devices no longer trust, so `current` signs the same manifest
again with the key in use (the manifest, hence the file's hash, is unchanged)."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from core.filehash import file_sha256
from core.ids import new_id
from sync.releases import PLATFORMS, SUFFIX, manifest_text, parse_version, signature_valid
from sync.server.common import now_iso
from sync.server.reference import AdminError
from sync.server.schema import releases, server_keys
from sync.server.serverkey import public_key, sign_text

FOLDER = "releases"  # under the server's data directory
_MAGIC = {"linux-deb": (b"!<arch>\ndebian-binary", "a Debian package (.deb)"),
          "windows-exe": (b"MZ", "a Windows program (.exe)")}
MAX_NOTES = 2_000


def check_file(path: Path, platform: str) -> None:
    """AdminError unless `path` is an installer of `platform` (read from its first bytes)."""
    if platform not in PLATFORMS:
        raise AdminError(f"platform {platform!r} is not one of {', '.join(PLATFORMS)}")
    if not path.is_file():
        raise AdminError(f"{path}: no such file")
    magic, what = _MAGIC[platform]
    with path.open("rb") as handle:
        if handle.read(len(magic)) != magic:
            raise AdminError(f"{path.name} is not {what}: devices of platform {platform} could not install it")


def add(conn: Connection, source: Path, data_dir: Path, private_key: str, *, version: str, platform: str,
        notes: str = "") -> dict[str, Any]:
    """Check, keep and sign a release. The same version of a platform is published once: the
    same file again changes nothing, another file under that version is refused."""
    if parse_version(version) is None:
        raise AdminError(f"version {version!r} is not X.Y.Z (three whole numbers, such as 1.4.0)")
    check_file(source, platform)
    if len(notes) > MAX_NOTES:
        raise AdminError(f"the notes are {len(notes)} characters long; at most {MAX_NOTES}")
    digest = file_sha256(source)
    known = conn.execute(select(releases).where(releases.c.platform == platform,
                                                releases.c.version == version)).mappings().first()
    if known is not None:
        if known["sha256"] != digest:
            raise AdminError(f"version {version} of {platform} is published already with another file; "
                             f"publish a new version number")
        return {**public(dict(known)), "added": False}
    relative = f"{FOLDER}/{digest}{SUFFIX[platform]}"
    target = data_dir / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    shutil.copyfile(source, partial)
    partial.replace(target)  # atomic: a download never sees half a file under the final name
    row = {"id": new_id(), "version": version, "platform": platform,
           "file_name": f"quittance-{version}{SUFFIX[platform]}", "size": target.stat().st_size,
           "sha256": digest, "path": relative, "notes": notes, "published_at": now_iso()}
    row["signature"] = sign_text(private_key, manifest_text(row))
    row["signed_by"] = public_key(private_key)
    conn.execute(releases.insert().values(**row))
    return {**public(row), "added": True}


def public(row: dict[str, Any]) -> dict[str, Any]:
    """What devices and the CLI see of a release (never the server's path)."""
    return {key: row[key] for key in ("id", "version", "platform", "file_name", "size", "sha256", "notes",
                                      "published_at", "signature", "signed_by")}


def _ordered(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(rows, key=lambda r: (r["platform"], parse_version(r["version"]) or (0, 0, 0)))


def list_releases(conn: Connection) -> list[dict[str, Any]]:
    return [public(dict(r)) for r in _ordered([dict(r) for r in conn.execute(select(releases)).mappings()])]


def current(conn: Connection, platform: str, private_key: str) -> dict[str, Any] | None:
    """The highest version published for `platform`, signed by the key in use; None if none."""
    rows = [dict(r) for r in conn.execute(select(releases).where(releases.c.platform == platform)).mappings()]
    if not rows:
        return None
    latest = public(_ordered(rows)[-1])
    key = public_key(private_key)
    if latest["signed_by"] != key:  # signed before a key rotation: the key devices trust now vouches for it
        known = conn.execute(select(server_keys.c.public_key).where(
            server_keys.c.public_key == latest["signed_by"])).first()
        if known is None or not signature_valid(latest["signed_by"], latest):
            return None  # not what one of this server's keys signed: offered to no device
        latest = {**latest, "signature": sign_text(private_key, manifest_text(latest)), "signed_by": key}
    return latest


def find(conn: Connection, release_id: str, data_dir: Path) -> tuple[dict[str, Any], Path] | None:
    """A release and its file, or None when the server has no such release (or lost its file)."""
    row = conn.execute(select(releases).where(releases.c.id == release_id)).mappings().first()
    if row is None:
        return None
    path = data_dir / row["path"]
    return (public(dict(row)), path) if path.is_file() else None
