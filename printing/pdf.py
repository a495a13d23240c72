"""PDF copies with reportlab: an 80 mm roll (the copy shared by messaging) and an A4 page.

DejaVu Sans is embedded (subset), so every accent and 'œ' comes out right whatever the
reader's machine has. The QR is drawn as vectors: sharp at any zoom, and small."""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Callable

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from printing.fonts import font_path
from printing.model import QR, Blank, Block, Document, Fields, Pair, Picture, Rule, Text
from printing.qr import qr_matrix

REGULAR, BOLD = "QuittanceSans", "QuittanceSans-Bold"


@dataclass(frozen=True)
class PageStyle:
    width: float  # points
    height: float | None  # None: as long as the content (a roll)
    margin_x: float
    margin_y: float
    column: float  # width of the text column, centred on the page
    size: float  # normal text, points
    tall: float
    big: float
    qr: float  # QR side, points


ROLL = PageStyle(80 * mm, None, 4 * mm, 5 * mm, 72 * mm, 8.5, 11, 14, 34 * mm)
A4_PAGE = PageStyle(A4[0], A4[1], 25 * mm, 25 * mm, 130 * mm, 11, 14, 18, 45 * mm)
PAGES = {"roll": ROLL, "a4": A4_PAGE}

Draw = Callable[[Canvas, float, float], None]  # (canvas, left x, top y) -> draws one item


def _register_fonts() -> None:
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, str(font_path("sans"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(font_path("sans-bold"))))


def render_pdf(doc: Document, page: str = "roll", style: PageStyle | None = None) -> bytes:
    """The document as PDF bytes; `page` is 'roll' (80 mm wide) or 'a4', or a `style` of its own
    (the server's handover receipt draws its long QR across the roll)."""
    _register_fonts()
    style = style or PAGES[page]
    items = [item for block in doc.blocks for item in _items(block, style)]
    out = io.BytesIO()
    if style.height is None:
        height = sum(h for h, _ in items) + 2 * style.margin_y
        pages = [items]
        page_size = (style.width, height)
    else:
        pages = _paginate(items, style.height - 2 * style.margin_y)
        page_size = (style.width, style.height)
    canvas = Canvas(out, pagesize=page_size, pageCompression=1, invariant=1)
    canvas.setTitle(doc.title)
    canvas.setAuthor("Quittance")
    canvas.setCreator("Quittance")
    left = (style.width - style.column) / 2
    for number, content in enumerate(pages):
        if number:
            canvas.showPage()
        top = y = page_size[1] - style.margin_y
        for height, draw in content:
            draw(canvas, left, y)
            y -= height
        if style.height is not None:  # on A4, a thin frame shows where the receipt ends
            pad = 6 * mm
            canvas.setLineWidth(0.6)
            canvas.roundRect(left - pad, y - pad, style.column + 2 * pad, top - y + 2 * pad, 3 * mm)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _paginate(items: list[tuple[float, Draw]], usable: float) -> list[list[tuple[float, Draw]]]:
    pages: list[list[tuple[float, Draw]]] = [[]]
    used = 0.0
    for height, draw in items:
        if used + height > usable and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append((height, draw))
        used += height
    return pages


def _font_size(size: str, style: PageStyle) -> float:
    return {"normal": style.size, "tall": style.tall, "big": style.big}[size]


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and pdfmetrics.stringWidth(candidate, font, size) <= width:
            lines[-1] = candidate
        else:
            lines.extend(_cut(word, font, size, width))
    return lines or [""]


def _cut(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the column (the Z-report's signed chain head is one 110-character
    word) in pieces that fit, as the thermal printer breaks it: drawn whole, it ran off the page."""
    pieces = [""]
    for char in word:
        if pieces[-1] and pdfmetrics.stringWidth(pieces[-1] + char, font, size) > width:
            pieces.append("")
        pieces[-1] += char
    return pieces


def _line(text: str, font: str, size: float, align: str, width: float) -> tuple[float, Draw]:
    leading = size * 1.3

    def draw(c: Canvas, x: float, y: float) -> None:
        c.setFont(font, size)
        baseline = y - size
        if align == "center":
            c.drawCentredString(x + width / 2, baseline, text)
        elif align == "right":
            c.drawRightString(x + width, baseline, text)
        else:
            c.drawString(x, baseline, text)
    return leading, draw


def _items(block: Block, s: PageStyle) -> list[tuple[float, Draw]]:
    if isinstance(block, Text):
        font = BOLD if block.bold or block.size != "normal" else REGULAR
        size = _font_size(block.size, s)
        # A title shrinks to one line rather than break in the middle.
        while block.size == "big" and size > s.size and pdfmetrics.stringWidth(block.text, font, size) > s.column:
            size -= 0.5
        return [_line(line, font, size, block.align, s.column) for line in _wrap(block.text, font, size, s.column)]
    if isinstance(block, Pair):
        font = BOLD if block.bold else REGULAR
        size = _font_size(block.size, s)
        both = pdfmetrics.stringWidth(block.label + "  " + block.value, font, size)
        if both <= s.column:
            height, left = _line(block.label, font, size, "left", s.column)
            _, right = _line(block.value, font, size, "right", s.column)
            return [(height, lambda c, x, y: (left(c, x, y), right(c, x, y)))]
        return [_line(block.label, font, size, "left", s.column), _line(block.value, font, size, "right", s.column)]
    if isinstance(block, Fields):
        return _fields(block.items, s)
    if isinstance(block, Rule):
        def rule(c: Canvas, x: float, y: float, heavy: bool = block.heavy) -> None:
            c.setLineWidth(1.2 if heavy else 0.5)
            c.setDash([] if heavy else [2, 2])
            c.line(x, y - s.size * 0.6, x + s.column, y - s.size * 0.6)
            c.setDash([])
        return [(s.size * 1.2, rule)]
    if isinstance(block, Blank):
        return [(s.size * 1.3 * block.lines, lambda c, x, y: None)]
    if isinstance(block, QR):
        return [(s.qr + s.size * 0.6, lambda c, x, y, data=block.data: _draw_qr(c, data, x + (s.column - s.qr) / 2,
                                                                               y - s.size * 0.3, s.qr))]
    if isinstance(block, Picture):
        image = block.image
        width = s.column if block.full_width else min(s.column * 0.6, image.width * 0.75)
        height = width * image.height / image.width
        if not block.full_width and height > 20 * mm:
            height, width = 20 * mm, 20 * mm * image.width / image.height
        reader = ImageReader(_on_white(image))
        return [(height + s.size * 0.5, lambda c, x, y: c.drawImage(reader, x + (s.column - width) / 2,
                                                                      y - height, width, height))]
    raise TypeError(block)


def _on_white(image: Image.Image) -> Image.Image:
    """RGB with transparency flattened onto the paper: a transparent logo must not print black."""
    rgba = image.convert("RGBA")
    flat = Image.new("RGB", rgba.size, "white")
    flat.paste(rgba, mask=rgba.getchannel("A"))
    return flat


def _fields(items: tuple[str, ...], s: PageStyle) -> list[tuple[float, Draw]]:
    gap = s.size * 1.5
    lines: list[list[str]] = []
    for item in items:
        width = pdfmetrics.stringWidth(item, REGULAR, s.size)
        used = sum(pdfmetrics.stringWidth(i, REGULAR, s.size) + gap for i in lines[-1]) if lines else 0
        if lines and used + width <= s.column:
            lines[-1].append(item)
        else:
            lines.append([item])
    out: list[tuple[float, Draw]] = []
    for line in lines:
        if len(line) == 1:
            out.extend(_line(part, REGULAR, s.size, "left", s.column) for part in _wrap(line[0], REGULAR, s.size, s.column))
        else:
            out.append((s.size * 1.3, lambda c, x, y, line=line: _justify(c, line, x, y, s)))
    return out


def _justify(c: Canvas, items: list[str], x: float, y: float, s: PageStyle) -> None:
    """Items spread from the left edge to the right edge, like the fields of a form."""
    widths = [pdfmetrics.stringWidth(item, REGULAR, s.size) for item in items]
    gap = (s.column - sum(widths)) / (len(items) - 1)
    c.setFont(REGULAR, s.size)
    for item, width in zip(items, widths):
        c.drawString(x, y - s.size, item)
        x += width + gap


def _draw_qr(c: Canvas, data: str, x: float, top: float, side: float) -> None:
    matrix = qr_matrix(data)
    module = side / len(matrix)
    c.setFillColorRGB(0, 0, 0)
    path = c.beginPath()
    for row_index, row in enumerate(matrix):
        col = 0
        while col < len(row):  # one rectangle per horizontal run keeps the PDF small
            if row[col]:
                start = col
                while col < len(row) and row[col]:
                    col += 1
                path.rect(x + start * module, top - (row_index + 1) * module, (col - start) * module, module)
            else:
                col += 1
    c.drawPath(path, stroke=0, fill=1)
