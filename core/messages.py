"""The core's user-facing messages, in the municipality's language.

Qt translation files cover the desktop's own strings; these are the refusals and summaries
that the core raises, so that the command line and the app say the same thing. The texts live
in the gettext catalogue `quittance` (resources/locale/<lang>/LC_MESSAGES/quittance.po), one
message per stable code (msgctxt), English as the source text; see core/catalogues.py."""
from __future__ import annotations

import os
from typing import Any, Mapping

from core.catalogues import SOURCE_LOCALE, available_locales, lookup

DOMAIN = "quittance"


def supported_locales() -> tuple[str, ...]:
    """Every language with a catalogue: fr, en, pt and any a municipality dropped in."""
    return available_locales()


def __getattr__(name: str) -> Any:
    # SUPPORTED_LOCALES used to be a constant; it now follows the catalogues present.
    if name == "SUPPORTED_LOCALES":
        return supported_locales()
    raise AttributeError(name)


class _Params(dict):
    """The caller's parameters, plus {languages}: the list a refusal can offer."""

    def __missing__(self, key: str) -> str:
        if key == "languages":
            return ", ".join(supported_locales())
        raise KeyError(key)


def translate(code: str, locale: str = "fr", /, **params: Any) -> str:
    # Positional-only, so that a message may itself take a {locale} parameter (invalid_locale).
    # A translation whose placeholders a translator mistyped says it in English rather than
    # showing braces; a code no catalogue knows is shown as is (a programming error, not a user's).
    template = lookup(DOMAIN, code, locale)
    if template is None:
        return code
    try:
        return template.format_map(_Params(params))
    except (KeyError, IndexError, ValueError, AttributeError):
        english = lookup(DOMAIN, code, SOURCE_LOCALE) or template
        try:
            return english.format_map(_Params(params))
        except (KeyError, IndexError, ValueError, AttributeError):
            return english


def system_language(env: Mapping[str, str] | None = None) -> str:
    """The language the system speaks (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), for what is said
    before any device database is open: fr (the app's default) unless it is English or Portuguese."""
    env = os.environ if env is None else env
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = (env.get(key) or "").split(":")[0].lower()
        if value[:2] in ("en", "pt", "fr"):
            return value[:2]
    return "fr"
