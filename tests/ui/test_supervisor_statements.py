"""The supervisor's statements screen against the real server (SQLite and PostgreSQL): devices
pushed mobile-money payments; the supervisor chooses the operator's statement, maps its columns,
imports it, sees matched and flagged lines on both sides, and clears a flag with a reason. The
next time, the operator's mapping is filled in, and the same statement adds nothing.

STATEMENTS_SHOTS=folder also saves the screen at 1024×600 in English and Portuguese there."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from desktop.i18n import Languages
from desktop.supervisor.context import SupervisorContext
from desktop.supervisor.screens import SCREENS
from desktop.supervisor.statements import StatementsScreen
from desktop.tasks import TaskRunner
from desktop.theme import apply_theme
from sync.client.http import Backoff
from sync.client.supervisor import SupervisorClient
from tests.server.conftest import database_url, server, server_factory  # noqa: F401 - the real server
from tests.server.statement_support import ORANGE_CSV, mobile_day
from tests.server.supervisor_support import PASSWORD, SUPERVISOR, add_supervisor
from tests.server.test_supervisor_client import Switch
from tests.ui.conftest import WAIT_MS, type_text

SHOTS = os.environ.get("STATEMENTS_SHOTS")


@pytest.fixture
def screen_of(qtbot, server, tmp_path):  # noqa: ANN001, ANN201, F811
    add_supervisor(server)
    made = []

    def make(language: str = "en") -> StatementsScreen:
        transport = Switch(server.client._transport)
        client = SupervisorClient("http://testserver", transport, backoff=Backoff(sleep=lambda _s: None))
        client.login(SUPERVISOR, PASSWORD)
        tasks = TaskRunner()
        screen = next(s for s in SCREENS if s.key == "statements").make(SupervisorContext(client, tasks, language),
                                                                         None)
        screen.tasks, screen.transport = tasks, transport
        qtbot.addWidget(screen)
        screen.resize(1024, 600)
        screen.show()
        qtbot.waitExposed(screen)
        assert screen.minimumSizeHint().width() <= 1024 and screen.minimumSizeHint().height() <= 600
        idle(qtbot, screen)
        made.append((client, tasks))
        return screen

    apply_theme(QApplication.instance())
    yield make
    for client, tasks in made:
        tasks.wait_for_done()
        client.close()


def idle(qtbot, screen) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not screen.tasks.is_busy(), timeout=WAIT_MS)


def texts(table, column: int) -> list[str]:  # noqa: ANN001
    """Each row's text in `column`, its first line only."""
    return [table.item(row, column).text().split("\n")[0] for row in range(table.rowCount())]


def choose(combo, text: str) -> None:  # noqa: ANN001
    at = combo.findText(text)
    assert at >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(at)


def test_import_map_match_and_clear_a_flag(qtbot, screen_of, server, tmp_path):  # noqa: F811
    day = mobile_day(server, tmp_path)
    statement = tmp_path / "releve-orange.csv"
    statement.write_bytes(ORANGE_CSV.encode("utf-8"))
    screen = screen_of("en")
    screen.pick_file = lambda: str(statement)
    qtbot.mouseClick(screen.choose_button, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    assert screen.file_label.text() == "releve-orange.csv: 9 line(s), header on line 4"
    assert screen.import_button.isEnabled()
    type_text(screen.operator.lineEdit(), "Orange Money")
    choose(screen.columns["reference"], "Référence")
    choose(screen.columns["amount"], "Montant")
    choose(screen.columns["time"], "Date opération")
    choose(screen.columns["direction"], "Sens")
    choose(screen.columns["status"], "Statut")
    type_text(screen.date_format, "%d/%m/%Y %H:%M:%S")
    screen.decimal.setCurrentIndex(screen.decimal.findData(","))
    qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)

    assert screen.report.toPlainText().startswith("5 line(s) read: 5 new, 0 already imported, 2 unreadable, 2 skipped.")
    assert "Line 10: amount 'deux mille' is not a number" in screen.report.toPlainText()
    assert screen.tabs.tabText(1) == "Flags (3 open)" and screen.tabs.tabText(2) == "Matched (3)"
    assert sorted(texts(screen.flags, 0)) == ["Different amount", "No receipt", "Not on the statement"]
    row = texts(screen.flags, 1).index("OM-77821")
    assert screen.flags.item(row, 0).text().startswith("Different amount\nL")  # the flag's name, under it
    assert screen.flags.item(row, 2).text() == "CDF\u00a04,500\n24/11 10:01"  # the operator's amount
    assert screen.flags.item(row, 3).text().startswith(f"{day.receipts['OM-77821']}\nCDF\u00a05,000 · 24/11 10:0")
    assert texts(screen.flags, 4) == ["Open"] * 3
    assert sorted(texts(screen.matched, 0)) == ["MP-LOWER-CASE", "MP241124.1530.A12345", "OM-40404"]
    if SHOTS:
        screen.tabs.setCurrentIndex(1)
        screen.grab().save(str(Path(SHOTS) / "statements-flags-en.png"))
        screen.tabs.setCurrentIndex(0)
        screen.grab().save(str(Path(SHOTS) / "statements-import-en.png"))

    screen.tabs.setCurrentIndex(1)
    screen.flags.selectRow(texts(screen.flags, 0).index("No receipt"))
    assert not screen.clear_button.isEnabled()  # no reason yet
    type_text(screen.reason, "fine paid by mobile money, not a tax")
    assert screen.clear_button.isEnabled()
    qtbot.mouseClick(screen.clear_button, Qt.MouseButton.LeftButton)
    idle(qtbot, screen)
    assert screen.notice.text().startswith("Flag L") and screen.notice.text().endswith("cleared.")
    assert screen.tabs.tabText(1) == "Flags (2 open)"
    assert texts(screen.flags, 4)[-1].startswith(f"Cleared by {SUPERVISOR} (")  # still listed, last
    assert texts(screen.flags, 4)[-1].endswith("fine paid by mobile money, not a tax")
    if SHOTS:
        screen.grab().save(str(Path(SHOTS) / "statements-cleared-en.png"))
        screen.tabs.setCurrentIndex(2)
        screen.grab().save(str(Path(SHOTS) / "statements-matched-en.png"))
        screen.tabs.setCurrentIndex(1)
    screen.flags.selectRow(screen.flags.rowCount() - 1)
    assert not screen.clear_button.isEnabled()  # a cleared flag is not cleared again

    # Another day, another screen: the operator's mapping comes back, and nothing is doubled.
    again = screen_of("pt")
    assert again.operator.currentText() == "Orange Money"
    again.date_from.setDate(QDate(2026, 11, 24))
    again.date_to.setDate(QDate(2026, 11, 24))
    qtbot.mouseClick(again.show_button, Qt.MouseButton.LeftButton)
    idle(qtbot, again)
    assert again.flags.rowCount() == 3 and again.matched.rowCount() == 3
    again.transport.down = True  # offline: the last answer, said to be so
    qtbot.mouseClick(again.show_button, Qt.MouseButton.LeftButton)
    idle(qtbot, again)
    assert again.flags.rowCount() == 3 and again.notice.kind == "warning"
    assert again.notice.text().startswith("The server cannot be reached: shown as it was at")
    again.transport.down = False
    again.pick_file = lambda: str(statement)
    qtbot.mouseClick(again.choose_button, Qt.MouseButton.LeftButton)
    idle(qtbot, again)
    assert again.columns["reference"].currentText() == "Référence"
    assert again.columns["status"].currentText() == "Statut"
    assert again.date_format.text() == "%d/%m/%Y %H:%M:%S" and again.decimal.currentData() == ","
    qtbot.mouseClick(again.import_button, Qt.MouseButton.LeftButton)
    idle(qtbot, again)
    assert again.answer["import"]["new"] == 0 and again.answer["import"]["already_imported"] == 5
    assert again.flags.rowCount() == 3


def test_portuguese_and_a_refused_file(qtbot, screen_of, server, tmp_path):  # noqa: F811
    mobile_day(server, tmp_path)
    languages = Languages()
    languages.apply("pt")
    try:
        screen = screen_of("pt")
        assert screen.title.text() == "Extratos de dinheiro móvel"
        assert screen.tabs.tabText(0) == "Importar"
        statement = tmp_path / "releve.csv"
        statement.write_bytes(ORANGE_CSV.encode("utf-8"))
        screen.pick_file = lambda: str(statement)
        qtbot.mouseClick(screen.choose_button, Qt.MouseButton.LeftButton)
        idle(qtbot, screen)
        type_text(screen.operator.lineEdit(), "Orange Money")
        choose(screen.columns["reference"], "Référence")
        choose(screen.columns["amount"], "Montant")
        choose(screen.columns["time"], "Libellé")  # a wrong column: every line's time is unreadable
        screen.decimal.setCurrentIndex(screen.decimal.findData(","))
        qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)
        idle(qtbot, screen)
        assert screen.report.toPlainText().startswith(
            "0 linha(s) lida(s): 0 nova(s), 0 já importada(s), 9 ilegível(eis), 0 ignorada(s).")
        assert "Linha 5: time 'Paiement marchand'" in screen.report.toPlainText()
        assert screen.notice.kind == "warning"
        if SHOTS:
            screen.grab().save(str(Path(SHOTS) / "statements-import-pt.png"))
        screen.date_from.setDate(QDate(2026, 11, 24))
        screen.date_to.setDate(QDate(2026, 11, 24))
        qtbot.mouseClick(screen.show_button, Qt.MouseButton.LeftButton)
        idle(qtbot, screen)
        assert sorted(texts(screen.flags, 0)) == ["Não está no extrato"] * 5
        if SHOTS:
            screen.tabs.setCurrentIndex(1)
            screen.grab().save(str(Path(SHOTS) / "statements-flags-pt.png"))
        assert screen.size().width() == 1024 and screen.size().height() == 600
    finally:
        languages.release()
