"""A calibration page: does the pinned code page print accents, do the columns and dots match,
does the printer take our QR? An agent prints it once when pairing a new printer."""
from __future__ import annotations

from PIL import Image, ImageDraw

from printing.labels import field, label
from printing.model import QR, Blank, Block, Document, Fields, Picture, Rule, Text
from printing.profiles import PrinterProfile

ACCENTS_FR = "àâäçéèêëîïôöùûüÿ ÀÂÇÉÈÊËÎÏÔÙÛÜ"
ACCENTS_PT = "ãõáíóúâêôç ÃÕÁÍÓÚÂÊÔÇ ª º"
SYMBOLS = "€ « » ° œ Œ ’ …"
TEST_QR_TEXT = "Quittance : test d'impression OK — Ç é ã"


def code_page_table(code_page: str) -> list[str]:
    """Rows '8x ÇüéâäàåçêëèïîìÄÅ' for bytes 0x80-0xFF: what each byte prints in this page."""
    rows = []
    for high in range(0x8, 0x10):
        chars = []
        for low in range(16):
            try:
                ch = bytes([high << 4 | low]).decode(code_page)
            except UnicodeDecodeError:
                ch = " "
            chars.append(ch if ch.isprintable() and ch not in "\xa0\xad" else " ")
        rows.append(f"{high:X}x {''.join(chars)}")
    return rows


def width_bar(dots: int) -> Image.Image:
    """A bar as wide as the printable area, with a tick every 8 dots and a long one every 64."""
    bar = Image.new("1", (dots, 24), 1)
    draw = ImageDraw.Draw(bar)
    draw.rectangle((0, 0, dots - 1, 7), fill=0)
    for x in range(0, dots, 8):
        draw.line((x, 8, x, 23 if x % 64 == 0 else 14), fill=0)
    draw.line((dots - 1, 8, dots - 1, 23), fill=0)
    return bar


def ruler(columns: int) -> list[str]:
    digits = "".join(str((i + 1) % 10) for i in range(columns))
    marks = "".join("|" if (i + 1) % 10 == 0 else ("+" if (i + 1) % 5 == 0 else "-") for i in range(columns))
    return [digits, marks]


def printer_test_document(profile: PrinterProfile, locale: str = "fr") -> Document:
    blocks: list[Block] = [
        Text(label("test_title", locale), align="center", bold=True, size="big"),
        Text("Quittance", align="center"),
        Rule(heavy=True),
        Text(field("profile", profile.name, locale)),
        Text(profile.description),
        Fields((field("columns", str(profile.columns), locale), field("dots", str(profile.dots), locale))),
        Text(field("code_page", f"{profile.code_page.upper()} (ESC t {profile.code_page_slot})", locale)),
        Rule(),
        Text(label("ruler_hint", locale)),
        *[Text(line) for line in ruler(profile.columns)],
        Text(label("bar_hint", locale)),
        Picture(width_bar(profile.dots), full_width=True),
        Rule(),
        Text(label("accents_hint", locale)),
        Text(ACCENTS_FR), Text(ACCENTS_PT), Text(SYMBOLS),
        Text("Kabasélé, Gonçalves, Ngoyi-Mbuyi, João, Françoise", bold=True),
        Text("ABC abc 123 àéç", size="tall"),
        Text("ABC 123 àéç", size="big"),
        Rule(),
        Text(label("table_hint", locale)),
        *[Text(row) for row in code_page_table(profile.code_page)],
        Rule(),
        Text(label("qr_hint", locale), align="center"),
        Blank(), QR(TEST_QR_TEXT), Blank(),
        Text(label("test_end", locale), align="center"),
        Blank(),
    ]
    return Document("test_page", f"{label('test_title', locale)} {profile.name}", locale, tuple(blocks))
