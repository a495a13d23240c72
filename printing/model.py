"""The one document model every renderer reads: a receipt, a Z-report or a test page is a
sequence of blocks, in the municipality's language, with no idea of paper width or bytes.

Renderers decide the geometry: ESC/POS and the preview lay the blocks out in columns
(printing/layout.py), the PDF in points. So the three always say the same thing."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Union

from PIL import Image

Align = Literal["left", "center", "right"]
# normal: one line of Font A. tall: double height. big: double height and, when the line fits,
# double width. Renderers may fall back to a smaller size, never to a cut-off line.
Size = Literal["normal", "tall", "big"]


@dataclass(frozen=True)
class Text:
    """A paragraph, wrapped at word boundaries when it is longer than a line."""
    text: str
    align: Align = "left"
    bold: bool = False
    size: Size = "normal"


@dataclass(frozen=True)
class Pair:
    """A label on the left and its value on the right: 'MONTANT      15 000 CDF'."""
    label: str
    value: str
    bold: bool = False
    size: Size = "normal"


@dataclass(frozen=True)
class Fields:
    """Short 'Label : value' items, put side by side when they fit on one line."""
    items: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    heavy: bool = False


@dataclass(frozen=True)
class QR:
    data: str


@dataclass(frozen=True)
class Picture:
    """A logo or a calibration image. `full_width` pictures are stretched to the printable width."""
    image: Image.Image
    full_width: bool = False


@dataclass(frozen=True)
class Blank:
    lines: int = 1


Block = Union[Text, Pair, Fields, Rule, QR, Picture, Blank]


@dataclass(frozen=True)
class Document:
    kind: Literal["receipt", "z_report", "closing", "test_page"]
    title: str  # what a PDF viewer shows, e.g. 'REÇU DE PAIEMENT T07-2026-000123'
    locale: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def texts(self) -> list[str]:
        """Every piece of text, in order: what tests and screen readers look at."""
        out: list[str] = []
        for block in self.blocks:
            if isinstance(block, Text):
                out.append(block.text)
            elif isinstance(block, Pair):
                out.extend((block.label, block.value))
            elif isinstance(block, Fields):
                out.extend(block.items)
        return out
