"""Refuse invisible characters in what people type: control characters (C0, DEL, C1) and the
bidirectional embeddings, overrides and isolates that make a name or a reason display as
something other than what is stored. The field is named in the refusal."""
from __future__ import annotations

import unicodedata
from typing import Any

from core.errors import QuittanceError
from core.messages import translate

# LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI: each changes how the text around it is shown.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class ControlCharacterError(QuittanceError):
    """`field` is a key such as "name"; the message names it in the user's language."""

    def __init__(self, field: str, position: int) -> None:
        super().__init__("control_character", field=field, position=position)

    def message(self, locale: str = "fr") -> str:
        label = translate(f"field_{self.params['field']}", locale)
        return translate(self.code, locale, field=label, position=self.params["position"])


# Longer than any name, address or reason anyone types: a 100,000-character name was recorded,
# signed, and sent to the printer. Generous, one limit for every field.
MAX_TEXT = 500


class TextTooLongError(QuittanceError):
    def __init__(self, field: str, length: int) -> None:
        super().__init__("text_too_long", field=field, length=length, maximum=MAX_TEXT)

    def message(self, locale: str = "fr") -> str:
        label = translate(f"field_{self.params['field']}", locale)
        return translate(self.code, locale, **{**self.params, "field": label})


def forbidden_at(text: str) -> int | None:
    """1-based position of the first forbidden character, or None."""
    for index, char in enumerate(text):
        if char in _BIDI_CONTROLS or unicodedata.category(char) == "Cc":
            return index + 1
    return None


def check_text(value: Any, field: str) -> Any:
    """Return `value` unchanged if it is not text or holds only visible characters."""
    if isinstance(value, str):
        position = forbidden_at(value)
        if position is not None:
            raise ControlCharacterError(field, position)
        if len(value) > MAX_TEXT:
            raise TextTooLongError(field, len(value))
    return value


def check_fields(values: dict[str, Any]) -> None:
    for field, value in values.items():
        check_text(value, field)
