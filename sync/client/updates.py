"""App updates on the device (issue 13, Updates; sync/PROTOCOL.md, "Updates").

At each sync, after the pull, the client asks the server for the current release of its
platform. A release newer than the running app is checked before anything is downloaded (the
manifest must carry the signature of the server key this device trusts), then downloaded in the
sync's own background thread into `updates/<file>.part` beside the database. A download the
network cuts keeps its part and the next sync asks only for the rest (`Range: bytes=N-`). The
whole file is then checked against the signed size and SHA-256: a file that does not match is
deleted and refused, never staged. A checked file is renamed to its final name and
`updates/staged.json` (the signed manifest) written last: the app offers to install only what
that file names, and checks it all again before it hands it to the installer
(sync/client/update_install.py)."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import httpx

from core.errors import QuittanceError
from core import version as core_version
from core.filehash import file_sha256
from sync.client.http import ServerError, SyncClient, Unreachable
from sync.releases import MANIFEST_FIELDS, PLATFORMS, is_newer, parse_version, signature_valid

FOLDER = "updates"  # beside the device database
KEEP_FREE = 200 * 1024 * 1024  # an update never takes the space the ledger needs to keep recording
STAGED = "staged.json"
Progress = Callable[[str, int, Any], None]  # the sync's progress: ("update", bytes so far, bytes in all)


def running_version() -> str:
    """The version of the app running now (the installed package's), "0.0.0" if unknown."""
    return core_version.app_version(unknown="0.0.0")


def this_platform() -> str:
    return "windows-exe" if sys.platform == "win32" else "linux-deb"


def updates_folder(db_path: str | Path) -> Path:
    return Path(db_path).resolve().parent / FOLDER


@dataclass(frozen=True)
class StagedUpdate:
    """A downloaded, checked installer waiting to be installed."""
    release: dict[str, Any]  # the signed manifest as the server gave it (with id, signature, signed_by)
    file: Path

    @property
    def version(self) -> str:
        return str(self.release["version"])


def current_release(client: SyncClient, platform: str) -> dict[str, Any] | None:
    """The server's current release for `platform`, or None (none published, or an older server)."""
    try:
        answer = client.call("GET", "/release", params={"platform": platform})
    except ServerError as error:
        if error.status == 404:  # a server from before updates
            return None
        raise
    release = answer.get("release")
    return release if isinstance(release, dict) else None


def check_manifest(release: dict[str, Any], trusted_key: str, platform: str) -> None:
    """QuittanceError("update_refused_…") unless the manifest is whole, for this platform, and
    signed by the key this device trusts."""
    version = str(release.get("version", "?"))
    try:
        well_formed = (all(name in release for name in MANIFEST_FIELDS) and parse_version(release["version"])
                       and release["platform"] in PLATFORMS and type(release["size"]) is int and release["size"] > 0
                       and isinstance(release["sha256"], str) and len(release["sha256"]) == 64
                       and isinstance(release.get("id"), str))
    except (TypeError, KeyError):
        well_formed = False
    if not well_formed:
        raise QuittanceError("update_refused_manifest", version=version)
    if release["platform"] != platform:
        raise QuittanceError("update_refused_platform", version=version)
    if not signature_valid(trusted_key, release):
        raise QuittanceError("update_refused_signature", version=version)


def _file_name(release: dict[str, Any]) -> str:
    name = Path(str(release["file_name"])).name  # a name, never a path the server could aim elsewhere
    return name if name and not name.startswith(".") else f"quittance-{release['version']}"


def download(client: SyncClient, release: dict[str, Any], folder: Path, progress: Progress | None = None) -> Path:
    """Download the release's file into `folder`, resuming a part left by an earlier sync; the
    final name is given only to a file of the signed size and SHA-256 (else it is deleted and
    QuittanceError("update_refused_file") raised). Network failures leave the part for next time."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / _file_name(release)
    partial = target.with_name(target.name + ".part")
    size, expected = int(release["size"]), str(release["sha256"]).lower()
    have = partial.stat().st_size if partial.is_file() else 0
    if have > size:
        partial.unlink()
        have = 0
    if have < size:
        ranged = {"Range": f"bytes={have}-"} if have else None
        try:
            response = client._send("GET", f"/releases/{release['id']}", auth=True, json=None, params=None,
                                    stream=True, extra_headers=ranged)
        except ServerError as error:
            if error.status == 416:  # the part does not fit the server's file: start again next time
                partial.unlink(missing_ok=True)
            raise
        try:
            if have and response.status_code != 206:
                have = 0  # the server sent the whole file again: start over
            with partial.open("r+b" if have else "wb") as handle:
                handle.seek(have)
                handle.truncate()
                for chunk in response.iter_bytes():
                    handle.write(chunk)
                    have += len(chunk)
                    if have > size:
                        break
                    if progress is not None:
                        progress("update", have, size)
                handle.flush()
                os.fsync(handle.fileno())
        finally:
            response.close()
    if have != size or file_sha256(partial) != expected:
        partial.unlink(missing_ok=True)
        raise QuittanceError("update_refused_file", version=str(release["version"]))
    os.replace(partial, target)
    return target


def stage(folder: Path, release: dict[str, Any], file: Path) -> StagedUpdate:
    """Record the checked file as the update waiting; other files of earlier updates go."""
    record = folder / STAGED
    temporary = record.with_name(record.name + ".tmp")
    temporary.write_text(json.dumps({"release": release, "file": file.name}, sort_keys=True), encoding="utf-8")
    os.replace(temporary, record)
    for other in folder.iterdir():
        if other not in (record, file) and other.is_file():
            other.unlink(missing_ok=True)
    return StagedUpdate(release, file)


def read_staged(folder: Path) -> StagedUpdate | None:
    """The update waiting, if its record and a file of the recorded size are there (cheap: the
    hash and signature are checked again at install time)."""
    try:
        record = json.loads((folder / STAGED).read_text(encoding="utf-8"))
        release, file = record["release"], folder / Path(record["file"]).name
        if file.is_file() and file.stat().st_size == int(release["size"]):
            return StagedUpdate(release, file)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def waiting(folder: Path, running: str | None = None) -> StagedUpdate | None:
    """The update still to install: the staged one if it is newer than the app running now. One
    the app already runs (the first start after installing it) is cleared away here."""
    staged = read_staged(folder)
    if staged is not None and not is_newer(staged.version, running or running_version()):
        discard(folder)
        return None
    return staged


def discard(folder: Path) -> None:
    """Forget every staged or partly downloaded update (the app was updated, or a file refused)."""
    if folder.is_dir():
        for entry in folder.iterdir():
            if entry.is_file():
                entry.unlink(missing_ok=True)


def verify_staged(staged: StagedUpdate, trusted_key: str, platform: str) -> None:
    """Everything again, just before installing: the signature, the size and the SHA-256. A file
    that no longer matches is deleted with its record and refused."""
    try:
        check_manifest(staged.release, trusted_key, platform)
        digest, size = hashlib.sha256(), 0
        with staged.file.open("rb") as handle:
            while chunk := handle.read(1024 * 1024):
                digest.update(chunk)
                size += len(chunk)
        if size != staged.release["size"] or digest.hexdigest() != staged.release["sha256"]:
            raise QuittanceError("update_refused_file", version=staged.version)
    except (QuittanceError, OSError):
        discard(staged.file.parent)
        raise


def check_space(folder: Path, release: dict[str, Any], db_path: str | Path, keep_free: int = KEEP_FREE) -> None:
    """QuittanceError("update_no_space") when the download would leave less free space than
    `keep_free` or the database's own size, whichever is more: a full disk stops payments."""
    part = folder / (_file_name(release) + ".part")
    still = int(release["size"]) - (part.stat().st_size if part.is_file() else 0)
    reserve = max(keep_free, Path(db_path).stat().st_size)
    if shutil.disk_usage(folder).free - still < reserve:
        raise QuittanceError("update_no_space", version=str(release["version"]),
                             megabytes=max(1, round(int(release["size"]) / 1_000_000)))


def at_sync(db_path: str | Path, client: SyncClient, trusted_key: str, progress: Progress | None = None, *,
            running: str | None = None, platform: str | None = None, keep_free: int = KEEP_FREE) -> dict[str, Any]:
    """The update step of a sync. Never fails the sync: returns what happened, as
    {"state": "none" | "staged" | "refused" | "interrupted", "version", "code"?}."""
    running, platform = running or running_version(), platform or this_platform()
    folder = updates_folder(db_path)
    try:
        release = current_release(client, platform)
        if release is None or not is_newer(str(release.get("version", "")), running):
            staged = read_staged(folder)
            if staged is not None and not is_newer(staged.version, running):
                discard(folder)  # installed: the app runs that version (or a later one) now
            return {"state": "none", "version": None}
        check_manifest(release, trusted_key, platform)
        staged = read_staged(folder)
        if staged is not None and staged.release.get("sha256") == release["sha256"]:
            return {"state": "staged", "version": staged.version}
        folder.mkdir(parents=True, exist_ok=True)
        check_space(folder, release, db_path, keep_free)
        file = download(client, release, folder, progress)
        return {"state": "staged", "version": stage(folder, release, file).version}
    except QuittanceError as error:
        return {"state": "refused", "version": error.params.get("version"), "code": error.code}
    except (Unreachable, ServerError, httpx.TransportError, OSError) as error:
        return {"state": "interrupted", "version": None, "code": "update_interrupted", "reason": str(error)[:200]}
