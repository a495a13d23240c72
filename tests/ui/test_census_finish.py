"""Finishing: a problem anywhere jumps to the first bad question with its message; a complete
form shows its summary, and Submit records the submission (and the census's taxpayer)."""
from __future__ import annotations

from tests.ui.census_support import (FORM_ID, block, census_form, click, entry, jump, names,  # noqa: F401
                                     new_submission, problem, tap, type_in)
from tests.ui.conftest import WAIT_MS, wait_idle


def fill_required(qtbot, main) -> None:  # noqa: ANN001
    type_in(qtbot, main, "owner_name", "Kabasele Ngoyi")
    jump(qtbot, main, "zone")
    tap(qtbot, main, "zone", "katoka")
    jump(qtbot, main, "quarter")
    tap(qtbot, main, "quarter", "katoka_2")
    jump(qtbot, main, "location")
    panel = block(main, "location").input.panel
    click(qtbot, panel.manual_button)
    qtbot.keyClicks(panel.lat, "-5.896210")
    qtbot.keyClicks(panel.lon, "22.417100")
    click(qtbot, panel.use_manual)
    jump(qtbot, main, "building_count")
    type_in(qtbot, main, "building_count", "1")
    jump(qtbot, main, "plate")
    type_in(qtbot, main, "plate", "KAT-0042")
    jump(qtbot, main, "building_use")
    tap(qtbot, main, "building_use", "shop")
    jump(qtbot, main, "floor_area")
    type_in(qtbot, main, "floor_area", "84,5")
    jump(qtbot, main, "head_name")
    type_in(qtbot, main, "head_name", "Kabasele")
    jump(qtbot, main, "member_name")
    type_in(qtbot, main, "member_name", "Mbuyi")


def test_finish_jumps_to_the_first_problem(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    view = entry(logged_in)
    jump(qtbot, logged_in, "comments")
    click(qtbot, view.finish_button)
    assert names(logged_in) == ["owner_name", "owner_kind", "owner_phone"]
    assert problem(logged_in, "owner_name") == "Réponse obligatoire"
    assert view.notice.text().startswith("Réponses à donner ou à corriger avant d'envoyer : ")
    assert logged_in.ctx.ledger.submissions(FORM_ID) == []


def test_a_complete_form_is_submitted(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    view = entry(logged_in)
    fill_required(qtbot, logged_in)
    click(qtbot, view.finish_button)
    assert view.sheet is not None and view.sheet.objectName() == "summary_sheet"
    assert view.progress.text() == "Récapitulatif"
    assert view.sheet.problems == []
    assert view.sheet.counts.text().endswith("questions répondues sur %d." % len(view.panel_refs()))
    draft_id = view.draft_id
    click(qtbot, view.sheet.submit)
    qtbot.waitUntil(lambda: logged_in.census.notice.isVisible(), timeout=WAIT_MS)
    wait_idle(qtbot, logged_in)
    assert logged_in.census.notice.text() == "Saisie enregistrée. Elle sera envoyée à la prochaine synchronisation."
    assert logged_in.census.stack.currentIndex() == 0  # back on the list
    [submission] = logged_in.ctx.ledger.submissions(FORM_ID)
    assert submission.answers["owner"]["owner_name"] == "Kabasele Ngoyi"
    assert submission.answers["building"][0]["floor_area"] == "84.5"
    assert submission.taxpayer_id is not None  # the census registered the owner
    card = logged_in.ctx.ledger.reads.taxpayer_card(submission.taxpayer_id)
    assert card.taxpayer["name"] == "Kabasele Ngoyi" and [o.kind for o in card.objects] == ["property"]
    assert [d.id for d in logged_in.ctx.ledger.drafts()] == [] and draft_id
    assert logged_in.census.drafts == []
