"""The supervisor's Reports screen: the reconciliation report of a day or a month, and a taxpayer's
payment attestation for a year, each saved as the PDF the server makes.

Every call goes through `context.tasks` (never on the UI thread); the PDF is written to the file
in the same background task. No SQL here: the server's API does the work."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import (QButtonGroup, QDateEdit, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QRadioButton, QSpinBox,
                               QVBoxLayout, QWidget)

from desktop.supervisor.context import SupervisorContext
from sync.client.http import ServerError, Unreachable

TOUCH = 44  # px: the smallest target a finger hits reliably


translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls


def screen_title() -> str:
    return translate("SupervisorReports", "Reports")


def _touch(*widgets: QWidget) -> None:
    for widget in widgets:
        widget.setMinimumHeight(TOUCH)


class ReportsScreen(QWidget):
    def __init__(self, context: SupervisorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # Where a PDF goes: a save dialog; tests replace it with a function that returns a path.
        self.choose_path: Callable[[str], str | None] = self._ask_path
        self._build()
        self.retranslate()

    # -- layout ----------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.report_box = QGroupBox()
        form = QFormLayout(self.report_box)
        self.day_choice, self.month_choice = QRadioButton(), QRadioButton()
        self.day_choice.setChecked(True)
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.day_choice)
        self.kind.addButton(self.month_choice)
        choices = QHBoxLayout()
        choices.addWidget(self.day_choice)
        choices.addWidget(self.month_choice)
        choices.addStretch(1)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.month = QDateEdit(QDate.currentDate())
        self.month.setDisplayFormat("MM/yyyy")
        self.month.setVisible(False)
        self.day_choice.toggled.connect(self._kind_changed)
        self.save_report = QPushButton()
        self.save_report.clicked.connect(self.download_report)
        self.period_label = QLabel()
        period = QHBoxLayout()
        period.addWidget(self.day)
        period.addWidget(self.month)
        period.addWidget(self.save_report)
        period.addStretch(1)
        form.addRow(choices)
        form.addRow(self.period_label, period)
        _touch(self.day_choice, self.month_choice, self.day, self.month, self.save_report)

        self.attestation_box = QGroupBox()
        box = QVBoxLayout(self.attestation_box)
        search = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setMaxLength(100)
        self.query.returnPressed.connect(self.search)
        self.search_button = QPushButton()
        self.search_button.clicked.connect(self.search)
        search.addWidget(self.query, 1)
        search.addWidget(self.search_button)
        self.results = QListWidget()
        self.results.setMinimumHeight(3 * TOUCH)
        self.results.itemSelectionChanged.connect(self._selection_changed)
        year = QHBoxLayout()
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(2000, 2999)
        self.year.setValue(QDate.currentDate().year())
        self.save_attestation = QPushButton()
        self.save_attestation.setEnabled(False)
        self.save_attestation.clicked.connect(self.download_attestation)
        year.addWidget(self.year_label)
        year.addWidget(self.year)
        year.addWidget(self.save_attestation)
        year.addStretch(1)
        box.addLayout(search)
        box.addWidget(self.results, 1)
        box.addLayout(year)
        _touch(self.query, self.search_button, self.year, self.save_attestation)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.report_box)
        layout.addWidget(self.attestation_box, 1)
        layout.addWidget(self.status)

    def retranslate(self) -> None:
        self.report_box.setTitle(translate("SupervisorReports", "Reconciliation report"))
        self.day_choice.setText(translate("SupervisorReports", "One day"))
        self.month_choice.setText(translate("SupervisorReports", "One month"))
        self.period_label.setText(translate("SupervisorReports", "Period"))
        self.save_report.setText(translate("SupervisorReports", "Save the report as PDF…"))
        self.attestation_box.setTitle(translate("SupervisorReports", "Payment attestation"))
        self.query.setPlaceholderText(translate("SupervisorReports", "Taxpayer's name"))
        self.search_button.setText(translate("SupervisorReports", "Search"))
        self.year_label.setText(translate("SupervisorReports", "Year"))
        self.save_attestation.setText(translate("SupervisorReports", "Save the attestation as PDF…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _kind_changed(self, day: bool) -> None:
        self.day.setVisible(day)
        self.month.setVisible(not day)

    def _selection_changed(self) -> None:
        self.save_attestation.setEnabled(bool(self.results.selectedItems()))

    # -- actions ---------------------------------------------------------------------------------
    def report_params(self) -> dict[str, str]:
        if self.day_choice.isChecked():
            return {"date": self.day.date().toString("yyyy-MM-dd"), "lang": self.context.language}
        return {"month": self.month.date().toString("yyyy-MM"), "lang": self.context.language}

    def download_report(self) -> None:
        params = self.report_params()
        period = params.get("date") or params.get("month")
        path = self.choose_path(f"reconciliation-{period}.pdf")
        if not path:
            return
        self._save("/reports/reconciliation.pdf", params, path)

    def search(self) -> None:
        words = self.query.text().strip()
        if not words:
            self._say(translate("SupervisorReports", "Type part of the taxpayer's name first."))
            return
        self.search_button.setEnabled(False)
        self._say(translate("SupervisorReports", "Searching…"))
        client = self.context.client
        self.context.tasks.submit(lambda: client.read("/taxpayers", {"q": words}).data, self._found,
                                  self._search_failed, label=translate("SupervisorReports", "Searching…"))

    def _found(self, data: dict[str, Any]) -> None:
        self.search_button.setEnabled(True)
        self.results.clear()
        for row in data.get("taxpayers", []):
            text = f"{row['name']} — {row['zone']}" if row.get("zone") else row["name"]
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setToolTip(row["id"])
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        found = self.results.count()
        self._say(translate("SupervisorReports", "No taxpayer has this name.") if not found else
                  translate("SupervisorReports", "%1 taxpayer(s) found; pick one and the year.")
                  .replace("%1", str(found)))

    def _search_failed(self, error: BaseException) -> None:
        self.search_button.setEnabled(True)
        self._say(self._why(error))

    def selected_taxpayer(self) -> tuple[str, str] | None:
        items = self.results.selectedItems()
        return (items[0].data(Qt.ItemDataRole.UserRole), items[0].text()) if items else None

    def download_attestation(self) -> None:
        chosen = self.selected_taxpayer()
        if chosen is None:
            return
        year = str(self.year.value())
        path = self.choose_path(f"attestation-{year}.pdf")
        if not path:
            return
        self._save("/attestation.pdf", {"taxpayer": chosen[0], "year": year, "lang": self.context.language}, path)

    def _save(self, endpoint: str, params: dict[str, str], path: str) -> None:
        client = self.context.client
        self.save_report.setEnabled(False)
        self.save_attestation.setEnabled(False)
        self._say(translate("SupervisorReports", "Asking the server for the PDF…"))

        def work() -> str:
            content = client.download(endpoint, params)
            Path(path).write_bytes(content)
            return path

        self.context.tasks.submit(work, self._saved, self._save_failed,
                                  label=translate("SupervisorReports", "Asking the server for the PDF…"))

    def _saved(self, path: str) -> None:
        self._enable()
        self._say(translate("SupervisorReports", "Saved: %1").replace("%1", path))

    def _save_failed(self, error: BaseException) -> None:
        self._enable()
        self._say(self._why(error))

    def _enable(self) -> None:
        self.save_report.setEnabled(True)
        self._selection_changed()

    def _why(self, error: BaseException) -> str:
        if isinstance(error, Unreachable):
            return translate("SupervisorReports", "The server cannot be reached; nothing was saved. Try again when "
                                                  "the network is back.")
        if isinstance(error, ServerError):
            return translate("SupervisorReports", "The server refused: %1").replace("%1", error.message)
        if isinstance(error, OSError):
            return translate("SupervisorReports", "The file could not be written: %1").replace("%1", str(error))
        return translate("SupervisorReports", "Something went wrong: %1").replace("%1", str(error))

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _ask_path(self, suggested: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(self, translate("SupervisorReports", "Save as"),
                                                    str(Path.home() / suggested),
                                                    translate("SupervisorReports", "PDF files (*.pdf)"))
        return path or None


def make(context: SupervisorContext, parent: QWidget | None = None) -> QWidget:
    return ReportsScreen(context, parent)
