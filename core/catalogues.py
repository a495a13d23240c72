"""Reads the gettext catalogues of the messages outside the Qt screens (resources/locale).

Each message is found by its stable code (msgctxt); msgid is the English source text. The
compiled .mo files are read with the standard library (well under a millisecond per file, once,
on first use), so neither start-up nor the core pays for Babel. A .mo is trusted only if it
matches its .po (by the hash the maintenance tool stamps in it, or for a .mo made by another
tool such as Poedit, by being newer); otherwise the .po itself is read with Babel.

Extra catalogue folders, same layout (<lang>/LC_MESSAGES/<domain>.po), come first from
$QUITTANCE_LOCALE_DIR (several joined with os.pathsep): a municipality adds a language, or
rewords a message, without touching the program."""
from __future__ import annotations

import gettext
import os
import re
from functools import lru_cache
from pathlib import Path

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "resources" / "locale"
ENVIRONMENT = "QUITTANCE_LOCALE_DIR"
SOURCE_LOCALE = "en"  # the msgids; the last fallback of every message
CORE_DOMAIN = "quittance"  # a language is available when it has this domain
_FIRST = ("fr", "en", "pt")
_STAMP = "quittance-source"  # msgctxt of the .po's hash in a .mo made by resources/locale/tools.py
_LOCALE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")


def search_path() -> tuple[Path, ...]:
    # Read on every message (a receipt looks up about 25), so the paths are built once per value
    # of the variable; a change of it is still honoured at the next message.
    return _search_path(os.environ.get(ENVIRONMENT, ""))


@lru_cache(maxsize=8)
def _search_path(raw: str) -> tuple[Path, ...]:
    extra = tuple(Path(p) for p in raw.split(os.pathsep) if p)
    return (*extra, BUILTIN_DIR)


def available_locales() -> tuple[str, ...]:
    """The languages with a core catalogue, French, English and Portuguese first."""
    return _available(search_path())


def lookup(domain: str, code: str, locale: str) -> str | None:
    """The text of `code` in `locale`, else in English; None for a code no catalogue knows."""
    dirs = search_path()
    for language in (locale, SOURCE_LOCALE):
        text = _catalogue(dirs, domain, language).get(code)
        if text:
            return text
    return None


def known(domain: str, code: str) -> bool:
    return code in _catalogue(search_path(), domain, SOURCE_LOCALE)


@lru_cache(maxsize=None)
def _available(dirs: tuple[Path, ...]) -> tuple[str, ...]:
    found = set()
    for directory in dirs:
        try:
            children = list(directory.iterdir())
        except OSError:
            continue
        for child in children:
            folder = child / "LC_MESSAGES"
            if _LOCALE.fullmatch(child.name) and any(
                    (folder / f"{CORE_DOMAIN}{ext}").is_file() for ext in (".po", ".mo")):
                found.add(child.name)
    return tuple(sorted(found, key=lambda c: (_FIRST.index(c) if c in _FIRST else len(_FIRST), c)))


@lru_cache(maxsize=None)
def _catalogue(dirs: tuple[Path, ...], domain: str, locale: str) -> dict[str, str]:
    """{code: text} of one language, merged over the search path: earlier folders win per message."""
    table: dict[str, str] = {}
    if not isinstance(locale, str) or not _LOCALE.fullmatch(locale):
        return table
    for directory in reversed(dirs):
        folder = directory / locale / "LC_MESSAGES"
        po, mo = folder / f"{domain}.po", folder / f"{domain}.mo"
        if not po.is_file() and not mo.is_file():
            continue
        try:
            table.update(_load(po, mo))
        except Exception as error:  # a damaged catalogue must never stop a payment: English instead
            import logging

            logging.getLogger(__name__).warning("catalogue %s/%s ignored: %s", folder, domain, error)
    return table


def _load(po: Path, mo: Path) -> dict[str, str]:
    import hashlib  # here, not at import: importing the messages costs nothing until one is shown

    if mo.is_file():
        with mo.open("rb") as handle:
            table = _by_code(gettext.GNUTranslations(handle))
        stamp = table.pop(_STAMP, None)
        if not po.is_file():
            return table
        if stamp is not None:
            if stamp == hashlib.sha256(po.read_bytes()).hexdigest():
                return table
        elif mo.stat().st_mtime >= po.stat().st_mtime:
            return table
    return _read_po(po)


def _by_code(translations: gettext.GNUTranslations) -> dict[str, str]:
    # GNUTranslations keys a message with a context as "context\x04msgid"; we look messages up by
    # context alone, since the caller knows the code, not the English text.
    catalog = translations._catalog  # noqa: SLF001 - the parsed table; gettext has no public iterator
    return {key.split("\x04", 1)[0]: text for key, text in catalog.items()
            if isinstance(key, str) and "\x04" in key and text}


def _read_po(po: Path) -> dict[str, str]:
    from babel.messages.pofile import read_po  # only for a .po without an up-to-date .mo

    with po.open("rb") as handle:
        catalog = read_po(handle, locale=None, domain=po.stem)
    return {m.context: m.string for m in catalog if m.id and m.context and m.string and not m.fuzzy}


def clear_cache() -> None:
    """Forget what was read (tests, or after catalogues were changed while running)."""
    _search_path.cache_clear()  # it holds BUILTIN_DIR as it was
    _available.cache_clear()
    _catalogue.cache_clear()
