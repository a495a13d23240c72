"""No French on an English or Portuguese screen (issue 9): the walker opens every screen of the
app in each language, with its refusals and dialogs, and every text a user can see is searched
for French words. Each leak is named with the screen it was on."""
from __future__ import annotations

import pytest

from tests.french_words import french_typography_in, french_words_in
from tests.ui.walker import SCREENS, Walk, walk


@pytest.mark.parametrize("language", ["en", "pt"])
def test_no_screen_shows_french(qtbot, window, demo_ledger, clock, language):
    seen = walk(Walk(qtbot, window, demo_ledger, clock, language))
    screens = {screen for screen, _, _ in seen}
    assert {"login", "home", "search with results", "taxpayer card", "payment: period refused",
            "void dialog", "registration: name refused", "session: closed, Z-report", "settings", "sync",
            "shortcuts dialog", "clock dialog", "storage banner"} <= screens, "a screen was not reached"
    allowed = (window.ctx.municipality_name, *(agent.name for agent in demo_ledger.agents()))
    leaks = sorted({f"[{screen}] {where}: {words} in {text!r}" for screen, where, text in seen
                    if (words := french_words_in(text, language, allowed)
                        + french_typography_in(text, language, allowed))})
    assert not leaks, f"{len(leaks)} French text(s) on {language} screens:\n" + "\n".join(leaks)


def test_the_walker_sees_french_when_french_is_shown(qtbot, window, demo_ledger, clock):
    """The walk itself can fail: in French, the same check finds French on every main screen."""
    seen = walk(Walk(qtbot, window, demo_ledger, clock, "fr"))
    french = {screen for screen, _, text in seen if french_words_in(text, "en")}
    assert {"login", "home", "search with results", "taxpayer card", "payment form", "payment: period refused",
            "void dialog", "registration form", "session: closed, Z-report", "settings", "sync",
            "shortcuts dialog", "clock dialog", "storage banner"} <= french
    assert any("AAAA" in text for screen, _, text in seen if screen == "payment: period refused")
