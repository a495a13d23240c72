"""The supervisor's administration screen (pytest-qt) against the real server app, on SQLite and
PostgreSQL: agents, zones, devices with the enrollment QR code, the tax schedule from a date and
the settings; what the supervisor sees, and what the server then holds."""
from __future__ import annotations

import io
import json
from datetime import date

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QDate, QIODevice, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desktop.i18n import Languages
from desktop.supervisor.context import SupervisorContext
from desktop.supervisor.screens import SCREENS
from desktop.tasks import TaskRunner
from desktop.theme import apply_theme
from sync.client.http import Backoff
from sync.client.supervisor import SupervisorCache, SupervisorClient
from sync.server.schema import agents, devices, tax_schedule_versions, zones
from tests.server.conftest import database_url, server, server_factory  # noqa: F401 - the real server fixtures
from tests.server.supervisor_support import PASSWORD, SUPERVISOR, add_supervisor
from tests.server.support import enrolled_device
from tests.ui.conftest import WAIT_MS

SIZE = (1024, 600)


@pytest.fixture
def screen(qtbot, server, tmp_path):  # noqa: ANN001, ANN201, F811
    apply_theme(QApplication.instance())
    add_supervisor(server)
    client = SupervisorClient("http://testserver", server.client._transport,
                              cache=SupervisorCache(tmp_path / "cache.db"), backoff=Backoff(sleep=lambda _s: None))
    client.login(SUPERVISOR, PASSWORD)
    tasks = TaskRunner()
    languages = Languages()
    languages.apply("en")
    spec = next(s for s in SCREENS if s.key == "admin")
    widget = spec.make(SupervisorContext(client, tasks, "en"), None)
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    widget.show()
    qtbot.waitUntil(lambda: all(page.data for page in widget.pages.values()), timeout=WAIT_MS)
    widget.languages = languages
    yield widget
    tasks.wait_for_done()
    languages.release()
    client.close()


def _cells(page) -> list[list[str]]:  # noqa: ANN001
    table = page.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _pick(page, column: int, text: str) -> None:  # noqa: ANN001
    row = next(r for r, cells in enumerate(_cells(page)) if cells[column] == text)
    page.table.selectRow(row)


def _click(qtbot, page, button) -> None:  # noqa: ANN001
    before = page.notice.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.notice.text()) and page.notice.text() != before, timeout=WAIT_MS)


def _settled(qtbot, screen) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not screen.pages["agents"].context.tasks.is_busy(), timeout=WAIT_MS)


def test_agents_and_zones_are_managed_from_the_screen(qtbot, screen, server):  # noqa: F811
    page = screen.pages["agents"]
    assert [row[0] for row in _cells(page)] == ["Ilunga Kabeya", "Mbuyi Tshala"]
    page.name.setText("Kasongo Nkulu")
    page.pin.setText("12")
    _click(qtbot, page, page.add)
    assert page.notice.kind == "error" and "4 to 12 digits" in page.notice.text()
    page.pin.setText("4321")
    page.zones.setText("kat, nde")
    _click(qtbot, page, page.add)
    assert page.notice.kind == "success" and page.notice.text() == "Agent Kasongo Nkulu added."
    _settled(qtbot, screen)
    assert ["Kasongo Nkulu", "Agent", "KAT, NDE", "-", "Active"] in _cells(page)
    assert page.pin.text() == ""
    _pick(page, 0, "Kasongo Nkulu")
    page.zones.setText("NDE")
    _click(qtbot, page, page.set_zones)
    assert page.notice.text() == "Zones of Kasongo Nkulu: NDE."
    _settled(qtbot, screen)
    _pick(page, 0, "Kasongo Nkulu")
    assert page.toggle.text() == "Deactivate"
    _click(qtbot, page, page.toggle)
    _settled(qtbot, screen)
    assert ["Kasongo Nkulu", "Agent", "NDE", "-", "Deactivated"] in _cells(page)
    assert not {r["name"]: r for r in server.rows(agents)}["Kasongo Nkulu"]["active"]

    zones_page = screen.pages["zones"]
    screen.tabs.setCurrentWidget(zones_page)
    zones_page.code.setText("NGA")
    zones_page.name.setText("Nganza")
    _click(qtbot, zones_page, zones_page.add)
    _settled(qtbot, screen)
    _pick(zones_page, 0, "KAT")
    zones_page.code.setText("KAT")
    zones_page.name.setText("Katoka-Centre")
    _click(qtbot, zones_page, zones_page.rename)
    assert zones_page.notice.text() == "Zone KAT is now called Katoka-Centre."
    _settled(qtbot, screen)
    assert [row[:2] for row in _cells(zones_page)] == [["KAT", "Katoka-Centre"], ["LUK", "Lukonga"],
                                                        ["NDE", "Ndesha"], ["NGA", "Nganza"]]
    zones_page.code.setText("NGA")
    _click(qtbot, zones_page, zones_page.add)
    assert zones_page.notice.kind == "error" and "exists already" in zones_page.notice.text()
    assert len(server.rows(zones)) == 4


def _qr_text(page) -> str:  # noqa: ANN001
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    page.qr.pixmap().toImage().save(buffer, "PNG")
    [found] = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))
    return found.text


def test_a_device_is_enrolled_by_its_qr_code_and_revoked(qtbot, screen, server, tmp_path):  # noqa: F811
    enrolled_device(tmp_path / "T07.db", server)
    page = screen.pages["devices"]
    screen.tabs.setCurrentWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT_MS)
    assert _cells(page)[0][:2] == ["T07", "Active"] and _cells(page)[0][3] == "0.1.0"
    page.code.setText("T09")
    page.agents.setText("Mbuyi Tshala")
    _click(qtbot, page, page.make)
    assert page.panel.isVisible()
    code = page.qr_code.text()
    assert page.notice.text() == f"Enrollment code for T09: {code}"
    assert json.loads(_qr_text(page)) == {"server": "http://testserver", "code": code}
    _settled(qtbot, screen)
    assert ["T09", "Waiting to enroll", "never", "-", "Mbuyi Tshala"] in _cells(page)
    screen.grab().save(str(tmp_path / "devices.png"))

    _pick(page, 0, "T07")
    qtbot.mouseClick(page.revoke, Qt.MouseButton.LeftButton)
    assert page.revoke.text() == "Press again to revoke T07"
    assert server.rows(devices)[0]["revoked_at"] is None  # one press revokes nothing
    _click(qtbot, page, page.revoke)
    assert page.notice.text() == "Device T07 revoked: its token is refused from now on."
    _settled(qtbot, screen)
    assert _cells(page)[0][:2] == ["T07", "Revoked"] and server.rows(devices)[0]["revoked_at"]


def test_next_years_rate_and_a_setting_are_set_from_the_screen(qtbot, screen, server):  # noqa: F811
    page = screen.pages["schedule"]
    screen.tabs.setCurrentWidget(page)
    next_year = date.today().year + 1
    page.tax.setCurrentIndex(page.tax.findData("PAT"))
    page.start.setDate(QDate(next_year, 1, 1))
    page.amount.setText("25 000,5x")
    _click(qtbot, page, page.add)
    assert page.notice.kind == "error"
    page.amount.setText("25000")
    page.note.setText("budget voted")
    _click(qtbot, page, page.add)
    assert page.notice.kind == "success", page.notice.text()
    assert f"PAT: CDF\xa025,000 from {next_year}-01-01" in page.notice.text()
    _settled(qtbot, screen)
    rows = [r for r in _cells(page) if r[0] == "PAT Patente"]
    assert rows == [["PAT Patente", "from the start", "CDF\xa020,000", "in force"],
                    ["PAT Patente", f"{next_year}-01-01", "CDF\xa025,000", ""]]
    [version] = server.rows(tax_schedule_versions)
    assert (version["amount"], version["created_by"], version["note"]) == (2_500_000, SUPERVISOR, "budget voted")

    settings = screen.pages["settings"]
    screen.tabs.setCurrentWidget(settings)
    _pick(settings, 0, "retention.fiscal_years")
    assert settings.value.text() == "10"
    settings.value.setText("3")
    _click(qtbot, settings, settings.save)
    assert settings.notice.kind == "error" and "between 5 and 100" in settings.notice.text()
    settings.value.setText("12")
    _click(qtbot, settings, settings.save)
    assert settings.notice.text() == "retention.fiscal_years is now 12."
    _settled(qtbot, screen)
    # Every declared setting is listed (alerts, duplicates, mobile money, retention), by key.
    fiscal = [row[:4] for row in _cells(settings) if row[0] == "retention.fiscal_years"]
    assert fiscal == [["retention.fiscal_years", "12", "10", SUPERVISOR]]
    _click(qtbot, settings, settings.report)
    assert "Fiscal records older than 12 years: 0 events" in settings.notice.text()


@pytest.mark.parametrize("language", ["en", "pt"])
def test_every_tab_at_1024_by_600(qtbot, screen, server, tmp_path, language):  # noqa: F811
    if server.engine.dialect.name != "sqlite":
        pytest.skip("the pictures once are enough")
    screen.languages.apply(language)
    screen.pages["devices"].code.setText("T09")
    screen.pages["devices"].agents.setText("Ilunga Kabeya")
    _click(qtbot, screen.pages["devices"], screen.pages["devices"].make)
    _settled(qtbot, screen)
    for index, key in enumerate(screen.pages):
        screen.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        screen.grab().save(f"/tmp/admin-{language}-{key}.png")
    titles = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    assert titles == (["Agents", "Zones", "Devices", "Tax schedule", "Settings"] if language == "en" else
                      ["Agentes", "Zonas", "Dispositivos", "Tabela de taxas", "Definições"])
    # Touch-sized, and no button cut short in either language at this size.
    for index, page in enumerate(screen.pages.values()):
        screen.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        for button in page.findChildren(QPushButton):
            if button.isVisible():
                assert button.height() >= 44 and button.sizeHint().width() <= button.width() + 1, button.text()
