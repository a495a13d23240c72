"""Text in the printer's code page: accents kept, the rest substituted sensibly, never '?'."""
from __future__ import annotations

from printing.codepage import encode, printable


def test_french_and_portuguese_accents_are_single_cp858_bytes():
    text = "àâçéèêëîïôùûü ÀÇÉÈÊÔ ãõáíóú ÃÕÁÍÓÚ €"
    assert encode(text, "cp858").decode("cp858") == text
    assert len(encode(text, "cp858")) == len(text)


def test_oe_ligature_prints_as_two_letters():
    assert printable("Sœur Œuvre", "cp858") == "Soeur OEuvre"


def test_letters_outside_the_page_become_their_base_letter_never_a_question_mark():
    name = "Kɔfi Ɛsi Ŋgɔnɛ Ọlákàyé Dʋmɛ Ẹ̀kọ́ Đinh ɓaɗa"
    out = printable(name, "cp858")
    assert "?" not in out and "_" not in out
    assert out == "Kofi Esi NGgone Olákàyé Dvme Eko Dinh bada"


def test_typography_is_flattened_to_what_the_page_has():
    assert printable("l’agent — « reçu » … 15\u202f000", "cp858") == "l'agent - « reçu » ... 15 000"
    assert printable("€", "cp437") == "EUR"


def test_control_characters_in_a_name_never_reach_the_printer():
    # An ESC in a taxpayer's name would otherwise be a printer command (here: cut the paper).
    assert encode("Ngoyi\x1bi\x1dV\x00", "cp858") == b"Ngoyi i V "


def test_scripts_the_page_cannot_show_are_marked_not_guessed():
    assert printable("محمد", "cp858") == "____"
