"""The clock question as the agent sees it: the whole message in view (a long one lost its first
and last lines on a tablet), times as the device's clock shows them in the municipality
(Africa/Lubumbashi, UTC+2, not the UTC timestamps the core records), and no command-line option
in a dialog whose button is the answer."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import WAIT_MS, answer_next_dialog, taxpayer_with_arrears, wait_idle
from tests.ui.test_payment import confirm, open_payment

LOCAL_TIME = re.compile(r"\d\d/\d\d/\d{4} \d\d:\d\d \(UTC\+2\)")
UTC_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def jumped_and_set_back(ledger, clock) -> None:  # noqa: ANN001
    """A clock wrongly three months ahead was confirmed, a payment made, then the clock set right."""
    clock.advance(days=90)
    ledger.confirm_clock_ahead()
    ledger.pay(taxpayer_id=taxpayer_with_arrears(ledger), tax_code="VIG", period="2026", amount=1_000,
               method="cash", advance=True)
    clock.advance(days=-90)


@pytest.mark.parametrize("language", ["fr", "en", "pt"])
@pytest.mark.parametrize("case", ["ahead", "back after a jump"])
def test_the_clock_question_is_whole_and_in_local_time(qtbot, logged_in, demo_ledger, with_session, clock,
                                                       case, language):
    main = logged_in
    main.set_language(language)
    main.resize(1024, 600)
    if case == "ahead":
        clock.advance(days=3)
    else:
        jumped_and_set_back(demo_ledger, clock)
    view = open_payment(qtbot, main, taxpayer_with_arrears(demo_ledger))
    seen: dict = {}

    def look(dialog) -> None:  # noqa: ANN001
        body = dialog.body
        seen.update(text=body.text(), shown=body.height(), needed=body.heightForWidth(body.width()),
                    dialog=dialog.frameGeometry(), screen=dialog.screen().availableGeometry(),
                    buttons=[dialog.cancel_button.isVisible(), dialog.confirm_button.isVisible()])
        dialog.reject()

    confirm(qtbot)
    qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    answer_next_dialog(qtbot, look)
    qtbot.waitUntil(lambda: "text" in seen, timeout=WAIT_MS)
    wait_idle(qtbot, main)
    assert seen["shown"] >= seen["needed"], "the message is cut"
    assert seen["screen"].contains(seen["dialog"]) and seen["buttons"] == [True, True]
    assert len(LOCAL_TIME.findall(seen["text"])) == (2 if case == "ahead" else 3)
    assert not UTC_STAMP.search(seen["text"]) and "--clock" not in seen["text"]
    # After "Back", the refusal stays on the form, in the same words.
    qtbot.waitUntil(lambda: LOCAL_TIME.search(view.notice.text()) is not None, timeout=WAIT_MS)
    assert not UTC_STAMP.search(view.notice.text())


def test_a_clock_behind_is_told_in_local_time(qtbot, logged_in, demo_ledger, with_session, clock):
    clock.advance(hours=-1)
    view = open_payment(qtbot, logged_in, taxpayer_with_arrears(demo_ledger))
    confirm(qtbot)
    qtbot.mouseClick(view.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Réglez la date et l'heure" in view.notice.text(), timeout=WAIT_MS)
    assert len(LOCAL_TIME.findall(view.notice.text())) == 2 and not UTC_STAMP.search(view.notice.text())
