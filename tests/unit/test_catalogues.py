"""The gettext catalogues of core messages, verify problems and printed words: complete in fr, en and
pt, and open to a language a municipality drops in (a .po from Poedit) without a code change."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from core import catalogues
from core.errors import QuittanceError
from core.messages import supported_locales, translate
from core.problems import Problem
from core.words import amount_in_words, has_words, number_in_words
from desktop.main import main
from printing.labels import colon, field, label, method_name
from printing.receipt import receipt_document
from resources.locale import tools
from resources.locale.port import changed, entries
from tests.printing.conftest import make_paid

REPO = Path(__file__).resolve().parents[2]

# What a translator's tool writes: a header, then msgctxt (the code) / msgid (English) / msgstr.
# The "[ln]" texts stand for a Lingala translation; they are a test's, not a translator's.
LINGALA_QUITTANCE = r'''msgid ""
msgstr ""
"Project-Id-Version: Quittance 1\n"
"Language: ln\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\n"

#, python-brace-format
msgctxt "already_initialised"
msgid "This device is already initialised (code {device_code})."
msgstr "[ln] Esaleli kala (code {device_code})."

#, python-brace-format
msgctxt "cli_initialised"
msgid "unused here: the English text is looked up by its code"
msgstr "[ln] Esaleli {device_code} ({municipality}, {currency}).\n{public_key}"

#, python-brace-format
msgctxt "unknown_taxpayer"
msgid "Taxpayer not found: {taxpayer}."
msgstr "[ln] {mofuti} azali te."

msgctxt "not_initialised"
msgid "This device is not initialised: run \"quittance init\" first."
msgstr ""

#, python-brace-format
msgctxt "problem:event_prefix"
msgid "event #{seq}: "
msgstr "[ln] likambo {seq}: "
'''
LINGALA_RECEIPTS = r'''msgid ""
msgstr ""
"Language: ln\n"
"Content-Type: text/plain; charset=UTF-8\n"

msgctxt "receipt_title"
msgid "PAYMENT RECEIPT"
msgstr "[ln] RECU YA KOFUTA"

msgctxt "colon"
msgid ": "
msgstr " - "
'''


@pytest.fixture
def extra_dir(tmp_path, monkeypatch):
    """A municipality's catalogue folder on QUITTANCE_LOCALE_DIR, holding only .po files."""
    folder = tmp_path / "municipality-locale"
    monkeypatch.setenv(catalogues.ENVIRONMENT, str(folder))
    catalogues.clear_cache()
    yield folder
    monkeypatch.delenv(catalogues.ENVIRONMENT)
    catalogues.clear_cache()


def drop_lingala(folder: Path) -> None:
    (folder / "ln" / "LC_MESSAGES").mkdir(parents=True)
    (folder / "ln" / "LC_MESSAGES" / "quittance.po").write_text(LINGALA_QUITTANCE, encoding="utf-8")
    (folder / "ln" / "LC_MESSAGES" / "receipts.po").write_text(LINGALA_RECEIPTS, encoding="utf-8")
    catalogues.clear_cache()


# -- the shipped catalogues --------------------------------------------------------------------------------------


def test_every_catalogue_is_complete_with_the_same_placeholders_and_compiled():
    assert tools.check() == []


def test_every_code_of_each_template_is_translated_in_fr_en_pt():
    # A floor per domain, so an emptied template fails; the verification page has few words.
    floors = {"verifypage": 30, "opendata": 25}
    for domain in tools.DOMAINS:
        template = {m.context: m.id for m in tools.read(tools.template_path(domain)) if m.id}
        assert len(template) > floors.get(domain, 50), domain
        for lang in ("fr", "en", "pt"):
            found = {m.context: m for m in tools.read(tools.po_path(lang, domain)) if m.id}
            assert found.keys() == template.keys(), (domain, lang)
            for code, english in template.items():
                assert found[code].string and not found[code].fuzzy, (domain, lang, code)
                assert tools.placeholders(found[code].string) == tools.placeholders(english), (domain, lang, code)
                if lang == "en":
                    assert found[code].string == english


def test_the_check_finds_an_untranslated_message_a_wrong_placeholder_and_a_stale_mo(tmp_path):
    copy = tmp_path / "locale"
    shutil.copytree(tools.LOCALE_DIR, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    fr = tools.po_path("fr", "quittance", copy)
    fr.write_text(fr.read_text(encoding="utf-8").replace(
        'msgstr "Cet appareil est déjà initialisé (code {device_code})."', 'msgstr ""'), encoding="utf-8")
    pt = tools.po_path("pt", "receipts", copy)
    pt.write_text(pt.read_text(encoding="utf-8").replace('msgstr "Guarde este recibo."', 'msgstr "Guarde {x}."'),
                  encoding="utf-8")
    problems = "\n".join(tools.check(copy))
    assert "fr/LC_MESSAGES/quittance.po: already_initialised is not translated" in problems
    assert "pt/LC_MESSAGES/receipts.po: keep has placeholders ['x']" in problems
    assert "fr/LC_MESSAGES/quittance.mo: out of date" in problems


def test_messages_problems_and_labels_read_from_the_catalogues():
    assert translate("already_initialised", "pt", device_code="T07") == \
        "Este dispositivo já está inicializado (código T07)."
    assert QuittanceError("unknown_zone", zone="Katoka").message("fr") == "Zone inconnue : « Katoka »."
    problem = Problem.of(4, "row_missing", table="payments", row="T07-2026-000001")
    assert problem.message("fr") == ("événement n° 4 : table payments, ligne T07-2026-000001 : inscrite au journal "
                                     "mais absente (supprimée)")
    assert problem.detail == "table payments, row T07-2026-000001: written by the event log but missing (deleted)"
    assert field("agent", "Ilunga", "fr") == "Agent : Ilunga" and field("agent", "Ilunga", "pt") == "Agente: Ilunga"
    assert method_name("mobile_money", "pt") == "Dinheiro móvel" and method_name("cheque", "pt") == "cheque"


def test_an_unsupported_language_is_refused_naming_the_languages_there_are():
    # The refusal takes a {locale} parameter of its own, and lists the catalogues present.
    assert QuittanceError("invalid_locale", locale="xx").message("en") == \
        "Unsupported language: xx. Choose one of: fr, en, pt."


def test_a_missing_translation_shows_the_english_text_never_a_code(extra_dir):
    assert translate("not_initialised", "zz") == "This device is not initialised: run \"quittance init\" first."
    assert label("duplicate", "zz") == "DUPLICATE"
    assert Problem.of(None, "hash").message("zz") == "hash does not match its payload (edited)"


def test_the_app_reads_the_compiled_catalogues_without_babel():
    code = ("import sys; from core.messages import translate; from printing.labels import label; "
            "from core.problems import Problem; "
            "assert translate('unknown_zone', 'pt', zone='X') == 'Zona desconhecida: \"X\".'; "
            "assert label('amount', 'fr') == 'MONTANT'; assert Problem.of(1, 'hash').message('fr'); "
            "print(sorted(m for m in sys.modules if m.startswith('babel')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# -- a language dropped in ---------------------------------------------------------------------------------------


def test_a_po_dropped_in_makes_the_language_available_without_a_code_change(extra_dir):
    assert "ln" not in supported_locales()
    drop_lingala(extra_dir)
    assert supported_locales() == ("fr", "en", "pt", "ln")
    assert translate("already_initialised", "ln", device_code="T07") == "[ln] Esaleli kala (code T07)."
    # An empty msgstr, or a code the translator has not reached yet: the English source text.
    assert translate("not_initialised", "ln") == "This device is not initialised: run \"quittance init\" first."
    assert translate("unknown_zone", "ln", zone="Katoka") == "Unknown zone: \"Katoka\"."
    # A placeholder the translator mistyped: the message in English, not braces.
    assert translate("unknown_taxpayer", "ln", taxpayer="T-1") == "Taxpayer not found: T-1."
    assert Problem.of(2, "hash").message("ln") == "[ln] likambo 2: hash does not match its payload (edited)"
    assert label("receipt_title", "ln") == "[ln] RECU YA KOFUTA" and colon("ln") == " - "
    assert label("amount", "ln") == "AMOUNT"


def test_the_command_line_initialises_and_speaks_a_dropped_in_language(extra_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QUITTANCE_PIN", "1234")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    db = tmp_path / "device.db"
    argv = ["init", "--db", str(db), "--municipality", "Kinshasa", "--currency", "CDF", "--device-code", "K01",
            "--agent", "Ilunga", "--locale", "ln"]
    assert main(argv) == 2  # before the catalogue is there; an uninitialised device speaks French
    assert "Langue non prise en charge : ln. Choisissez parmi : fr, en, pt." in capsys.readouterr().err
    drop_lingala(extra_dir)
    assert main(argv) == 0
    assert capsys.readouterr().out.startswith("[ln] Esaleli K01 (Kinshasa, CDF).")
    assert main(argv) == 2
    assert "[ln] Esaleli kala (code K01)." in capsys.readouterr().err
    assert main(["verify", "--db", str(db)]) == 0  # not translated yet: in English
    assert capsys.readouterr().out.startswith("Intact")


def test_an_unknown_language_at_init_lists_the_catalogues(extra_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QUITTANCE_PIN", "1234")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    drop_lingala(extra_dir)
    code = main(["init", "--db", str(tmp_path / "d.db"), "--municipality", "Kinshasa", "--currency", "CDF",
                 "--device-code", "K01", "--locale", "sw"])
    assert code == 2
    assert "sw" in (err := capsys.readouterr().err) and "fr, en, pt, ln" in err


def test_a_receipt_in_a_language_without_words_leaves_the_amount_in_words_out(extra_dir, tmp_path):
    drop_lingala(extra_dir)
    made = make_paid(tmp_path)
    facts = made.ledger.reads.receipt_facts(made.payment.receipt_no)
    lingala = replace(facts, municipality=replace(facts.municipality, locale="ln"))
    texts = receipt_document(lingala, copy=1).texts()
    made.ledger.close()
    assert "[ln] RECU YA KOFUTA" in texts
    assert texts[texts.index("AMOUNT") + 1] == "15.000\u00a0CDF"  # as CLDR writes Lingala
    assert not any("quinze" in t or "fifteen" in t for t in texts)
    assert "quinze mille francs congolais" in receipt_document(facts, copy=1).texts()


def test_amounts_in_words_come_from_one_module_per_language():
    assert has_words("fr") and has_words("pt") and has_words("en")
    assert not has_words("ln") and not has_words("common") and not has_words("../x")
    assert amount_in_words(1_500_000, "CDF", "ln") == "" and number_in_words(12, "ln") == ""
    assert amount_in_words(1_000_000, "XOF", "fr") == "un million de francs CFA"


# -- catalogue loading -------------------------------------------------------------------------------------------


def test_a_stale_mo_is_not_trusted_and_the_po_is_read(extra_dir):
    folder = extra_dir / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    po = folder / "quittance.po"
    shutil.copy(tools.po_path("fr", "quittance"), po)
    shutil.copy(tools.po_path("fr", "quittance").with_suffix(".mo"), folder / "quittance.mo")
    catalogues.clear_cache()
    assert translate("unknown_zone", "fr", zone="A") == "Zone inconnue : « A »."
    po.write_text(po.read_text(encoding="utf-8").replace("Zone inconnue :", "Quartier inconnu :"), encoding="utf-8")
    catalogues.clear_cache()
    assert translate("unknown_zone", "fr", zone="A") == "Quartier inconnu : « A »."


def test_a_municipality_rewords_one_message_and_keeps_the_others(extra_dir):
    folder = extra_dir / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "receipts.po").write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                                        'msgctxt "keep"\nmsgid "Keep this receipt."\n'
                                        'msgstr "Gardez ce reçu, il prouve votre paiement."\n', encoding="utf-8")
    catalogues.clear_cache()
    assert label("keep", "fr") == "Gardez ce reçu, il prouve votre paiement."
    assert label("duplicate", "fr") == "DUPLICATA"


def test_a_damaged_catalogue_falls_back_to_english_instead_of_failing(extra_dir):
    folder = extra_dir / "ln" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "quittance.po").write_bytes(b"msgctxt \"x\nmsgid \x00\xff garbage")
    (folder / "quittance.mo").write_bytes(b"\x00\x01 not a catalogue")
    catalogues.clear_cache()
    assert translate("unknown_zone", "ln", zone="A") == "Unknown zone: \"A\"."


# -- maintenance -------------------------------------------------------------------------------------------------


def test_add_messages_writes_every_po_and_the_template_and_compiles(tmp_path, monkeypatch):
    copy = tmp_path / "locale"
    shutil.copytree(tools.LOCALE_DIR, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    tools.add_messages("receipts", {"queued": {"fr": "En attente d'impression ({count})",
                                               "en": "Waiting to print ({count})",
                                               "pt": "À espera de impressão ({count})"}}, copy)
    assert tools.check(copy) == []
    assert "msgctxt \"queued\"" in tools.template_path("receipts", copy).read_text(encoding="utf-8")
    monkeypatch.setattr(catalogues, "BUILTIN_DIR", copy)
    catalogues.clear_cache()
    try:
        assert label("queued", "pt").format(count=2) == "À espera de impressão (2)"
        assert label("queued", "en").format(count=2) == "Waiting to print (2)"
    finally:
        monkeypatch.undo()
        catalogues.clear_cache()


def test_update_marks_a_translation_fuzzy_when_its_english_text_changes(tmp_path):
    copy = tmp_path / "locale"
    shutil.copytree(tools.LOCALE_DIR, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    pot = tools.template_path("receipts", copy)
    pot.write_text(pot.read_text(encoding="utf-8").replace('msgid "Keep this receipt."',
                                                            'msgid "Keep this receipt safe."'), encoding="utf-8")
    problems = tools.update(copy)
    assert f"{tools.po_path('fr', 'receipts', copy)}: keep is not translated" in problems
    french = {m.context: m for m in tools.read(tools.po_path("fr", "receipts", copy))}
    assert french["keep"].fuzzy and french["keep"].string == "Conservez ce reçu."
    english = {m.context: m for m in tools.read(tools.po_path("en", "receipts", copy))}
    assert english["keep"].string == "Keep this receipt safe." and not english["keep"].fuzzy


def test_port_takes_what_a_branch_added_or_changed_in_the_old_dictionaries():
    base = 'X = 1\n_CATALOGUE: dict = {"a": {"fr": "A", "en": "A", "pt": "A"}, "b": {"fr": "B", "en": "B", "pt": "B"}}\n'
    branch = ('_CATALOGUE: dict = {"a": {"fr": "A", "en": "A", "pt": "A"}, "b": {"fr": "B2", "en": "B", "pt": "B"},\n'
              '    "c": {"fr": "C " "suite", "en": "C", "pt": "C"}}\n')
    assert changed(entries(branch, "_CATALOGUE", ""), entries(base, "_CATALOGUE", "")) == {
        "b": {"fr": "B2", "en": "B", "pt": "B"}, "c": {"fr": "C suite", "en": "C", "pt": "C"}}
    problems = '_PROBLEMS = {"hash": ("edited", "modifié", "alterado")}\n_EVENT_PREFIX = {"en": "e", "fr": "é", "pt": "ê"}'
    assert entries(problems, "_PROBLEMS", "problem:") == {"problem:hash": {"en": "edited", "fr": "modifié",
                                                                           "pt": "alterado"}}
    assert entries(problems, "_EVENT_PREFIX", "problem:") == {"problem:event_prefix": {"en": "e", "fr": "é",
                                                                                       "pt": "ê"}}
