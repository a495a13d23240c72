"""Drafts: every answer is saved as it is given (a burst of typing is one write); the app stopped
mid-form and started again on the same file finds the form where the agent left it."""
from __future__ import annotations

from core.service import Ledger
from tests.ui.census_support import (block, census_form, click, entry, jump, names,  # noqa: F401 - fixture
                                     new_submission, open_census, tap, type_in, visible)
from tests.ui.conftest import WAIT_MS, log_in, wait_idle

def test_answers_are_saved_as_they_are_given(qtbot, census_form, logged_in):
    new_submission(qtbot, logged_in)
    view = entry(logged_in)
    ledger = logged_in.ctx.ledger
    type_in(qtbot, logged_in, "owner_name", "Tshibanda")
    tap(qtbot, logged_in, "owner_kind", "business")
    # Written in the background a moment after the last answer, without any "save" from the agent.
    qtbot.waitUntil(lambda: ledger.draft(view.draft_id).answers.get("owner", {}).get("owner_kind") == "business",
                    timeout=WAIT_MS)
    assert ledger.draft(view.draft_id).answers["owner"]["owner_name"] == "Tshibanda"

def test_a_draft_survives_the_app_stopping_mid_form(qtbot, census_form, logged_in, demo_ledger):
    new_submission(qtbot, logged_in)
    view = entry(logged_in)
    draft_id = view.draft_id
    type_in(qtbot, logged_in, "owner_name", "Ngalula")
    jump(qtbot, logged_in, "zone")
    tap(qtbot, logged_in, "zone", "ndesha")
    jump(qtbot, logged_in, "building_count")
    type_in(qtbot, logged_in, "building_count", "3")
    # No "save and close", no shutdown: once typing paused, the answers are on disk.
    qtbot.waitUntil(lambda: not view.saver.busy(), timeout=WAIT_MS)

    from desktop.app import build_window

    again = Ledger.open(demo_ledger.store.path, clock=demo_ledger.clock)  # as after a crash: a new process
    main = build_window(again, demo=True)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    try:
        log_in(qtbot, main)
        open_census(qtbot, main)
        click(qtbot, visible(qtbot, main.census, f"census_resume_{draft_id}"))
        qtbot.waitUntil(lambda: main.census.entry.isVisible() and bool(main.census.entry.blocks), timeout=WAIT_MS)
        assert block(main, "owner_name").input.line.text() == "Ngalula"
        jump(qtbot, main, "zone")
        assert block(main, "zone").input.tiles.tiles["ndesha"].isChecked()
        jump(qtbot, main, "building_count")
        assert block(main, "building_count").input.line.text() == "3"
        assert [r for r in main.census.entry.panel_refs() if r.endswith("/plate")] == \
            [f"/data/building[{n}]/plate" for n in (1, 2, 3)]
        assert names(main) == ["building_count"]
    finally:
        wait_idle(qtbot, main)
        main.shutdown()
        main.close()
        again.close()
