"""The supervisor's Reports screen against the real server (SQLite and PostgreSQL): a day's and a
month's reconciliation report and a taxpayer's attestation saved as PDF, found by name; errors in
words; the screen in English and Portuguese at 1024×600."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from desktop.i18n import Languages
from desktop.supervisor.context import SupervisorContext
from desktop.supervisor.screens import SCREENS
from desktop.tasks import TaskRunner
from sync.client.http import Backoff
from sync.client.supervisor import SupervisorCache, SupervisorClient
from sync.server.schema import attestations
from tests.server.conftest import database_url, server, server_factory  # noqa: F401 - the real server
from tests.server.reconcile_support import cash_day
from tests.server.supervisor_support import PASSWORD, SUPERVISOR, add_supervisor
from tests.server.test_report_pdf import pdf_text
from tests.ui.conftest import WAIT_MS, type_text


@pytest.fixture
def screen(qtbot, server, tmp_path):  # noqa: ANN001, ANN201, F811
    cash_day(server, tmp_path)
    add_supervisor(server)
    client = SupervisorClient("http://testserver", server.client._transport,
                              cache=SupervisorCache(tmp_path / "cache.db"), backoff=Backoff(sleep=lambda _s: None))
    client.login(SUPERVISOR, PASSWORD)
    tasks = TaskRunner()
    [spec] = [s for s in SCREENS if s.key == "reports"]
    widget = spec.make(SupervisorContext(client, tasks, language="en"), None)
    qtbot.addWidget(widget)
    widget.resize(1024, 600)
    widget.show()
    qtbot.waitExposed(widget)
    saved: list[Path] = []

    def choose(suggested: str) -> str:
        saved.append(tmp_path / suggested)
        return str(saved[-1])

    widget.choose_path = choose
    widget.saved = saved
    yield widget
    tasks.wait_for_done(WAIT_MS)
    client.close()


def _wait_for(qtbot, widget, words: str) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: words in widget.status.text(), timeout=WAIT_MS)


def test_the_day_and_month_reports_are_saved_as_the_servers_pdf(qtbot, screen, tmp_path):
    screen.day.setDate(QDate(2026, 11, 24))
    qtbot.mouseClick(screen.save_report, Qt.MouseButton.LeftButton)
    _wait_for(qtbot, screen, "Saved:")
    assert screen.saved[-1].name == "reconciliation-2026-11-24.pdf"
    day = pdf_text(screen.saved[-1].read_bytes(), tmp_path, "day.pdf")
    assert "Reconciliation report" in day and "Day: 24 November 2026" in day and "Net collected CDF 28,000" in day
    qtbot.mouseClick(screen.month_choice, Qt.MouseButton.LeftButton)
    assert screen.month.isVisible() and not screen.day.isVisible()
    screen.month.setDate(QDate(2026, 11, 1))
    qtbot.mouseClick(screen.save_report, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "reconciliation-2026-11.pdf" in screen.status.text(), timeout=WAIT_MS)
    month = pdf_text(screen.saved[-1].read_bytes(), tmp_path, "month.pdf")
    assert "Month: November 2026" in month and "Net collected CDF 31,000" in month


def test_a_taxpayer_found_by_name_gets_an_attestation_signed_in_the_supervisors_name(qtbot, screen, server,  # noqa: F811
                                                                                     tmp_path):
    assert not screen.save_attestation.isEnabled()
    qtbot.keyClicks(screen.query, "nobody like this")
    qtbot.keyClick(screen.query, Qt.Key.Key_Return)
    _wait_for(qtbot, screen, "No taxpayer has this name.")
    screen.query.clear()
    type_text(screen.query, "kabasélé")
    qtbot.mouseClick(screen.search_button, Qt.MouseButton.LeftButton)
    _wait_for(qtbot, screen, "1 taxpayer(s) found")
    assert screen.results.item(0).text() == "Kabasélé Ngoyi Françoise — Katoka"
    assert screen.save_attestation.isEnabled()
    screen.year.setValue(2026)
    qtbot.mouseClick(screen.save_attestation, Qt.MouseButton.LeftButton)
    _wait_for(qtbot, screen, "Saved:")
    words = pdf_text(screen.saved[-1].read_bytes(), tmp_path, "att.pdf")
    assert "Payment attestation" in words and "Kabasélé Ngoyi Françoise" in words and f"by {SUPERVISOR}" in words
    [row] = server.rows(attestations)
    assert row["created_by"] == SUPERVISOR and row["code"] in words
    assert json.loads(row["record"])["taxpayer_id"] == screen.selected_taxpayer()[0]


def test_a_refusal_and_a_dead_network_are_said_in_words(qtbot, screen):
    screen.day.setDate(QDate(2026, 11, 24))
    screen.choose_path = lambda _s: "/nonexistent-folder/report.pdf"
    qtbot.mouseClick(screen.save_report, Qt.MouseButton.LeftButton)
    _wait_for(qtbot, screen, "The file could not be written")
    assert screen.save_report.isEnabled()
    screen.context.client.http.token = "not-a-session"
    screen.query.setText("kabas")
    qtbot.mouseClick(screen.search_button, Qt.MouseButton.LeftButton)
    _wait_for(qtbot, screen, "The server refused:")


def test_the_screen_at_1024x600_in_english_and_portuguese(qtbot, screen):
    screen.grab().save("/tmp/reports-en.png")
    assert screen.report_box.title() == "Reconciliation report"
    languages = Languages()
    try:
        languages.apply("pt")
        qtbot.waitUntil(lambda: screen.report_box.title() == "Relatório de conciliação", timeout=WAIT_MS)
        assert screen.save_attestation.text() == "Guardar a declaração em PDF…"
        screen.grab().save("/tmp/reports-pt.png")
        for button in (screen.save_report, screen.save_attestation, screen.search_button):
            assert button.height() >= 44 and button.sizeHint().width() <= button.width(), button.text()
        assert re.fullmatch(r"\d{4}", str(screen.year.value()))
    finally:
        languages.release()
