"""A small ESC/POS decoder for the commands Quittance emits, written from the Epson command
reference, independent of printing/. Anything it does not know fails the test that meets it."""
from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

# ESC t n slots of the pages our profiles pin (Epson numbering, shared by POS-5890 firmware).
SLOT_CODECS = {0: "cp437", 2: "cp850", 3: "cp860", 16: "cp1252", 19: "cp858"}


@dataclass
class Decoded:
    commands: list[tuple] = field(default_factory=list)  # in order, e.g. ('init',), ('codepage', 19)
    lines: list[str] = field(default_factory=list)  # printed text lines, decoded in the pinned page
    styled: list[tuple[str, int]] = field(default_factory=list)  # (line, ESC ! byte in force)
    images: list[Image.Image] = field(default_factory=list)  # rasters as printed (scale applied)
    qr_native: list[bytes] = field(default_factory=list)

    def names(self) -> list[str]:
        return [c[0] for c in self.commands]

    def text(self) -> str:
        return "\n".join(self.lines)


def decode(data: bytes) -> Decoded:
    out = Decoded()
    codec = None
    style = 0
    line = bytearray()
    i = 0

    def flush() -> None:
        if codec is None and any(b >= 0x80 for b in line):
            raise AssertionError("text with accents sent before any ESC t")
        text = bytes(line).decode(codec or "ascii")
        out.lines.append(text)
        out.styled.append((text, style))
        line.clear()

    while i < len(data):
        b = data[i]
        if b == 0x0A:
            flush()
            i += 1
        elif b == 0x1B:
            op = data[i + 1]
            if op == 0x40:
                out.commands.append(("init",))
                i += 2
            elif op == 0x74:
                out.commands.append(("codepage", data[i + 2]))
                codec = SLOT_CODECS[data[i + 2]]
                i += 3
            elif op == 0x52:
                out.commands.append(("charset", data[i + 2]))
                i += 3
            elif op == 0x21:
                style = data[i + 2]
                out.commands.append(("style", style))
                i += 3
            elif op == 0x61:
                out.commands.append(("align", data[i + 2]))
                i += 3
            elif op == 0x64:
                out.commands.append(("feed", data[i + 2]))
                i += 3
            else:
                raise AssertionError(f"unknown ESC {op:#x} at {i}")
        elif b == 0x1C:
            assert data[i + 1] == 0x2E, f"unknown FS {data[i + 1]:#x}"
            out.commands.append(("kanji_off",))
            i += 2
        elif b == 0x1D:
            op = data[i + 1]
            if op == 0x56:
                out.commands.append(("cut", data[i + 2]))
                i += 3
            elif op == 0x76 and data[i + 2] == 0x30:  # GS v 0 m xL xH yL yH d...
                m = data[i + 3]
                width_bytes = data[i + 4] | data[i + 5] << 8
                height = data[i + 6] | data[i + 7] << 8
                raw = data[i + 8:i + 8 + width_bytes * height]
                image = Image.frombytes("1", (width_bytes * 8, height), bytes(raw))
                image = Image.eval(image.convert("L"), lambda v: 255 - v)  # 1 bits are burnt dots
                scale_x, scale_y = (2 if m & 1 else 1), (2 if m & 2 else 1)
                image = image.resize((image.width * scale_x, image.height * scale_y), Image.NEAREST)
                out.images.append(image)
                out.commands.append(("raster", m, width_bytes, height))
                i += 8 + width_bytes * height
            elif op == 0x28 and data[i + 2] == 0x6B:  # GS ( k pL pH cn fn ...
                size = data[i + 3] | data[i + 4] << 8
                body = data[i + 5:i + 5 + size]
                cn, fn = body[0], body[1]
                assert cn == 0x31, "only QR (cn 49)"
                if fn == 0x50:
                    out.qr_native.append(bytes(body[3:]))
                out.commands.append(("qr", fn))
                i += 5 + size
            else:
                raise AssertionError(f"unknown GS {op:#x} at {i}")
        elif b == 0x10:
            raise AssertionError("DLE in a job: status queries belong to the transport")
        elif b < 0x20:
            raise AssertionError(f"control byte {b:#x} in text at {i}")
        else:
            line.append(b)
            i += 1
    if line:
        flush()
    return out
