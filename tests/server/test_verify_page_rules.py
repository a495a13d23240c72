"""The verification page's small rules: how a name is masked, how a typed number is read, which
language is spoken, and the verdict logic on its own (no HTTP)."""
from __future__ import annotations

import pytest

from core.token import verification_code
from sync.server.verify_logic import mask_name, normalise_number, verify_by_code, verify_by_token
from sync.server.verify_texts import choose_language, text
from sync.server.verify_types import Verdict
from tests.server.verify_support import build_world


@pytest.mark.parametrize("name, shown", [
    ("Kabasélé Ngoyi Françoise", "K. N. Françoise"),
    ("  Kabasélé   Ngoyi  Françoise ", "K. N. Françoise"),
    ("Jean-Pierre Mbuyi", "J.-P. Mbuyi"),
    ("Maria da Conceição dos Santos", "M. C. Santos"),  # particles leave no initial
    ("ilunga kabeya", "I. kabeya"),  # typed in lower case: still a name, not a particle
    ("Mbuyi", "Mbuyi"),
    ("", ""),
    ("Ka\u0301basele Odette", "K. Odette"),  # decomposed accent: still one initial
    ("(Mama) Tshala", "M. Tshala"),
])
def test_every_name_but_the_last_becomes_an_initial(name, shown):
    assert mask_name(name) == shown


@pytest.mark.parametrize("typed, stored", [
    ("T07-2026-000123", "T07-2026-000123"), (" t07-2026-000123 ", "T07-2026-000123"),
    ("T07 2026 000123", "T07-2026-000123"), ("", None), ("T07/2026", None), ("<b>", None), ("A" * 60, None),
])
def test_a_receipt_number_is_read_as_typed(typed, stored):
    assert normalise_number(typed) == stored


@pytest.mark.parametrize("requested, header, default, spoken", [
    (None, None, "fr", "fr"),
    (None, None, "pt", "pt"),
    (None, "en-GB,en;q=0.9", "fr", "en"),
    (None, "de-DE,de;q=0.9", "pt", "pt"),
    (None, "en;q=0.2, pt-AO;q=0.7", "fr", "pt"),
    (None, "pt;q=0, en", "fr", "en"),
    (None, "*", "fr", "fr"),
    (None, "garbage;;q=x,,", "en", "en"),
    ("pt", "en", "fr", "pt"),
    ("EN", None, "fr", "en"),
    ("xx", "fr", "en", "fr"),
    (None, None, "xx", "fr"),  # a default without the page's catalogue: French, not codes
])
def test_the_language_is_the_link_then_the_browser_then_the_municipality(requested, header, default, spoken):
    assert choose_language(requested, header, default) == spoken


def test_every_text_exists_in_each_language_and_differs_from_english():
    for code in ("page_title", "recorded_title", "not_synced_title", "forged_title", "no_match"):
        english = text(code, "en")
        assert english != code
        assert text(code, "fr") != english and text(code, "pt") != english
    assert text("voided_title", "fr", date="15 mars 2026") == "Reçu authentique, annulé le 15 mars 2026"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("rules"))


def test_the_verdicts_and_their_reasons(world):
    def judge(kind):
        return verify_by_token(world.tokens[kind], world.receipts, world.keys, world.municipality)

    assert (judge("recorded").verdict, judge("recorded").reason) == (Verdict.RECORDED, "recorded")
    assert judge("voided").verdict is Verdict.RECORDED and judge("voided").voided_at
    assert judge("not_synced").verdict is Verdict.NOT_SYNCED
    assert judge("not_synced").tax_labels["fr"] == "Droit de place"
    assert (judge("altered").verdict, judge("altered").reason) == (Verdict.FORGED, "bad_signature")
    assert (judge("stranger").verdict, judge("stranger").reason) == (Verdict.FORGED, "unknown_device")
    assert (judge("wrong_key").verdict, judge("wrong_key").reason) == (Verdict.FORGED, "bad_signature")
    assert (judge("mismatch").verdict, judge("mismatch").reason) == (Verdict.FORGED, "mismatch")


def test_a_stored_receipt_whose_token_was_rewritten_is_forged(world):
    number = world.numbers["recorded"]
    original = world.receipts.records[number]
    try:
        # The server's row edited to hold another signed token: the paper no longer agrees with it.
        world.receipts.records[number] = type(original)(**{**original.__dict__, "token": world.tokens["mismatch"]})
        assert verify_by_token(world.tokens["recorded"], world.receipts, world.keys).verdict is Verdict.FORGED
    finally:
        world.receipts.records[number] = original


def test_a_number_and_code_match_only_together(world):
    number, code = world.numbers["recorded"], verification_code(world.tokens["recorded"])
    assert verify_by_code(number, code, world.receipts, world.keys).verdict is Verdict.RECORDED
    assert verify_by_code(number, verification_code(world.tokens["voided"]), world.receipts, world.keys) is None
    assert verify_by_code("T07-2026-999999", code, world.receipts, world.keys) is None
    assert verify_by_code(number, "not a code", world.receipts, world.keys) is None
    # A receipt not synced cannot be found by number: only its QR code carries its signature.
    pending = verification_code(world.tokens["not_synced"])
    assert verify_by_code(world.numbers["not_synced"], pending, world.receipts, world.keys) is None


def test_the_page_uses_only_the_pure_modules_of_core():
    """sync/server never opens the device's store: importing the page brings in no core module that
    does (core.errors and core.messages come with core.token; core.period_words is pure: Babel only)."""
    import subprocess
    import sys

    code = ("import sys, sync.server.verify_page; "
            "print(' '.join(sorted(m for m in sys.modules if m.startswith(('core.', 'printing', 'desktop', 'sqlite3')))))")
    loaded = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split())
    pure = {"core.canonical", "core.catalogues", "core.errors", "core.keys", "core.messages", "core.money",
            "core.period_words", "core.token", "core.words", "core.envelope", "core.ids", "core.export",
            "core.merkle", "core.checkpoint"}  # the transparency log's verifying side: stdlib and cryptography
    assert "core.token" in loaded
    assert {m for m in loaded if not m.startswith("core.words.")} <= pure, loaded - pure


def test_a_language_a_municipality_drops_in_is_spoken_and_offered(tmp_path, monkeypatch):
    from core import catalogues
    from sync.server.verify_texts import offered

    folder = tmp_path / "locale" / "ln" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "verifypage.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: ln\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgctxt "lang_name"\nmsgid "English"\nmsgstr "Lingála"\n\n'
        'msgctxt "page_title"\nmsgid "Receipt verification"\nmsgstr "[ln] Kotala resi"\n', encoding="utf-8")
    monkeypatch.setenv(catalogues.ENVIRONMENT, str(tmp_path / "locale"))
    catalogues.clear_cache()
    try:
        assert offered("ln") == ("ln", "fr", "en", "pt") and offered("fr") == ("fr", "en", "pt")
        assert choose_language(None, "de", "ln") == "ln"
        assert choose_language(None, "pt", "ln") == "pt"
        assert text("page_title", "ln") == "[ln] Kotala resi"
        assert text("form_submit", "ln") == "Check"  # untranslated: English, never a code
    finally:
        monkeypatch.delenv(catalogues.ENVIRONMENT)
        catalogues.clear_cache()
