"""The files of a submission's `image` answers: where they live on the device, and what the
`submission.recorded` event says about each (the optional `attachments` field).

The entry screen copies a picture into `media/` beside the device database under a new UUIDv7
name and the answer is that name (desktop/forms/image.py). At submit, each such file is hashed:
the event carries, per image answer, {"question": ref, "name", "sha256", "size", "type"}, so the
server accepts only the very bytes the agent signed for, and an export names them as the answers
do. A file missing or unreadable at submit refuses the submission (`submission_media_missing`),
the draft kept: a photo the agent believes was taken must not silently vanish."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from core.errors import QuittanceError
from core.filehash import file_sha256
from core.forms.answer_tree import leaves
from core.forms.model import Form, strip_positions

FOLDER = "media"  # beside the device database
IMAGE_TYPES = ("image",)
SHA256 = re.compile(r"^[0-9a-f]{64}$")
# What the bytes say first (a renamed file is named by what it is), else the name's suffix.
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"), (b"GIF8", "image/gif"),
          (b"RIFF", "image/webp"))
_SUFFIX = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
           ".webp": "image/webp"}


def media_dir(db_path: str | Path) -> Path:
    """The device's media folder: `media/` beside its database file."""
    return Path(db_path).resolve().parent / FOLDER


def safe_name(name: str) -> bool:
    """An answer names a file inside the media folder, never a path out of it."""
    return bool(name) and name not in (".", "..") and "/" not in name and "\\" not in name and "\x00" not in name


def image_answers(form: Form, answers: Mapping[str, Any] | None) -> Iterator[tuple[str, str]]:
    """(ref, file name) of every image answer given, in form order (repeat positions in the ref)."""
    for question, ref, value in leaves(form, answers):
        if question.type in IMAGE_TYPES and value:
            yield ref, value



def content_type(path: Path) -> str:
    with path.open("rb") as handle:
        head = handle.read(16)
    for magic, kind in _MAGIC:
        if head.startswith(magic) and (kind != "image/webp" or head[8:12] == b"WEBP"):
            return kind
    return _SUFFIX.get(path.suffix.lower(), "application/octet-stream")


def describe(form: Form, answers: Mapping[str, Any], folder: Path) -> list[dict[str, Any]]:
    """The event's `attachments`: one entry per image answer, its file hashed now. Refused with
    `submission_media_missing` (naming the question) when a file is gone or cannot be read."""
    attachments = []
    for ref, name in image_answers(form, answers):
        path = folder / name
        try:
            if not safe_name(name) or not path.is_file():
                raise FileNotFoundError(name)
            entry = {"question": ref, "name": name, "sha256": file_sha256(path), "size": path.stat().st_size,
                     "type": content_type(path)}
        except OSError:
            raise _missing(form, ref, name) from None
        attachments.append(entry)
    return attachments


def _missing(form: Form, ref: str, name: str) -> QuittanceError:
    from core.forms.submissions import InLanguage

    try:
        labels = form.question(ref).labels
    except KeyError:
        labels = {}
    name_of = InLanguage(labels, strip_positions(ref).rsplit("/", 1)[-1])
    return QuittanceError("submission_media_missing", question=name_of,
                          file=name, ref=ref)


def attachments_of(data: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The well-formed `attachments` entries of a submission.recorded event's data ([] for an
    older event without the field)."""
    found = data.get("attachments")
    if not isinstance(found, list):
        return []
    return [a for a in found if isinstance(a, dict) and isinstance(a.get("sha256"), str)
            and SHA256.match(a["sha256"]) and isinstance(a.get("name"), str) and safe_name(a["name"])
            and type(a.get("size")) is int and a["size"] >= 0]


def export_media(conn, event_seqs: Iterable[int], folder: Path,  # noqa: ANN001
                 out_dir: Path) -> tuple[list[Path], list[str]]:
    """Copy the photos of the submissions recorded at `event_seqs` into out_dir/media/, named as
    the answers name them (ODK Central's layout); (files written, names missing on this device).
    A photo gone from the device is listed, never fatal: the CSV is still worth having."""
    import shutil

    copied, missing, seen = [], [], set()
    target = out_dir / FOLDER
    for seq in event_seqs:
        row = conn.execute("SELECT payload FROM events WHERE seq = ?", (seq,)).fetchone()
        try:
            data = json.loads(row[0])["data"] if row else {}
        except (ValueError, KeyError, TypeError):
            data = {}
        for entry in attachments_of(data):
            if entry["name"] in seen:
                continue
            seen.add(entry["name"])
            source = folder / entry["name"]
            if not source.is_file():
                missing.append(entry["name"])
                continue
            target.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target / entry["name"])
            copied.append(target / entry["name"])
    return copied, missing
