"""The preview: the printed paper, dot for dot, at the profile's width (384 dots on 58 mm).

It draws the same rows the ESC/POS renderer sends: 12 x 24-dot Font A cells, doubled for
double width or height, images at the printer's scale, and 30-dot line pitch. Text is already
what the code page prints ('oe' for 'œ'), so the agent sees what the citizen will get."""
from __future__ import annotations

import io
from functools import lru_cache

from PIL import Image, ImageChops, ImageDraw, ImageFont

from printing.fonts import font_path
from printing.layout import ImageRow, NativeQRRow, Row, TextRow, layout
from printing.model import Document
from printing.profiles import FONT_A_DOTS, PrinterProfile
from printing.qr import qr_image

CELL_H = 24
LINE_PITCH = 30  # dots from one text line to the next (24-dot cell + 6 dots of spacing)
TOP_MARGIN = 8


@lru_cache(maxsize=4)
def _font(bold: bool) -> ImageFont.FreeTypeFont:
    # DejaVu Sans Mono advances 0.602 em: at 20 px a glyph is 12 dots wide, a Font A cell.
    return ImageFont.truetype(str(font_path("mono-bold" if bold else "mono")), 20)


def render_preview(doc: Document, profile: PrinterProfile) -> Image.Image:
    """Mode 'L' image, `profile.dots` wide; pixels are 0 (burnt dot) or 255 (paper)."""
    return render_rows(layout(doc, profile), profile)


def render_rows(rows: list[Row], profile: PrinterProfile) -> Image.Image:
    pieces = [_row_image(row, profile) for row in rows]
    feed = profile.feed_lines * LINE_PITCH
    height = TOP_MARGIN + sum(piece.height + gap for piece, gap in pieces) + feed
    paper = Image.new("L", (profile.dots, height), 255)
    y = TOP_MARGIN
    for piece, gap in pieces:
        x = (profile.dots - piece.width) // 2 if piece.width < profile.dots and _centred(piece) else 0
        paper.paste(piece, (x, y))
        y += piece.height + gap
    return paper


def preview_png(doc: Document, profile: PrinterProfile) -> bytes:
    out = io.BytesIO()
    render_preview(doc, profile).save(out, format="PNG", optimize=True)
    return out.getvalue()


def _centred(piece: Image.Image) -> bool:
    return piece.info.get("centred", False)


def _row_image(row: Row, profile: PrinterProfile) -> tuple[Image.Image, int]:
    """The dots of one row and the blank dots the printer leaves after it."""
    if isinstance(row, TextRow):
        return _text_image(row, profile), LINE_PITCH * row.height - CELL_H * row.height
    if isinstance(row, ImageRow):
        image = row.image.convert("L")
        if row.scale > 1:
            image = image.resize((image.width * row.scale, image.height * row.scale), Image.NEAREST)
        image.info["centred"] = True
        return image, 0
    if isinstance(row, NativeQRRow):
        image = qr_image(row.data, row.module_dots).convert("L")
        image.info["centred"] = True
        return image, LINE_PITCH - CELL_H  # the LF we send after a native QR
    raise TypeError(row)


@lru_cache(maxsize=1024)
def _glyph(ch: str, bold: bool) -> Image.Image:
    """One character as drawn at the left of a blank strip two cells wide (a glyph reaches at
    most one dot past its cell, and pasting the strip whitens the next cell: see _text_image). Drawn once per character: the preview is made right after each
    payment, on a worker thread that shares the interpreter lock with the screen, and drawing
    every character of every receipt with FreeType was most of its time."""
    strip = Image.new("L", (2 * FONT_A_DOTS, CELL_H), 255)
    ImageDraw.Draw(strip).text((0, 1), ch, font=_font(bold), fill=0)
    return strip


def _text_image(row: TextRow, profile: PrinterProfile) -> Image.Image:
    cell = Image.new("L", (profile.line_dots // row.width, CELL_H), 255)
    if row.text.strip():
        # A glyph reaches at most one dot into the next cell: even columns on one sheet, odd ones
        # on another, then inked together (multiplied), as drawing them one after the other does.
        sheets = (cell, Image.new("L", cell.size, 255))
        for col, ch in enumerate(row.text):
            if ch != " ":
                sheets[col % 2].paste(_glyph(ch, row.bold), (col * FONT_A_DOTS, 0))
        cell = ImageChops.multiply(*sheets)
        # A thermal head burns a dot or not: no grey.
        cell = cell.point(lambda v: 0 if v < 140 else 255)
    if row.width > 1 or row.height > 1:
        cell = cell.resize((cell.width * row.width, cell.height * row.height), Image.NEAREST)
    if cell.width < profile.dots:  # columns x 12 may leave a few dots unused on the right
        wide = Image.new("L", (profile.dots, cell.height), 255)
        wide.paste(cell, (0, 0))
        cell = wide
    return cell
