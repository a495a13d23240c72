"""The supervisor's first screen: the collection rate by zone, agent, tax and day (with its line
over the days), receipts and voids per agent, and the last sync of each device. Every chart has
a table view (the Table toggle) and a CSV export; the figures are the server's
(`GET /api/v1/supervisor/dashboard`), read off the UI thread, or the last ones kept offline."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView,
                               QStackedWidget, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from core.export import output_file, write_csv
from core.timezones import local_moment
from desktop.supervisor.context import SupervisorContext
from desktop.supervisor.dashboard_charts import chart_view, draw
from desktop.supervisor.dashboard_frames import RATE_VIEWS, Frame, frames, percent, translate
from desktop.tasks import Latest
from desktop.widgets import Notice, busy_bar, button, label
from sync.client.http import ServerError, Unreachable

DEFAULT_DAYS = 30
TABS = ("rate", "receipts", "devices")


class DashboardScreen(QWidget):
    def __init__(self, context: SupervisorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.context = context
        self.data: dict[str, Any] | None = None
        self.frames: dict[str, Frame] = {}
        self._latest = Latest()
        # Where a CSV goes: a file dialog (tests put their own chooser here).
        self.choose_path: Callable[[str], str] = self._ask_path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(8)
        self.title = label("title", wrap=False)
        layout.addWidget(self.title)  # on its own line: the dates and Refresh then fit 1024 px in every language
        top = QHBoxLayout()
        self.from_label, self.to_label = label("", wrap=False), label("", wrap=False)
        today = date.today()
        self.first = self._date_edit("dashboard_from", today - timedelta(days=DEFAULT_DAYS - 1))
        self.last = self._date_edit("dashboard_to", today)
        for widget in (self.from_label, self.first, self.to_label, self.last):
            top.addWidget(widget)
        self.refresh = button("primary")
        self.refresh.setObjectName("dashboard_refresh")
        self.refresh.setMinimumHeight(44)
        self.refresh.clicked.connect(self.load)
        top.addWidget(self.refresh)
        top.addStretch(1)
        layout.addLayout(top)
        self.summary = label("subtitle")
        self.summary.setObjectName("dashboard_summary")
        layout.addWidget(self.summary)
        self.busy = busy_bar()
        layout.addWidget(self.busy)
        self.notice = Notice()
        layout.addWidget(self.notice)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboard_tabs")
        self.tabs.tabBar().setMinimumHeight(40)
        for _key in TABS:
            self.tabs.addTab(QWidget(), "")
        self.tabs.currentChanged.connect(lambda _i: self.show_current())
        layout.addWidget(self.tabs)
        tools = QHBoxLayout()
        self.dimension = QComboBox()
        self.dimension.setObjectName("dashboard_dimension")
        self.dimension.setMinimumHeight(44)
        for _view in RATE_VIEWS:
            self.dimension.addItem("")
        self.dimension.currentIndexChanged.connect(lambda _i: self.show_current())
        tools.addWidget(self.dimension)
        tools.addStretch(1)
        self.toggle = button()
        self.toggle.setObjectName("dashboard_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setMinimumHeight(44)
        self.toggle.toggled.connect(lambda _on: self.show_current())
        tools.addWidget(self.toggle)
        self.export = button()
        self.export.setObjectName("dashboard_export")
        self.export.setMinimumHeight(44)
        self.export.clicked.connect(self.export_csv)
        tools.addWidget(self.export)
        layout.addLayout(tools)
        self.views = QStackedWidget()
        self.chart = chart_view()
        self.table = QTableWidget()
        self.table.setObjectName("dashboard_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.views.addWidget(self.chart)
        self.views.addWidget(self.table)
        layout.addWidget(self.views, 1)
        self.retranslate()
        self.load()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumHeight(44)
        return edit

    # -- reading -------------------------------------------------------------------------
    def window_params(self) -> dict[str, str]:
        return {"from": self.first.date().toString("yyyy-MM-dd"), "to": self.last.date().toString("yyyy-MM-dd")}

    def load(self) -> None:
        params = self.window_params()
        if params["from"] > params["to"]:
            self.notice.show_message("error", lambda: translate("SupervisorDashboard",
                                                                "The first day is after the last one."))
            return
        client, token = self.context.client, self._latest.next()
        self.busy.show()
        self.context.tasks.submit(lambda: client.read("/dashboard", params),
                                  self._latest.only_latest(token, self._loaded),
                                  self._latest.only_latest(token, self._failed),
                                  label=translate("SupervisorDashboard", "Reading the dashboard"))

    def _loaded(self, reading: Any) -> None:
        self.busy.hide()
        self.notice.clear()
        self.data = reading.data
        self._rebuild()

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        if isinstance(error, Unreachable):
            self.notice.show_message("error", lambda: translate(
                "SupervisorDashboard",
                "The server cannot be reached, and no figures for these days are kept on this device."))
        elif isinstance(error, ServerError) and error.status == 401:
            self.notice.show_message("warning", lambda: translate("SupervisorDashboard",
                                                                  "Log in again to read the figures."))
        elif isinstance(error, ServerError):
            self.notice.show_message("error", lambda: translate("SupervisorDashboard", "The server refused: %1")
                                     .replace("%1", error.message))
        else:
            self.notice.show_message("error", lambda: translate("SupervisorDashboard",
                                                                "The figures could not be read: %1")
                                     .replace("%1", str(error)))

    def _rebuild(self) -> None:
        if self.data is None:
            return
        lang = self.context.language
        self.frames = frames(self.data, lang, self._when)
        total = self.data["total"]
        self.summary.setText(translate("SupervisorDashboard",
                                       "%1 to %2: %3 collected against %4 assessed (%5); %6 of it in these days.")
                             .replace("%1", self._day(self.data["from"])).replace("%2", self._day(self.data["to"]))
                             .replace("%3", self._money(total["collected"]))
                             .replace("%4", self._money(total["assessed"]))
                             .replace("%5", percent(total["rate"], lang))
                             .replace("%6", self._money(total["in_window"])))
        self.show_current()

    def _money(self, amount: int) -> str:
        from core.money import format_money
        currency = (self.data or {}).get("currency", "")
        return format_money(amount, currency, self.context.language) if currency else str(amount)

    @staticmethod
    def _day(iso_day: str) -> str:
        return date.fromisoformat(iso_day).strftime("%d/%m/%Y")

    def _when(self, utc: str) -> str:
        zone = (self.data or {}).get("timezone")
        return local_moment(utc, zone).strftime("%d/%m/%Y %H:%M")

    # -- what is shown -------------------------------------------------------------------
    def current_frame_key(self) -> str:
        tab = TABS[self.tabs.currentIndex()]
        return f"rate_{RATE_VIEWS[self.dimension.currentIndex()]}" if tab == "rate" else tab

    def current_frame(self) -> Frame | None:
        return self.frames.get(self.current_frame_key())

    def show_current(self) -> None:
        self.dimension.setVisible(TABS[self.tabs.currentIndex()] == "rate")
        frame = self.current_frame()
        has_chart = self.current_frame_key() != "devices"  # the devices are a table, oldest sync first
        self.toggle.setEnabled(has_chart)
        self.export.setEnabled(frame is not None)
        if frame is None:
            return
        self._fill_table(frame)
        if has_chart:
            draw(self.chart, frame)
        self.views.setCurrentWidget(self.table if self.toggle.isChecked() or not has_chart else self.chart)

    def _fill_table(self, frame: Frame) -> None:
        self.table.clear()
        self.table.setColumnCount(len(frame.headers))
        self.table.setRowCount(len(frame.shown))
        self.table.setHorizontalHeaderLabels(frame.headers)
        for r, row in enumerate(frame.shown):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c in frame.numeric:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)

    # -- CSV -----------------------------------------------------------------------------
    def _ask_path(self, suggested: str) -> str:
        return QFileDialog.getSaveFileName(self, translate("SupervisorDashboard", "Export as CSV"),
                                           str(Path.home() / suggested),
                                           translate("SupervisorDashboard", "CSV files (*.csv)"))[0]

    def export_csv(self) -> None:
        frame = self.current_frame()
        if frame is None or self.data is None:
            return
        path = self.choose_path(f"{frame.key}-{self.data['from']}-{self.data['to']}.csv")
        if not path:
            return
        out = Path(path)

        def write() -> int:
            # As the device's exports: UTF-8 with a BOM, formula-leading cells neutralised, whole or nothing.
            with output_file(out, "w", encoding="utf-8-sig", newline="") as handle:
                return write_csv(handle, frame.columns, frame.raw)

        def saved(count: int) -> None:
            self.notice.show_message("success", lambda: translate("SupervisorDashboard", "%1 rows saved in %2.")
                                     .replace("%1", str(count)).replace("%2", str(out)))

        def refused(error: BaseException) -> None:
            reason = getattr(error, "strerror", None) or str(error)
            self.notice.show_message("error", lambda: translate("SupervisorDashboard",
                                                                "The file could not be written: %1")
                                     .replace("%1", reason))

        self.context.tasks.submit(write, saved, refused, label=translate("SupervisorDashboard", "Writing the CSV"))

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(translate("SupervisorDashboard", "Dashboard"))
        self.from_label.setText(translate("SupervisorDashboard", "From"))
        self.to_label.setText(translate("SupervisorDashboard", "to"))
        self.refresh.setText(translate("SupervisorDashboard", "Refresh"))
        for index, text in enumerate((translate("SupervisorDashboard", "Collection rate"),
                                      translate("SupervisorDashboard", "Receipts and voids"),
                                      translate("SupervisorDashboard", "Last sync of devices"))):
            self.tabs.setTabText(index, text)
        for index, text in enumerate((translate("SupervisorDashboard", "By zone"),
                                      translate("SupervisorDashboard", "By agent"),
                                      translate("SupervisorDashboard", "By tax"),
                                      translate("SupervisorDashboard", "By day"))):
            self.dimension.setItemText(index, text)
        self.toggle.setText(translate("SupervisorDashboard", "Table"))
        self.toggle.setToolTip(translate("SupervisorDashboard", "Show the figures as a table, or as a chart"))
        self.export.setText(translate("SupervisorDashboard", "Export CSV…"))
        self._rebuild()


def make(context: SupervisorContext, parent: QWidget | None = None) -> QWidget:
    return DashboardScreen(context, parent)
