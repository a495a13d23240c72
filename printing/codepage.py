"""Text for a printer's single-byte code page.

A thermal printer prints bytes through the code page pinned with ESC t. We choose every byte
ourselves: a character the page holds is kept, anything else is replaced by the closest thing it
does hold ('œ' -> 'oe', 'ɛ' -> 'e', '…' -> '...'). Never a '?' (it looks like a fault in the
name) and never a byte the printer would take for a command."""
from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

# The pages our profiles may pin. CP858 is CP850 with '€', and holds every French and
# Portuguese letter except œ/Œ.
SUPPORTED = ("cp858", "cp850", "cp437", "cp860", "cp863", "cp1252", "cp852", "iso8859_15")

UNPRINTABLE = "_"  # for a letter of a script the page cannot show at all (Arabic, CJK...)

_SUBSTITUTES = {
    "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ẞ": "SS", "ø": "o", "Ø": "O",
    "€": "EUR", "£": "GBP", "№": "No", "‰": "o/oo",
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "ʼ": "'", "ʻ": "'", "′": "'", "`": "'",
    "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"', "»": '"',
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
    "…": "...", "•": "*", "·": ".", "×": "x", "÷": "/",
    # letters of West and Central African alphabets (Ewe, Akan, Lingala, Hausa, Fula...)
    "ɛ": "e", "Ɛ": "E", "ɔ": "o", "Ɔ": "O", "ŋ": "ng", "Ŋ": "NG", "ɖ": "d", "Ɖ": "D",
    "ɓ": "b", "Ɓ": "B", "ɗ": "d", "Ɗ": "D", "ƙ": "k", "Ƙ": "K", "ƴ": "y", "Ƴ": "Y",
    "ƒ": "f", "Ƒ": "F", "ɣ": "g", "Ɣ": "G", "ʋ": "v", "Ʋ": "V", "ə": "e", "Ə": "E",
    "ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "þ": "th", "Þ": "TH",
    "ð": "d", "Ð": "D",
}
_SPACES = {"\u00a0", "\u202f", "\u2007", "\u2009", "\u200a", "\u2002", "\u2003", "\t"}
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_LETTER_NAME = re.compile(r"^LATIN (SMALL|CAPITAL) LETTER (.+)$")


def check_code_page(name: str) -> str:
    """The codec name, normalised; ValueError when Python cannot encode it."""
    normal = codecs.lookup(name).name
    if normal not in SUPPORTED:
        raise ValueError(f"code page {name} is not one Quittance prints with ({', '.join(SUPPORTED)})")
    return normal


def printable(text: str, code_page: str = "cp858") -> str:
    """`text` with every character replaced by what the code page can print."""
    # NFC first: 'e' + combining acute becomes 'é', which the page holds as one byte.
    return "".join(_char(ch, code_page) for ch in unicodedata.normalize("NFC", text))


def encode(text: str, code_page: str = "cp858") -> bytes:
    """The bytes a printer pinned to `code_page` prints as `text` (or its closest form)."""
    return printable(text, code_page).encode(code_page)


@lru_cache(maxsize=4096)
def _char(ch: str, code_page: str) -> str:
    if ch in _ZERO_WIDTH:
        return ""
    if ch in _SPACES:
        # NBSP prints as 0xFF on CP85x, which some printers show as a block; use a plain space.
        return " "
    if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
        # A control byte in a name would be a printer command: never let one through.
        return " "
    if _fits(ch, code_page):
        return ch
    if unicodedata.combining(ch):
        return ""  # a tone mark the page cannot stack: the letter under it is kept
    if ch in _SUBSTITUTES:
        return "".join(_char(c, code_page) for c in _SUBSTITUTES[ch])
    decomposed = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    if decomposed and decomposed != ch and all(_fits(c, code_page) or c in _SUBSTITUTES for c in decomposed):
        return "".join(_char(c, code_page) for c in decomposed)
    base = _base_letter(ch)
    if base:
        return base
    return UNPRINTABLE


def _fits(ch: str, code_page: str) -> bool:
    try:
        encoded = ch.encode(code_page)
    except UnicodeEncodeError:
        return False
    # Box drawing and other graphics below 0x20 in some pages must not be reached either.
    return len(encoded) == 1 and encoded[0] >= 0x20 and encoded[0] != 0x7F


def _base_letter(ch: str) -> str:
    """'LATIN SMALL LETTER D WITH HOOK' -> 'd': the letter a reader would expect."""
    match = _LETTER_NAME.match(unicodedata.name(ch, ""))
    if not match:
        return ""
    single = [word for word in match.group(2).split() if len(word) == 1 and word.isalpha()]
    if not single:
        return ""
    return single[0].lower() if match.group(1) == "SMALL" else single[0]
