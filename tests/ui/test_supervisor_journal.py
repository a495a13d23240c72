"""The supervisor's journal screen against the real server (SQLite and PostgreSQL): the devices'
technical journals, newest first, filtered by device and by kind, with the kinds in the
supervisor's language."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from core.auth import login
from desktop.i18n import Languages
from desktop.supervisor.context import SupervisorContext
from desktop.supervisor.journal import JournalScreen
from desktop.supervisor.journal import make as make_journal
from desktop.tasks import TaskRunner
from desktop.theme import apply_theme
from sync.client.http import Backoff
from sync.client.supervisor import SupervisorCache, SupervisorClient
from tests.server.conftest import database_url, server, server_factory  # noqa: F401 - the real server
from tests.server.supervisor_support import PASSWORD, SUPERVISOR, Switch, add_supervisor
from tests.server.support import enrolled_device, push_all
from tests.ui.conftest import WAIT_MS

SHOTS = "/tmp"


def _seed(server, tmp_path) -> None:  # noqa: ANN001
    """T07: a wrong PIN, then its printer set; T08: its language changed."""
    first, token = enrolled_device(tmp_path / "t07.db", server, "T07")
    assert not login(first, first.find_agent("Ilunga Kabeya").id, "0000").ok
    first.save_settings({"printer": {"uri": "bt://00:11:22:33:44:55"}})
    push_all(server, token, first)
    second, second_token = enrolled_device(tmp_path / "t08.db", server, "T08", agent="Mbuyi Tshala")
    second.save_setting("language", "pt")
    push_all(server, second_token, second)


@pytest.fixture
def screen_for(server, tmp_path, qtbot):  # noqa: ANN001, ANN201, F811
    made = []

    def make(language: str = "en") -> JournalScreen:
        apply_theme(QApplication.instance())
        add_supervisor(server)
        transport = Switch(server.client._transport)
        client = SupervisorClient("http://testserver", transport, cache=SupervisorCache(tmp_path / "cache.db"),
                                  backoff=Backoff(sleep=lambda _s: None), max_attempts=1)
        client.transport = transport
        client.login(SUPERVISOR, PASSWORD)
        tasks = TaskRunner()
        screen = make_journal(SupervisorContext(client, tasks, language, "Africa/Lubumbashi"), None)
        qtbot.addWidget(screen)
        screen.resize(1024, 600)
        screen.show()
        made.append((client, tasks))
        qtbot.waitUntil(lambda: screen.fetched_at != "", timeout=WAIT_MS)
        return screen

    yield make
    for client, tasks in made:
        tasks.wait_for_done(WAIT_MS)
        client.close()


def _column(screen: JournalScreen, column: int) -> list[str]:
    return [screen.table.item(row, column).text() for row in range(screen.table.rowCount())]


def test_the_journals_are_listed_newest_first_and_filtered_by_device_and_kind(server, tmp_path, qtbot,  # noqa: F811
                                                                               screen_for):
    _seed(server, tmp_path)
    screen = screen_for("en")
    assert _column(screen, 1)[:3] == ["T08", "T07", "T07"]
    assert _column(screen, 3)[:3] == ["Setting changed\nsettings: language", "Setting changed\nsettings: printer",
                                      "Wrong PIN\nfailures: 1"]
    screen.grab().save(f"{SHOTS}/supervisor-journal-en.png")

    screen.device.setCurrentIndex(screen.device.findData("T07"))
    qtbot.waitUntil(lambda: set(_column(screen, 1)) == {"T07"}, timeout=WAIT_MS)
    screen.kind.setCurrentIndex(screen.kind.findData("wrong_pin"))
    qtbot.waitUntil(lambda: _column(screen, 3) == ["Wrong PIN\nfailures: 1"], timeout=WAIT_MS)
    assert _column(screen, 2) == ["Ilunga Kabeya"]  # the agent whose PIN was refused
    assert screen.status.text().startswith("1 entries, newest first.")

    screen.context.client.transport.down = True
    screen.refresh()
    qtbot.waitUntil(lambda: screen.offline, timeout=WAIT_MS)
    assert "Not live: the server cannot be reached." in screen.status.text()
    assert _column(screen, 3) == ["Wrong PIN\nfailures: 1"]  # the last reading, kept


@pytest.mark.parametrize("language", ["fr", "pt"])
def test_the_screen_in_french_and_portuguese(server, tmp_path, qtbot, screen_for, language):  # noqa: F811
    _seed(server, tmp_path)
    languages = Languages(QApplication.instance())
    languages.apply(language)
    try:
        screen = screen_for(language)
        expected = {"fr": ("Journal technique", "Code PIN erroné", "Tous les appareils"),
                    "pt": ("Diário técnico", "PIN errado", "Todos os aparelhos")}[language]
        assert screen.title.text() == expected[0]
        assert any(cell.startswith(expected[1]) for cell in _column(screen, 3))
        assert screen.device.currentText() == expected[2]
        screen.grab().save(f"{SHOTS}/supervisor-journal-{language}.png")
    finally:
        languages.apply("en")


@pytest.mark.parametrize("language", ["fr", "en", "pt"])
def test_the_journal_is_a_tab_of_the_alerts_screen_and_fits_1024_by_600(qtbot, window, server, tmp_path,  # noqa: F811
                                                                         language):
    from PySide6.QtCore import Qt

    from tests.ui.conftest import wait_idle
    from tests.ui.supervisor_support import connect, log_in

    if server.engine.dialect.name != "sqlite":
        pytest.skip("the screen is the same on both databases; once is enough")
    _seed(server, tmp_path)
    add_supervisor(server)
    connect(window, server)
    window.set_language(language)
    log_in(qtbot, window, SUPERVISOR, PASSWORD)
    window.resize(1024, 600)
    supervisor = window.supervisor.window
    qtbot.mouseClick(supervisor.rail_buttons["alerts"], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    alerts = supervisor.screens["alerts"]
    alerts.tabs.setCurrentWidget(alerts.journal)
    journal = alerts.journal
    qtbot.waitUntil(lambda: journal.table.rowCount() == 3, timeout=WAIT_MS)
    assert alerts.tabs.tabText(2) == {"fr": "Journal technique", "en": "Technical journal",
                                      "pt": "Diário técnico"}[language]
    window.resize(1024, 600)
    window.grab().save(f"{SHOTS}/supervisor-journal-tab-{language}.png")
    assert (window.width(), window.height()) == (1024, 600)
    assert not journal.table.horizontalScrollBar().isVisible()
