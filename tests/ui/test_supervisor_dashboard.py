"""The dashboard screen against a real server holding a day pushed by two real devices
(tests/server/reconcile_support.py), on SQLite and PostgreSQL: the figures the supervisor reads,
the chart and its table, the rate over the days, receipts and voids, devices by last sync,
and a CSV written, read back, and safe in a spreadsheet."""
from __future__ import annotations

import csv

import pytest
from PySide6.QtCharts import QBarSeries, QHorizontalBarSeries, QLineSeries
from PySide6.QtCore import QDate, Qt
from sqlalchemy import update

from core.money import format_money
from sync.server.schema import zones
from tests.server.reconcile_support import cash_day
from tests.server.supervisor_support import PASSWORD, SUPERVISOR, add_supervisor
from tests.server.support import ZONE_IDS
from tests.ui.conftest import wait_idle
from tests.ui.supervisor_support import connect, database_url, log_in, server, server_factory  # noqa: F401

TRAP = '=HYPERLINK("http://evil.example","Lukonga")'  # a zone name a spreadsheet would run


@pytest.fixture
def dashboard(qtbot, window, server, tmp_path):  # noqa: ANN001, ANN201
    cash_day(server, tmp_path)
    with server.engine.begin() as conn:
        conn.execute(update(zones).where(zones.c.id == ZONE_IDS["LUK"]).values(name=TRAP))
    add_supervisor(server)
    connect(window, server)
    window.set_language("en")
    log_in(qtbot, window, SUPERVISOR, PASSWORD)
    screen = window.supervisor.window.screens["dashboard"]
    screen.first.setDate(QDate(2026, 11, 24))
    screen.last.setDate(QDate(2026, 11, 24))
    qtbot.mouseClick(screen.refresh, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert screen.data["from"] == "2026-11-24"
    return screen


def table_rows(screen) -> list[list[str]]:  # noqa: ANN001
    table = screen.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def headers(screen) -> list[str]:  # noqa: ANN001
    return [screen.table.horizontalHeaderItem(c).text() for c in range(screen.table.columnCount())]


def test_the_rate_by_zone_as_a_chart_then_as_a_table(qtbot, dashboard):
    money = lambda amount: format_money(amount, "CDF", "en")  # noqa: E731
    assert dashboard.summary.text() == (
        f"24/11/2026 to 24/11/2026: {money(2_800_000)} collected against {money(16_000_000)} assessed (17.5%); "
        f"{money(2_800_000)} of it in these days.")
    assert dashboard.views.currentWidget() is dashboard.chart
    series = dashboard.chart.chart().series()
    assert len(series) == 1 and isinstance(series[0], QHorizontalBarSeries)
    assert [round(v, 2) for v in (series[0].barSets()[0].at(i) for i in range(3))] == [13.6, 0.0, 45.0]
    qtbot.mouseClick(dashboard.toggle, Qt.MouseButton.LeftButton)
    assert dashboard.views.currentWidget() is dashboard.table and dashboard.table.isVisible()
    assert headers(dashboard) == ["Zone", "Assessed", "Collected", "Of which in these days", "Rate"]
    assert table_rows(dashboard) == [
        ["KAT Katoka", money(14_000_000), money(1_900_000), money(1_900_000), "13.6%"],
        [f"LUK {TRAP}", money(0), money(0), money(0), "—"],
        ["NDE Ndesha", money(2_000_000), money(900_000), money(900_000), "45.0%"]]
    qtbot.mouseClick(dashboard.toggle, Qt.MouseButton.LeftButton)
    assert dashboard.views.currentWidget() is dashboard.chart


def test_by_agent_tax_and_day_with_the_line_over_the_days(qtbot, window, dashboard):
    dashboard.toggle.setChecked(True)
    dashboard.dimension.setCurrentIndex(1)
    assert [row[0] for row in table_rows(dashboard)] == ["Ilunga Kabeya", "Mbuyi Tshala"]
    dashboard.dimension.setCurrentIndex(2)
    assert [row[0] for row in table_rows(dashboard)] == ["Droit de place", "Patente"]
    dashboard.first.setDate(QDate(2026, 11, 23))
    dashboard.last.setDate(QDate(2026, 11, 25))
    qtbot.mouseClick(dashboard.refresh, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    dashboard.dimension.setCurrentIndex(3)
    assert [row[:4] for row in table_rows(dashboard)] == [
        ["2026-11-23", format_money(0, "CDF", "en"), format_money(0, "CDF", "en"), "0.0%"],
        ["2026-11-24", format_money(2_800_000, "CDF", "en"), format_money(2_800_000, "CDF", "en"), "17.5%"],
        ["2026-11-25", format_money(300_000, "CDF", "en"), format_money(3_100_000, "CDF", "en"), "19.4%"]]
    dashboard.toggle.setChecked(False)
    lines = {s.name(): [round(p.y(), 1) for p in s.points()] for s in dashboard.chart.chart().series()
             if isinstance(s, QLineSeries)}
    assert lines["All zones"] == [0.0, 17.5, 19.4] and lines["NDE"] == [0.0, 45.0, 45.0]
    assert "LUK" not in lines  # nothing assessed there: no rate to draw


def test_receipts_and_voids_per_agent_and_devices_by_last_sync(qtbot, dashboard):
    dashboard.tabs.setCurrentIndex(1)
    bars = dashboard.chart.chart().series()[0]
    assert isinstance(bars, QBarSeries) and [s.label() for s in bars.barSets()] == ["Receipts", "Voids"]
    assert [bars.barSets()[1].at(i) for i in range(2)] == [2.0, 0.0]
    dashboard.toggle.setChecked(True)
    assert [row[:3] for row in table_rows(dashboard)] == [["Ilunga Kabeya", "6", "2"], ["Mbuyi Tshala", "1", "0"]]
    dashboard.tabs.setCurrentIndex(2)
    assert not dashboard.toggle.isEnabled() and dashboard.views.currentWidget() is dashboard.table
    rows = table_rows(dashboard)
    assert [(r[0], r[1], r[4]) for r in rows] == [("T07", "Ilunga Kabeya", "active"), ("T08", "Mbuyi Tshala", "active")]
    assert rows[0][3] == "0 min ago"


def test_a_csv_is_written_read_back_and_safe(qtbot, window, dashboard, tmp_path):
    out = tmp_path / "zones.csv"
    dashboard.choose_path = lambda suggested: (suggested == "rate_zone-2026-11-24-2026-11-24.csv" or
                                               pytest.fail(suggested)) and str(out)
    qtbot.mouseClick(dashboard.export, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert dashboard.notice.text() == f"3 rows saved in {out}."
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a spreadsheet reads the accents right
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["zone_code", "zone_name", "assessed_minor", "collected_minor", "in_window_minor", "rate",
                       "currency"]
    assert rows[1] == ["KAT", "Katoka", "14000000", "1900000", "1900000", "0.1357", "CDF"]
    assert rows[2][1] == "'" + TRAP  # text, never a formula
    dashboard.tabs.setCurrentIndex(1)
    out = tmp_path / "receipts.csv"
    dashboard.choose_path = lambda _suggested: str(out)
    qtbot.mouseClick(dashboard.export, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert list(csv.reader(out.read_text("utf-8-sig").splitlines()))[1:] == [
        ["Ilunga Kabeya", "6", "2", "1900000", "CDF"], ["Mbuyi Tshala", "1", "0", "900000", "CDF"]]


def test_the_figures_follow_the_language(qtbot, window, dashboard):
    dashboard.toggle.setChecked(True)
    window.set_language("pt")
    assert headers(dashboard)[4] == "Taxa" and table_rows(dashboard)[0][4] == "13,6%"
    assert dashboard.tabs.tabText(0) == "Taxa de cobrança"
    qtbot.waitUntil(lambda: window.supervisor.window.rail_buttons["dashboard"].text() == "Painel")
