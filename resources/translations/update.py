"""Refresh the app's translations: extract strings (lupdate), fill new ones, compile (lrelease).

    .venv/bin/python -m resources.translations.update [--refill]

lupdate keeps every finished translation already in the .ts files (translators may edit them
in Qt Linguist); only new or changed strings are filled from catalogue.py. English is the
source language, so its file maps each string to itself. `--refill` rewrites every string
the catalogue knows (after editing the catalogue itself). Exits 1 if a string has no French or
Portuguese yet, naming it."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from resources.translations.catalogue import FR_PT

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = {"fr": "fr_FR", "en": "en_GB", "pt": "pt_PT"}


def _tool(name: str) -> str:
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py"))


def lookup(context: str, source: str, code: str) -> str | None:
    if code == "en":
        return source
    pair = FR_PT.get(f"{context}|{source}") or FR_PT.get(source)
    if pair is None:
        return None
    return pair[0] if code == "fr" else pair[1]


def fill(ts_path: Path, code: str, refill: bool = False) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            unfinished = translation.get("type") == "unfinished" or not (translation.text or "").strip()
            if unfinished or refill:
                text = lookup(name, source, code)
                if text is None and not unfinished:
                    continue  # a translator's own entry: keep it
                if text is None:
                    missing.append(f"{code}: {name}: {source!r}")
                    continue
                translation.text = text
                translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main(argv: list[str] | None = None) -> int:
    refill = "--refill" in (argv if argv is not None else sys.argv[1:])
    missing: list[str] = []
    for code, qt_locale in LANGUAGES.items():
        ts_path = HERE / f"quittance_{code}.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources(), "-ts", str(ts_path), "-no-obsolete",
                        "-locations", "none", "-target-language", qt_locale, "-silent"], cwd=ROOT, check=True)
        missing += fill(ts_path, code, refill)
        subprocess.run([_tool("pyside6-lrelease"), str(ts_path), "-qm", str(HERE / f"quittance_{code}.qm"),
                        "-silent"], cwd=ROOT, check=True)
    for line in missing:
        print("untranslated:", line, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
