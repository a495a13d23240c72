"""ESC/POS bytes for a document, through python-escpos' Dummy printer.

Every job starts the same way, whatever state the printer was left in:
ESC @ (reset), FS . (leave Chinese double-byte mode, or accented bytes print as Chinese
glyphs on POS-5890-class firmware), ESC t n (pin the profile's code page), ESC R 0 (standard
ASCII, so '@' and '#' are not swapped for national letters). Then we encode every character
ourselves in that code page (printing/codepage.py)."""
from __future__ import annotations

import logging
import os

from platformdirs import user_cache_dir

from printing.layout import ImageRow, NativeQRRow, Row, TextRow, layout
from printing.model import Document
from printing.profiles import PrinterProfile

ESC, GS, FS, LF = b"\x1b", b"\x1d", b"\x1c", b"\n"
RESET = ESC + b"@"
KANJI_OFF = FS + b"."
ASCII_CHARSET = ESC + b"R\x00"
ALIGN = {"left": ESC + b"a\x00", "center": ESC + b"a\x01"}
CUT = {"full": GS + b"V\x00", "partial": GS + b"V\x01"}
_IMPL = {"raster": "bitImageRaster", "graphics": "graphics", "column": "bitImageColumn"}

# python-escpos reads the media width from its own profile class; a tiny one per printer
# profile keeps it from printing warnings about unknown widths.
_escpos_profiles: dict[tuple[str, int, int], object] = {}


def job_header(profile: PrinterProfile) -> bytes:
    return RESET + KANJI_OFF + ESC + b"t" + bytes([profile.code_page_slot]) + ASCII_CHARSET


def job_footer(profile: PrinterProfile) -> bytes:
    return ESC + b"d" + bytes([profile.feed_lines]) + CUT.get(profile.cut, b"")


def style_byte(row: TextRow) -> int:
    """ESC ! n: bit 3 bold, bit 4 double height, bit 5 double width; one command sets all three."""
    return (0x08 if row.bold else 0) | (0x10 if row.height == 2 else 0) | (0x20 if row.width == 2 else 0)


def render_escpos(doc: Document, profile: PrinterProfile) -> bytes:
    return render_rows(layout(doc, profile), profile)


def _import_escpos():
    """python-escpos, imported without its side effects: at import it calls
    logging.basicConfig() (which would silence the app's own logging set-up) and pickles its
    printer database into a new temporary folder each time (litter in /tmp on every start)."""
    os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", _cache_dir())
    root = logging.getLogger()
    handlers = list(root.handlers)
    from escpos import capabilities, printer  # noqa: F401 - imported for their side effects once
    root.handlers[:] = handlers
    return printer, capabilities


def _cache_dir() -> str:
    folder = os.path.join(user_cache_dir("quittance", appauthor=False), "escpos")
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        import tempfile
        folder = tempfile.gettempdir()
    return folder


def render_rows(rows: list[Row], profile: PrinterProfile) -> bytes:
    printer = _import_escpos()[0].Dummy(profile=_escpos_profile(profile))
    raw = printer._raw  # python-escpos' byte sink; text bypasses its "magic" encoder on purpose
    raw(job_header(profile))
    style = 0
    raw(ESC + b"!\x00")
    for row in rows:
        if isinstance(row, TextRow):
            wanted = style_byte(row)
            if wanted != style:
                raw(ESC + b"!" + bytes([wanted]))
                style = wanted
            raw(row.text.rstrip().encode(profile.code_page) + LF)
        elif isinstance(row, ImageRow):
            raw(ALIGN["center"])
            dense = row.scale == 1
            printer.image(row.image, impl=_IMPL[profile.image_mode], high_density_vertical=dense,
                          high_density_horizontal=dense, center=False)
            raw(ALIGN["left"])
        elif isinstance(row, NativeQRRow):
            raw(ALIGN["center"])
            printer.qr(row.data, ec=1, size=row.module_dots, native=True)  # 1: QR_ECLEVEL_M
            raw(LF + ALIGN["left"])
    if style:
        raw(ESC + b"!\x00")
    raw(job_footer(profile))
    return printer.output


def _escpos_profile(profile: PrinterProfile):
    Profile = _import_escpos()[1].Profile  # noqa: N806 - a class

    key = (profile.name, profile.dots, profile.columns)
    if key not in _escpos_profiles:
        escpos_profile = Profile(columns=profile.columns, features={"qrCode": True, "graphics": True,
                                                                     "bitImageRaster": True,
                                                                     "bitImageColumn": True})
        escpos_profile.profile_data = {
            "name": profile.name, "media": {"width": {"pixels": profile.dots, "mm": profile.print_width_mm}},
            "fonts": {"0": {"name": "Font A", "columns": profile.columns}},
            "codePages": {str(profile.code_page_slot): profile.code_page.upper()},
            "features": escpos_profile.features,
        }
        _escpos_profiles[key] = escpos_profile
    return _escpos_profiles[key]
