"""The page's words: which language to speak, and each text from the `verifypage` gettext domain
(resources/locale/<lang>/LC_MESSAGES/verifypage.po), with English as the fallback of a message a
language lacks."""
from __future__ import annotations

from core import catalogues

DOMAIN = "verifypage"
OFFERED = ("fr", "en", "pt")  # the languages the page links to; complete by test


def text(code: str, lang: str, **values: object) -> str:
    found = catalogues.lookup(DOMAIN, code, lang)
    if found is None:  # a code missing from every catalogue is a bug; show it rather than fail a citizen
        return code
    return found.format(**values) if values else found


def offered(default: str) -> tuple[str, ...]:
    """The languages linked from the page: fr, en, pt, and the municipality's own if it differs
    and has this domain (a language dropped in by a municipality)."""
    if default in OFFERED or not _has_domain(default):
        return OFFERED
    return (default, *OFFERED)


def choose_language(requested: str | None, accept_language: str | None, default: str) -> str:
    """`?lang=` first, then the browser's Accept-Language (by q-value), then the municipality's."""
    choices = offered(default)
    if requested and requested.strip().lower() in choices:
        return requested.strip().lower()
    for tag in _accepted(accept_language or ""):
        if tag in choices:
            return tag
    return default if _has_domain(default) else "fr"


def _accepted(header: str) -> list[str]:
    """Primary language subtags of an Accept-Language header, best first; q=0 means 'not this'."""
    ranked = []
    for position, item in enumerate(header[:512].split(",")):
        parts = [p.strip() for p in item.split(";")]
        tag = parts[0].split("-")[0].lower()
        quality = 1.0
        for param in parts[1:]:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if tag and tag != "*" and quality > 0:
            ranked.append((-quality, position, tag))
    return [tag for _q, _p, tag in sorted(ranked)]


def _has_domain(lang: str) -> bool:
    """A language speaks on this page when its catalogue names itself (lookups fall back to English,
    so a language without the domain would answer with English's own name)."""
    if lang == catalogues.SOURCE_LOCALE:
        return True
    own = catalogues.lookup(DOMAIN, "lang_name", lang) if isinstance(lang, str) else None
    return own is not None and own != catalogues.lookup(DOMAIN, "lang_name", catalogues.SOURCE_LOCALE)
