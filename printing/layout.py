"""Lay a document out for one printer: lines of Font A characters and images in dots.

The ESC/POS renderer and the preview both draw these rows, so the preview is what the printer
prints. Text is made printable for the profile's code page first, then measured: 'œ' becomes
'oe' and takes two columns."""
from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Union

from PIL import Image, ImageOps

from printing.codepage import printable
from printing.model import QR, Blank, Document, Fields, Pair, Picture, Rule, Text
from printing.profiles import PrinterProfile
from printing.qr import qr_matrix, qr_image

LOGO_MAX_HEIGHT = 160  # dots (20 mm): a logo must not cost a citizen more paper than the text
LOGO_MAX_WIDTH_SHARE = 0.75


@dataclass(frozen=True)
class TextRow:
    """One printed line: `text` is already printable and padded on the left for alignment."""
    text: str
    bold: bool = False
    height: int = 1  # 1 or 2 (double height)
    width: int = 1  # 1 or 2 (double width)


@dataclass(frozen=True)
class ImageRow:
    """A centred image, mode '1' (0 = burnt dot). The printer multiplies each pixel by `scale`."""
    image: Image.Image
    scale: int = 1


@dataclass(frozen=True)
class NativeQRRow:
    """A QR the printer draws itself (GS ( k), `module_dots` per module, centred."""
    data: str
    module_dots: int


Row = Union[TextRow, ImageRow, NativeQRRow]


def layout(doc: Document, profile: PrinterProfile) -> list[Row]:
    rows: list[Row] = []
    cols = profile.columns
    for block in doc.blocks:
        if isinstance(block, Text):
            rows.extend(_text(printable(block.text, profile.code_page), cols, block.align, block.bold, block.size))
        elif isinstance(block, Pair):
            rows.extend(_pair(printable(block.label, profile.code_page), printable(block.value, profile.code_page),
                              cols, block.bold, block.size))
        elif isinstance(block, Fields):
            rows.extend(_fields([printable(item, profile.code_page) for item in block.items], cols))
        elif isinstance(block, Rule):
            rows.append(TextRow(("=" if block.heavy else "-") * cols))
        elif isinstance(block, Blank):
            rows.extend(TextRow("") for _ in range(block.lines))
        elif isinstance(block, QR):
            rows.append(_qr(block.data, profile))
        elif isinstance(block, Picture):
            rows.append(ImageRow(_picture(block.image, profile.dots, block.full_width), 1))
    return rows


def _size(size: str, text_len: int, cols: int) -> tuple[int, int]:
    """(height, width) multipliers: 'big' goes double width only when the line still fits."""
    if size == "big" and text_len <= cols // 2:
        return 2, 2
    if size in ("big", "tall"):
        return 2, 1
    return 1, 1


def _wrap(text: str, cols: int) -> list[str]:
    # French puts a space before ':' ';' '!' '?'; a line must never start with one of them.
    glued = text.replace(" :", "\x00:").replace(" ;", "\x00;").replace(" !", "\x00!").replace(" ?", "\x00?")
    lines = textwrap.wrap(glued, cols, break_on_hyphens=False) or [""]
    return [line.replace("\x00", " ") for line in lines]


def _align(line: str, cols: int, align: str) -> str:
    if align == "center":
        return " " * ((cols - len(line)) // 2) + line
    if align == "right":
        return " " * (cols - len(line)) + line
    return line


def _text(text: str, cols: int, align: str, bold: bool, size: str) -> list[TextRow]:
    height, width = _size(size, len(text), cols)
    usable = cols // width
    return [TextRow(_align(line, usable, align), bold, height, width) for line in _wrap(text, usable)]


def _pair(label: str, value: str, cols: int, bold: bool, size: str) -> list[TextRow]:
    height = 2 if size in ("tall", "big") else 1
    if len(label) + 1 + len(value) <= cols:
        return [TextRow(label + " " * (cols - len(label) - len(value)) + value, bold, height)]
    rows = [TextRow(line, bold, height) for line in _wrap(label, cols)]
    return rows + [TextRow(_align(line, cols, "right"), bold, height) for line in _wrap(value, cols)]


def _fields(items: list[str], cols: int, gap: int = 2) -> list[TextRow]:
    """Greedy packing; a line of two items spreads them to both edges, like a form."""
    lines: list[list[str]] = []
    for item in items:
        if not item:
            continue
        if lines and sum(map(len, lines[-1])) + gap * len(lines[-1]) + len(item) <= cols:
            lines[-1].append(item)
        else:
            lines.append([item])
    rows: list[TextRow] = []
    for line in lines:
        if len(line) == 1:
            rows.extend(TextRow(part) for part in _wrap(line[0], cols))
        elif len(line) == 2:
            rows.append(TextRow(line[0] + " " * (cols - len(line[0]) - len(line[1])) + line[1]))
        else:
            rows.append(TextRow((" " * gap).join(line)))
    return rows


def _qr(data: str, profile: PrinterProfile) -> Row:
    modules = len(qr_matrix(data))
    module_dots = max(1, min(profile.qr_module_dots, profile.dots // modules))
    if profile.qr_mode == "native":
        return NativeQRRow(data, module_dots)
    # Column mode (ESC *) has no exact 2x; raster and graphics do.
    scale = profile.image_scale if profile.image_mode != "column" and module_dots % 2 == 0 else 1
    return ImageRow(qr_image(data, module_dots // scale), scale)


_dithered: dict[tuple[int, int, bool], tuple[Image.Image, Image.Image]] = {}


def _picture(image: Image.Image, dots: int, full_width: bool) -> Image.Image:
    """Dithered once per image and width: every receipt prints the same logo (about 10 ms saved
    a receipt). Each entry holds the image it was made from, so a recycled id() never matches;
    images are never changed once made."""
    key = (id(image), dots, full_width)
    cached = _dithered.get(key)
    if cached is not None and cached[0] is image:
        return cached[1]
    if len(_dithered) >= 8:
        _dithered.pop(next(iter(_dithered)))
    result = _dither(image, dots, full_width)
    _dithered[key] = (image, result)
    return result


def _dither(image: Image.Image, dots: int, full_width: bool) -> Image.Image:
    flat = Image.new("RGB", image.size, "white")
    rgba = image.convert("RGBA")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    grey = flat.convert("L")
    if full_width:
        grey = grey.resize((dots, max(1, round(grey.height * dots / grey.width))), Image.LANCZOS)
    else:
        ratio = min(1.0, dots * LOGO_MAX_WIDTH_SHARE / grey.width, LOGO_MAX_HEIGHT / grey.height)
        if ratio < 1.0:
            grey = grey.resize((max(1, round(grey.width * ratio)), max(1, round(grey.height * ratio))), Image.LANCZOS)
    grey = ImageOps.autocontrast(grey)
    # Floyd-Steinberg: a head burns a dot or not, and error diffusion keeps a seal's shading.
    return grey.convert("1", dither=Image.Dither.FLOYDSTEINBERG)
