"""Every message the core, the printing layer and `verify` can say, in English and Portuguese,
holds no French word (issue 9: "AAAA" and French hints leaked into both). The screens are walked
by tests/ui/test_no_french_leak.py; this covers the messages no screen happens to show."""
from __future__ import annotations

import string

import pytest

from tests.french_words import french_typography_in, french_words_in


class _Blank(dict):
    """Format parameters for any message: each placeholder shows as its own name, not French."""

    def __missing__(self, key: str) -> str:
        return f"<{key}>"


def _fill(template: str) -> str:
    return string.Formatter().vformat(template, (), _Blank())


def _catalogued_messages(language: str) -> list[tuple[str, str]]:
    """(code, text) for every message outside the Qt screens: the core's refusals, verify's
    problems, printing's errors and notices (catalogue `quittance`) and the printed words
    (catalogue `receipts`), as each .po gives them (an untranslated one shows its English)."""
    from pathlib import Path

    from babel.messages.pofile import read_po

    from core import messages

    root = Path(messages.__file__).resolve().parents[1] / "resources" / "locale"
    found = []
    for po in sorted(root.glob(f"{language}/LC_MESSAGES/*.po")):
        with po.open("rb") as handle:
            found += [(f"{po.stem} {m.context}", _fill(str(m.string or m.id))) for m in read_po(handle) if m.id]
    assert found, f"no catalogue found for {language} under {root}"
    return found


def _period_refusals(language: str) -> list[tuple[str, str]]:
    from core.schedule import PERIODICITIES, PeriodError

    return [(f"invalid_period ({p})", PeriodError("PAT", "26", p).message(language)) for p in PERIODICITIES]


def _qt_translations(language: str) -> list[tuple[str, str]]:
    """The screens' own strings as shipped in the .ts files (a string left in French there is
    what an English or Portuguese screen would show)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    import resources

    path = Path(resources.__file__).parent / "translations" / f"quittance_{language}.ts"
    return [(f"{context.findtext('name')}: {message.findtext('source')!r}", message.findtext("translation") or "")
            for context in ET.parse(path).getroot().iter("context") for message in context.iter("message")]


def _amounts_in_words(language: str) -> list[tuple[str, str]]:
    from core.words import amount_in_words

    amounts = [0, 1, 21, 80, 99, 101, 1_000, 1_001, 2_000_000, 15_000, 71_091, 1_000_000_000]
    return [(f"{amount} {currency}", amount_in_words(amount * (100 if currency == "CDF" else 1), currency, language))
            for currency in ("CDF", "XOF", "XAF", "AOA") for amount in amounts]


SOURCES = {"catalogued message": _catalogued_messages,
           "period refusal": _period_refusals, "qt translation": _qt_translations,
           "amount in words": _amounts_in_words}


@pytest.mark.parametrize("language", ["en", "pt"])
@pytest.mark.parametrize("source", sorted(SOURCES))
def test_no_message_speaks_french(source, language):
    entries = SOURCES[source](language)
    assert entries, "nothing was checked"
    leaks = [f"{source} {code!r}: {words} in {text!r}" for code, text in entries
             if (words := french_words_in(text, language) + french_typography_in(text, language))]
    assert not leaks, f"{len(leaks)} French leak(s) in {language}:\n" + "\n".join(leaks)


def test_the_finder_finds_french():
    """The word list is not empty of meaning: the old period hint and a French refusal are caught."""
    assert french_words_in('Invalid period for PAT: "26" (expected: AAAA-MM-JJ).', "en") == ["AAAA", "JJ"]
    assert french_words_in("Le reçu est déjà annulé.", "pt")
    assert not french_words_in("Recibo T07-2026-000001 anulado por Kabasélé Félicité, Katoka.", "pt")
