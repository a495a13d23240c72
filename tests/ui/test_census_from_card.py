"""A census started from a taxpayer's card: the draft carries the taxpayer, so the submission
updates that taxpayer rather than registering another."""
from __future__ import annotations

from tests.ui.census_support import FORM_ID, census_form, click, entry, new_submission, visible  # noqa: F401
from tests.ui.conftest import WAIT_MS, taxpayer_with_arrears, wait_idle


def test_the_card_starts_a_census_about_its_taxpayer(qtbot, census_form, logged_in, demo_ledger):
    taxpayer_id = taxpayer_with_arrears(demo_ledger)
    logged_in.open_card(taxpayer_id)
    wait_idle(qtbot, logged_in)
    click(qtbot, logged_in.card.census_button)
    assert logged_in.current_view() is logged_in.census
    assert logged_in.rail.buttons["census"].isChecked()
    qtbot.waitUntil(lambda: logged_in.census.notice.isVisible(), timeout=WAIT_MS)
    assert logged_in.census.notice.text() == "Choisissez le formulaire : la saisie sera liée à ce contribuable."
    click(qtbot, visible(qtbot, logged_in.census, f"census_new_{FORM_ID}"))
    qtbot.waitUntil(lambda: entry(logged_in).session is not None, timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    assert logged_in.ctx.ledger.draft(entry(logged_in).draft_id).taxpayer_id == taxpayer_id
    assert not logged_in.census.notice.isVisible()

    # A census started from the rail afterwards is about nobody in particular.
    click(qtbot, entry(logged_in).close_button)
    wait_idle(qtbot, logged_in)
    new_submission(qtbot, logged_in)
    assert logged_in.ctx.ledger.draft(entry(logged_in).draft_id).taxpayer_id is None
