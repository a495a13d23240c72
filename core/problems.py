"""What `verify` can find wrong, in the supervisor's language (any language with a catalogue)."""
from __future__ import annotations

from dataclasses import dataclass

from core.catalogues import lookup
from core.messages import DOMAIN

# The texts are in the gettext catalogue `quittance` (core/messages.py), under "problem:<code>".
_CONTEXT = "problem:"


@dataclass(frozen=True)
class Problem:
    seq: int | None  # the event concerned, when there is one
    code: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, seq: int | None, code: str, **params: object) -> "Problem":
        return cls(seq, code, tuple(params.items()))

    def message(self, locale: str = "en") -> str:
        text = self._body(locale)
        if self.seq is None:
            return text
        return _text("event_prefix", locale).format(seq=self.seq) + text

    @property
    def detail(self) -> str:
        """In English, the source language: what logs and the JSON output carry."""
        return self._body("en")

    def _body(self, locale: str) -> str:
        return _text(self.code, locale).format(**dict(self.params))

    def __str__(self) -> str:
        return self.message("en")


def _text(code: str, locale: str) -> str:
    text = lookup(DOMAIN, _CONTEXT + code, locale)
    if text is None:
        raise KeyError(f"no catalogue message for verify problem {code!r}")
    return text
