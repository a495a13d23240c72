"""The audit file's bytes: an XML writer that streams to a file and hashes what it wrote, so the
server signs the SHA-256 of every byte before the signature without reading the file back.

Written by hand rather than through an XML library so that the signed bytes are exactly the
ones written, element after element, with nothing held in memory."""
from __future__ import annotations

from typing import IO, Any

from core.audit_format import SIGNATURE_START, SIGNATURE_TAG, Typed, new_digest, signed_message
from core.keys import sign

_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# Attribute values keep their line breaks and tabs through a parser only as character references.
_ATTR = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                       "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def attributes(values: dict[str, Any]) -> str:
    return "".join(f' {name}="{str(value).translate(_ATTR)}"' for name, value in values.items() if value is not None)


class AuditWriter:
    """Writes UTF-8 text to a binary file through a buffer, hashing every byte."""

    def __init__(self, handle: IO[bytes], buffer_chars: int = 1 << 20) -> None:
        self.handle, self.digest = handle, new_digest()
        self._parts: list[str] = []
        self._size, self._limit = 0, buffer_chars

    def write(self, text: str) -> None:
        self._parts.append(text)
        self._size += len(text)
        if self._size >= self._limit:
            self.flush()

    def flush(self) -> None:
        data = "".join(self._parts).encode("utf-8")
        self._parts, self._size = [], 0
        self.digest.update(data)
        self.handle.write(data)

    def empty(self, tag: str, values: dict[str, Any], indent: str = "") -> None:
        self.write(f"{indent}<{tag}{attributes(values)}/>\n")

    def text(self, tag: str, values: dict[str, Any], text: str, indent: str = "") -> None:
        self.write(f"{indent}<{tag}{attributes(values)}>{text.translate(_TEXT)}</{tag}>\n")

    def typed(self, element: Typed | None, indent: str) -> None:
        if element is None:
            return
        tag, values, children = element
        if not children:
            return self.empty(tag, values, indent)
        self.write(f"{indent}<{tag}{attributes(values)}>\n")
        for child_tag, child_values in children:
            self.empty(child_tag, child_values, indent + " ")
        self.write(f"{indent}</{tag}>\n")

    def sign_and_close(self, private_hex: str, public_hex: str, root_tag: str) -> str:
        """The final element: the signature over the SHA-256 of every byte written so far."""
        self.flush()
        digest_hex = self.digest.hexdigest()
        signature = sign(private_hex, signed_message(digest_hex)).hex()
        tail = (f'{SIGNATURE_START.decode("ascii")} algorithm="Ed25519" digest="{digest_hex}" '
                f'publicKey="{public_hex}">{signature}</{SIGNATURE_TAG}>\n</{root_tag}>\n')
        self.handle.write(tail.encode("ascii"))
        return digest_hex
