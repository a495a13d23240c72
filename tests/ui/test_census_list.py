"""The Census page: the forms on the device, a new submission, the drafts in progress (resume,
discard only after a confirmation)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.census_support import (FORM_ID, block, census_form, click, entry, names,  # noqa: F401 - fixture
                                     new_submission, open_census, type_in, visible)
from tests.ui.conftest import WAIT_MS, answer_next_dialog, wait_idle


def texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_the_rail_leads_to_the_forms_on_the_device(qtbot, census_form, logged_in):
    assert logged_in.rail.buttons["census"].text() == "Recensement"
    open_census(qtbot, logged_in)
    qtbot.waitUntil(lambda: logged_in.census.findChild(QWidget, f"census_form_{FORM_ID}") is not None
                    and bool(texts(logged_in.census.findChild(QWidget, f"census_form_{FORM_ID}"))), timeout=WAIT_MS)
    shown = texts(logged_in.census.findChild(QWidget, f"census_form_{FORM_ID}"))
    assert "Recensement des bâtiments" in shown
    assert f"Version 2026112901 · questions : {census_form.question_count}" in shown
    assert "Aucun brouillon en cours." in texts(logged_in.census)


def test_a_new_submission_is_a_draft_kept_until_discarded(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    assert names(logged_in) == ["owner_name", "owner_kind", "owner_phone"]  # the owner group is one page
    type_in(qtbot, logged_in, "owner_name", "Kabasele Ngoyi")
    click(qtbot, entry(logged_in).close_button)
    wait_idle(qtbot, logged_in)
    qtbot.waitUntil(lambda: len(logged_in.census.drafts) == 1, timeout=WAIT_MS)
    draft = logged_in.census.drafts[0]
    assert logged_in.ctx.ledger.draft(draft.id).answers["owner"]["owner_name"] == "Kabasele Ngoyi"
    qtbot.waitUntil(lambda: "Recensement des bâtiments" in texts(
        logged_in.census.findChild(QWidget, f"census_draft_{draft.id}")), timeout=WAIT_MS)

    # Discard asks first; "keep it" keeps it.
    answer_next_dialog(qtbot, lambda dialog: click(qtbot, dialog.cancel_button))
    click(qtbot, visible(qtbot, logged_in.census, f"census_discard_{draft.id}"))
    wait_idle(qtbot, logged_in)
    assert [d.id for d in logged_in.ctx.ledger.drafts()] == [draft.id]

    # Resume shows what was typed.
    click(qtbot, visible(qtbot, logged_in.census, f"census_resume_{draft.id}"))
    qtbot.waitUntil(lambda: entry(logged_in).isVisible() and bool(entry(logged_in).blocks), timeout=WAIT_MS)
    assert block(logged_in, "owner_name").input.line.text() == "Kabasele Ngoyi"
    click(qtbot, entry(logged_in).close_button)

    answer_next_dialog(qtbot, lambda dialog: click(qtbot, dialog.confirm_button))
    click(qtbot, visible(qtbot, logged_in.census, f"census_discard_{draft.id}"))
    qtbot.waitUntil(lambda: not logged_in.census.drafts, timeout=WAIT_MS)
    assert logged_in.ctx.ledger.drafts() == []
    assert "Aucun brouillon en cours." in texts(logged_in.census)
