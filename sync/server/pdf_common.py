"""What the server's A4 PDFs share (reconciliation report, payment attestation): the receipts'
fonts (printing.pdf: DejaVu, embedded, so accents print anywhere), paragraph and table styles,
the municipality's logo, and a footer on every page with when, by which server, and 'page n of m'."""
from __future__ import annotations

import base64
import io
import socket
from datetime import datetime, timezone
from typing import Any, Callable

from PIL import Image
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image as PdfImage
from reportlab.platypus import Paragraph, Table, TableStyle
from xml.sax.saxutils import escape

from core.money import format_money
from core.timezones import zone
from printing.pdf import BOLD, REGULAR, _register_fonts, _on_white

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN  # usable width
GREY = colors.HexColor("#555555")
LINE = colors.HexColor("#bbbbbb")
SHADE = colors.HexColor("#eef1f5")


def fonts() -> None:
    _register_fonts()


def styles() -> dict[str, ParagraphStyle]:
    fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9, leading=11.5)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=GREY),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.6),
        "cell_right": ParagraphStyle("cell_right", parent=base, fontSize=8, leading=9.6, alignment=TA_RIGHT),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=BOLD, fontSize=8, leading=9.6),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=8, leading=9.6),
        "head_right": ParagraphStyle("head_right", parent=base, fontName=BOLD, fontSize=8, leading=9.6,
                                     alignment=TA_RIGHT),
        "org": ParagraphStyle("org", parent=base, fontName=BOLD, fontSize=14, leading=17),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=17, leading=21, spaceBefore=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=14),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=11.5, leading=14, spaceBefore=10,
                             spaceAfter=4),
        "figure": ParagraphStyle("figure", parent=base, fontName=BOLD, fontSize=10, leading=12.5, alignment=TA_RIGHT),
    }


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: a taxpayer's name is data, never markup)."""
    return Paragraph(escape(text), style)


def money(amount: int, currency: str, lang: str) -> str:
    """As on receipts (core.money); negative amounts with the language's minus sign."""
    return format_money(int(amount), currency, lang)


def logo_flowable(logo: str | None, height: float = 18 * mm) -> PdfImage | None:
    """The municipality's logo (base64 PNG of its data), or None when it has none or it cannot be read."""
    if not logo:
        return None
    try:
        image = Image.open(io.BytesIO(base64.b64decode(logo)))
        image.load()
    except (ValueError, OSError):
        return None
    flat = _on_white(image)
    buffer = io.BytesIO()
    flat.save(buffer, format="PNG")
    buffer.seek(0)
    width = height * flat.width / flat.height
    return PdfImage(buffer, width=width, height=height)


def grid(rows: list[list[Any]], widths: list[float], *, total_row: bool = False, header: bool = True) -> Table:
    """A table with a shaded header (repeated on every page) and thin rules; the last row in bold
    when it is a total."""
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black)]
    if total_row:
        commands += [("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]
    table.setStyle(TableStyle(commands))
    return table


def server_name() -> str:
    return socket.gethostname() or "?"


def local_now(tz_name: str) -> datetime:
    return datetime.now(timezone.utc).astimezone(zone(tz_name) or timezone.utc)


def footer_canvas(footer_left: str, page_text: Callable[[int, int], str]) -> type[Canvas]:
    """A canvas class that draws `footer_left` and 'page n of m' at the foot of every page: the
    pages are kept until the end so that m is known."""

    class FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("invariant", 1)
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(REGULAR, 7)
                self.setFillColor(GREY)
                self.drawString(MARGIN, 9 * mm, footer_left)
                self.drawRightString(A4[0] - MARGIN, 9 * mm, page_text(number, total))
                self.setStrokeColor(LINE)
                self.setLineWidth(0.4)
                self.line(MARGIN, 12 * mm, A4[0] - MARGIN, 12 * mm)
                super().showPage()
            super().save()

    return FooterCanvas
