"""The form speaks the app's language: labels, hints, tiles and the form's messages switch with it,
in the middle of a form, and what was typed stays."""
from __future__ import annotations

from tests.ui.census_support import (block, census_form, entry, label_of, new_submission,  # noqa: F401
                                     next_page, problem, tiles, type_in)


def test_switching_language_mid_form(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    type_in(qtbot, logged_in, "owner_phone", "12")
    assert label_of(logged_in, "owner_name") == "Nom du propriétaire *"
    assert problem(logged_in, "owner_phone") == "Numéro de 8 à 16 chiffres"

    logged_in.set_language("en")
    qtbot.waitUntil(lambda: label_of(logged_in, "owner_name") == "Owner's name *", timeout=5_000)
    assert block(logged_in, "owner_name").hint.text() == "Full name, as on the identity document"
    assert tiles(logged_in, "owner_kind") == ["Person", "Business"]
    assert problem(logged_in, "owner_phone") == "A number of 8 to 16 digits"
    assert block(logged_in, "owner_phone").input.line.text() == "12"
    view = entry(logged_in)
    assert (view.next_button.text(), view.back_button.text(), view.close_button.text()) == \
        ("Next", "Back", "Save and close")
    assert view.title.text() == "Recensement des bâtiments"  # the form gives its title in French only

    logged_in.set_language("pt")
    qtbot.waitUntil(lambda: label_of(logged_in, "owner_name") == "Nome do proprietário *", timeout=5_000)
    assert tiles(logged_in, "owner_kind") == ["Pessoa", "Empresa"]
    next_page(qtbot, logged_in)
    assert problem(logged_in, "owner_name") == "Resposta obrigatória"
    assert view.next_button.text() == "Seguinte" and view.progress.text().startswith("Página 1 de ")
