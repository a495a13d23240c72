"""Maintenance of the gettext catalogues: add messages, keep every .po in step with its .pot,
compile the .mo files, and check that every language is complete.

Babel does the .po/.mo work here; at run time the app reads the compiled .mo with the
standard library alone (core/catalogues.py), so Babel is only needed when a .po changed
without its .mo (a language dropped in with a translator's tool)."""
from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

LOCALE_DIR = Path(__file__).resolve().parent
DOMAINS = ("quittance", "receipts", "verifypage", "opendata")
SOURCE_LOCALE = "en"  # msgid is the English text; msgctxt is the stable code
REQUIRED_LOCALES = ("fr", "en", "pt")  # must be complete; other languages may be partial
# The .mo carries the SHA-256 of the .po it came from, so a stale .mo is never trusted.
STAMP_CONTEXT, STAMP_ID = "quittance-source", "sha256"
_PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")
_WIDTH = 100


def template_path(domain: str, directory: Path = LOCALE_DIR) -> Path:
    return directory / f"{domain}.pot"


def po_path(locale: str, domain: str, directory: Path = LOCALE_DIR) -> Path:
    return directory / locale / "LC_MESSAGES" / f"{domain}.po"


def locales(directory: Path = LOCALE_DIR) -> list[str]:
    """Every language with at least one .po in `directory`."""
    return sorted(p.name for p in directory.iterdir() if p.is_dir() and list((p / "LC_MESSAGES").glob("*.po")))


def read(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=None, domain=path.stem)


def write(path: Path, catalog: Catalog) -> bool:
    """Write only when the text changes, so that an unchanged catalogue keeps its bytes (and its .mo)."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=_WIDTH, sort_output=False)
    data = buffer.getvalue()
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def new_catalog(locale: str | None, domain: str) -> Catalog:
    catalog = Catalog(locale=locale, domain=domain, project="Quittance", version="1",
                      copyright_holder="Quittance", charset="utf-8")
    catalog.language_team = "Quittance"
    catalog.last_translator = "Quittance"
    return catalog


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text or ""))


def _flags(english: str) -> list[str]:
    return ["python-brace-format"] if placeholders(english) else []


def add_messages(domain: str, entries: dict[str, dict[str, str]], directory: Path = LOCALE_DIR) -> list[str]:
    """Add or replace messages given in the old dictionary format, {code: {"fr": ..., "en": ..., "pt": ...}},
    in the template and in every language's .po, then compile. In a language an entry does not give,
    a new code stays untranslated (English shows) and a reworded one keeps its translation marked
    fuzzy, for the translator to review. Returns the codes written."""
    pot_file = template_path(domain, directory)
    template = read(pot_file) if pot_file.is_file() else new_catalog(None, domain)
    for code, texts in entries.items():
        english = texts[SOURCE_LOCALE]
        _put(template, code, english, "")
    write(pot_file, template)
    languages = set(locales(directory)) | {lang for texts in entries.values() for lang in texts}
    for lang in sorted(languages):
        path = po_path(lang, domain, directory)
        catalog = read(path) if path.is_file() else new_catalog(lang, domain)
        for code, texts in entries.items():
            if lang in texts:  # otherwise synced() adds it untranslated, or marks a changed one fuzzy
                _put(catalog, code, texts[SOURCE_LOCALE], texts[lang])
        write(path, synced(catalog, template, lang))
    compile_all(directory)
    return list(entries)


def _put(catalog: Catalog, code: str, english: str, string: str) -> None:
    notes: tuple[list, list] = ([], [])  # a translator's note on the code survives a rewording
    for message in list(catalog):
        if message.id and message.context == code:
            notes = (message.auto_comments, message.user_comments)
            catalog.delete(message.id, context=code)
    catalog.add(english, string, context=code, flags=_flags(english), auto_comments=notes[0],
                user_comments=notes[1])


def synced(catalog: Catalog, template: Catalog, locale: str) -> Catalog:
    """`catalog` in the template's order and content: new codes untranslated, removed codes dropped,
    and a translation whose English source changed kept but marked fuzzy (so it is not used)."""
    by_code = {m.context: m for m in catalog if m.id}
    result = new_catalog(locale, template.domain)
    result.creation_date = catalog.creation_date
    result.revision_date = catalog.revision_date
    for source in template:
        if not source.id:
            continue
        old: Message | None = by_code.get(source.context)
        flags = set(_flags(source.id))
        if locale == SOURCE_LOCALE:
            string = source.id
        elif old is None:
            string = ""
        else:
            string = old.string
            if old.fuzzy or (old.id != source.id and string):
                flags.add("fuzzy")
        result.add(source.id, string, context=source.context, flags=sorted(flags),
                   auto_comments=source.auto_comments, user_comments=old.user_comments if old else ())
    return result


def update(directory: Path = LOCALE_DIR, required: tuple[str, ...] = REQUIRED_LOCALES,
           templates: Path | None = None) -> list[str]:
    """Bring every .po in step with its .pot (the app's, for a municipality's folder: `templates`),
    compile, and return what is still wrong."""
    for domain in DOMAINS:
        pot_file = template_path(domain, templates or directory)
        if not pot_file.is_file():
            continue
        template = read(pot_file)
        for lang in locales(directory):
            path = po_path(lang, domain, directory)
            if path.is_file() or lang in required:
                catalog = read(path) if path.is_file() else new_catalog(lang, domain)
                write(path, synced(catalog, template, lang))
    compile_all(directory)
    return check(directory, required, templates)


def compile_all(directory: Path = LOCALE_DIR) -> list[Path]:
    written = []
    for po in sorted(directory.glob("*/LC_MESSAGES/*.po")):
        mo = po.with_suffix(".mo")
        data = compiled(po)
        if not mo.is_file() or mo.read_bytes() != data:
            mo.write_bytes(data)
            written.append(mo)
    return written


def compiled(po: Path) -> bytes:
    """The .mo bytes of `po`, stamped with the .po's hash."""
    source = po.read_bytes()
    catalog = read_po(io.BytesIO(source), locale=None, domain=po.stem)
    catalog.add(STAMP_ID, hashlib.sha256(source).hexdigest(), context=STAMP_CONTEXT)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def check(directory: Path = LOCALE_DIR, required: tuple[str, ...] = REQUIRED_LOCALES,
          templates: Path | None = None) -> list[str]:
    """Every code of each template translated in every required language with the same placeholders,
    every other language's translations with the right placeholders, and every .mo up to date."""
    problems = []
    for domain in DOMAINS:
        pot_file = template_path(domain, templates or directory)
        if not pot_file.is_file():
            problems.append(f"{pot_file}: missing")
            continue
        template = {m.context: m.id for m in read(pot_file) if m.id}
        for lang in sorted(set(locales(directory)) | set(required)):
            path = po_path(lang, domain, directory)
            if not path.is_file():
                if lang in required:
                    problems.append(f"{path}: missing")
                continue
            found = {m.context: m for m in read(path) if m.id}
            for code, english in template.items():
                message = found.get(code)
                if message is None or not message.string or message.fuzzy:
                    if lang in required:
                        problems.append(f"{path}: {code} is not translated")
                elif placeholders(message.string) != placeholders(english):
                    problems.append(f"{path}: {code} has placeholders {sorted(placeholders(message.string))}, "
                                    f"the English text {sorted(placeholders(english))}")
            for code in found.keys() - template.keys():
                problems.append(f"{path}: {code} is not in {pot_file.name}")
            mo = path.with_suffix(".mo")
            if not mo.is_file() or mo.read_bytes() != compiled(path):
                problems.append(f"{mo}: out of date (run python -m resources.locale.update)")
    return problems
