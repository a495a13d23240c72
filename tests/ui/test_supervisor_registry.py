"""The supervisor's registry screen against the real server: a conflict made by two devices,
resolved by choosing a value per field, and a duplicate pair merged; a decision without a reason
is refused on the screen. Screenshots at 1024×600 in English and Portuguese go to /tmp."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.i18n import Languages
from desktop.supervisor.context import SupervisorContext
from desktop.supervisor.screens import SCREENS
from desktop.tasks import TaskRunner
from desktop.theme import apply_theme
from sync.client.http import Backoff
from sync.client.supervisor import SupervisorClient
from sync.server.schema import conflict_resolutions, taxpayer_merges
from tests.server.conftest import database_url, server, server_factory  # noqa: F401 - the real server
from tests.server.registry_support import PAIR, seed_decisions
from tests.server.supervisor_support import PASSWORD, SUPERVISOR, add_supervisor

@pytest.fixture
def screen(server, tmp_path, qtbot, qapp):  # noqa: ANN001, F811, ANN201
    seed_decisions(server, tmp_path)
    add_supervisor(server)
    client = SupervisorClient("http://testserver", server.client._transport, backoff=Backoff(sleep=lambda _s: None))
    client.login(SUPERVISOR, PASSWORD)
    apply_theme(qapp)  # the app's own look, for the screenshots
    tasks = TaskRunner()
    languages = Languages()
    languages.apply("en")
    [spec] = [s for s in SCREENS if s.key == "registry"]
    widget = spec.make(SupervisorContext(client, tasks, "en"), None)
    qtbot.addWidget(widget)
    widget.resize(1024, 600)
    widget.show()
    qtbot.waitUntil(lambda: widget.tabs.tabText(0) == "Conflicts (1)" and widget.tabs.tabText(1) == "Duplicates (2)",
                    timeout=15_000)
    yield widget, languages
    tasks.wait_for_done()
    languages.release()
    client.close()


def _notice(qtbot, widget, words: str) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: words in widget.notice.text(), timeout=15_000)


def test_a_conflict_is_resolved_field_by_field_and_a_pair_merged(server, screen, qtbot):  # noqa: F811
    widget, languages = screen
    pane = widget.conflicts
    assert "Kanku Mpoyi Rosalie" in pane.list.item(0).text() and "Address, Phone" in pane.list.item(0).text()
    radios = pane.choices["phone"].buttons()
    assert [r.text().split("\n")[0] for r in radios] == ["+243811111111", "+243822222222"]
    assert "T07" in radios[0].text() and "Ilunga Kabeya" in radios[0].text()
    widget.grab().save("/tmp/registry-conflicts-en.png")

    qtbot.mouseClick(pane.resolve, Qt.MouseButton.LeftButton)
    _notice(qtbot, widget, "Choose a value for: Address, Phone")
    radios[0].setChecked(True)
    qtbot.mouseClick(pane.resolve, Qt.MouseButton.LeftButton)
    _notice(qtbot, widget, "Choose a value for: Address")
    pane.choices["address"].buttons()[1].setChecked(True)
    qtbot.mouseClick(pane.resolve, Qt.MouseButton.LeftButton)
    _notice(qtbot, widget, "Say why")
    assert server.rows(conflict_resolutions) == []
    qtbot.keyClicks(pane.decision.reason, "Phoned her: T07 has the new number")
    qtbot.mouseClick(pane.resolve, Qt.MouseButton.LeftButton)
    _notice(qtbot, widget, "Resolved")
    qtbot.waitUntil(lambda: widget.tabs.tabText(0) == "Conflicts (0)", timeout=15_000)
    [decision] = server.rows(conflict_resolutions)
    assert decision["decided_by"] == SUPERVISOR
    assert decision["choices"] == '{"address":"Katoka, rue 12","phone":"+243811111111"}'
    assert "No conflict to resolve" in pane.heading.text()

    # The duplicates, side by side, in Portuguese.
    widget.tabs.setCurrentIndex(1)
    languages.apply("pt")
    qtbot.waitUntil(lambda: widget.tabs.tabText(1) == "Duplicados (2)", timeout=5_000)
    pairs = widget.duplicates
    assert "mesmo telefone" in pairs.heading.text() and pairs.merge.text() == "Fundir no que é mantido"
    widget.grab().save("/tmp/registry-duplicates-pt.png")
    qtbot.mouseClick(pairs.merge, Qt.MouseButton.LeftButton)
    _notice(qtbot, widget, "Diga porquê")
    assert server.rows(taxpayer_merges) == []
    pairs.keep_b.setChecked(True)
    qtbot.keyClicks(pairs.decision.reason, "O mesmo senhor, registado duas vezes")
    qtbot.mouseClick(pairs.merge, Qt.MouseButton.LeftButton)
    _notice(qtbot, widget, "Fundido")
    qtbot.waitUntil(lambda: widget.tabs.tabText(1) == "Duplicados (1)", timeout=15_000)
    [merge] = server.rows(taxpayer_merges)
    assert (merge["kept_id"], merge["merged_id"], merge["decided_by"]) == (PAIR[1], PAIR[0], SUPERVISOR)
    widget.grab().save("/tmp/registry-after-pt.png")


def test_screenshots_of_both_tabs_in_english_and_portuguese(screen, qtbot):  # noqa: F811
    widget, languages = screen
    for code in ("en", "pt"):
        languages.apply(code)
        for index, name in ((0, "conflicts"), (1, "duplicates")):
            widget.tabs.setCurrentIndex(index)
            qtbot.wait(50)
            widget.grab().save(f"/tmp/registry-{name}-{code}.png")
    assert widget.tabs.tabText(0) == "Conflitos (1)"
