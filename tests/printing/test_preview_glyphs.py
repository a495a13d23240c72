"""The preview draws each character once and reuses it (issue 9: the preview's Python ran while
the receipt screen was drawn). The paper must stay dot for dot what drawing every character in
place with FreeType gives, overlapping neighbours included."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from printing import preview
from printing.layout import TextRow
from printing.profiles import FONT_A_DOTS, load_profile


def drawn_in_place(row: TextRow, profile) -> bytes:  # noqa: ANN001
    """What the preview drew before the glyph cache: every character with FreeType, in place."""
    cell = Image.new("L", (profile.line_dots // row.width, preview.CELL_H), 255)
    if row.text.strip():
        draw = ImageDraw.Draw(cell)
        for col, ch in enumerate(row.text):
            if ch != " ":
                draw.text((col * FONT_A_DOTS, 1), ch, font=preview._font(row.bold), fill=0)
        cell = cell.point(lambda v: 0 if v < 140 else 255)
    if row.width > 1 or row.height > 1:
        cell = cell.resize((cell.width * row.width, cell.height * row.height), Image.NEAREST)
    if cell.width < profile.dots:
        wide = Image.new("L", (profile.dots, cell.height), 255)
        wide.paste(cell, (0, 0))
        cell = wide
    return cell.tobytes()


ROWS = [
    TextRow("RECU N° T07-2026-000123"),
    TextRow("Montant : 15 000 CDF", bold=True),
    TextRow("WWWWMMMM@@@@####%%%%&&&&"),  # the widest glyphs, side by side
    TextRow("Quinze mille francs congolais, ecoute"),  # as long as the line, and longer
    TextRow("  TOTAL", bold=True, width=2, height=2),
    TextRow("oe ae e a c o u  E A", height=2),
    TextRow("    "),
    TextRow("|/\\|/\\|{}[]()<>~^`'\",.;:"),
]


@pytest.mark.parametrize("profile_name", ["generic-58", "generic-80"])
def test_each_row_is_dot_for_dot_what_drawing_each_character_gives(profile_name: str) -> None:
    profile = load_profile(profile_name)
    for row in ROWS:
        columns = profile.line_dots // FONT_A_DOTS // row.width
        row = TextRow(row.text[:columns], row.bold, row.height, row.width)
        assert preview._text_image(row, profile).tobytes() == drawn_in_place(row, profile), row.text


def test_a_character_is_drawn_once_however_often_it_prints() -> None:
    profile = load_profile("generic-58")
    preview._glyph.cache_clear()
    preview._text_image(TextRow("AAAA BBBB AAAA"), profile)
    assert preview._glyph.cache_info().misses == 2  # 'A' and 'B', whatever the count
