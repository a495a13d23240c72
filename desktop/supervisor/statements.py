"""The supervisor's mobile-money statements screen (key "statements").

Choose an operator's statement file (read here, on a worker thread, and sent to the server), map
its columns (the operator's saved mapping is filled in; importing saves what was chosen), then
see what matched and what is flagged on both sides: lines with no receipt, receipts with no line,
the same reference with a different amount. A flag is cleared only with a reason; a cleared flag
stays in the list, with who cleared it and why. Every call goes through the task runner."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QGridLayout, QHBoxLayout, QLineEdit,
                               QPlainTextEdit, QSizePolicy, QTabWidget, QVBoxLayout, QWidget)

from desktop.supervisor.context import SupervisorContext
from desktop.supervisor.statements_tables import (Words, fill_flags, fill_matched, flag_headers, make_table,
                                                  matched_headers, selected_flag)
from desktop.widgets import Notice, button, field_label, label
from sync.client.http import ServerError, Unreachable

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls
MAX_FILE_BYTES = 3 * 1024 * 1024  # the server takes 4 MB of JSON
COLUMN_KEYS = ("reference", "amount", "time", "direction", "status")
OPTIONAL = ("direction", "status")
SHOWN_PROBLEMS = 500


def _narrow(combo: QComboBox) -> None:
    """A long column name in the list must not widen the screen past 1024 px."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(5)


def read_text(path: str) -> str:
    """The file's text, without a byte-order mark (UTF-8, else Windows-1252 as old Excel writes)."""
    data = Path(path).read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise ValueError("too_large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.lstrip("\ufeff")


class StatementsScreen(QWidget):
    def __init__(self, context: SupervisorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statements")
        self.context = context
        self.mappings: dict[str, dict[str, Any]] = {}
        self.text: str | None = None
        self.filename = ""
        self.answer: dict[str, Any] | None = None
        self.reload: Callable[[], None] = self.show_range
        # Tests replace this to answer the file dialog.
        self.pick_file: Callable[[], str] = lambda: QFileDialog.getOpenFileName(
            self, translate("Statements", "Operator's statement"), "",
            translate("Statements", "CSV files (*.csv *.txt);;All files (*)"))[0]

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.title = label("subtitle", wrap=True)  # wraps rather than widen the window past 1024 px
        top.addWidget(self.title)
        top.addStretch(1)
        self.from_label, self.to_label = field_label(), field_label()
        self.date_from, self.date_to = QDateEdit(QDate.currentDate().addDays(-7)), QDateEdit(QDate.currentDate())
        for name, edit in (("date_from", self.date_from), ("date_to", self.date_to)):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setMinimumHeight(44)
        self.show_button = button()
        self.show_button.setObjectName("show_range")
        self.show_button.clicked.connect(self.show_range)
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to, self.show_button):
            top.addWidget(widget)
        layout.addLayout(top)
        self.notice = Notice()
        self.notice.setObjectName("statements_notice")
        layout.addWidget(self.notice)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("statements_tabs")
        self.tabs.addTab(self._import_tab(), "")
        self.tabs.addTab(self._flags_tab(), "")
        self.matched = make_table("matched_table", 5, 4)
        self.tabs.addTab(self.matched, "")
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.load_mappings()
        self.show_range()

    # -- layout ---------------------------------------------------------------------------------
    def _import_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(8, 8, 8, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.operator = QComboBox()
        self.operator.setObjectName("operator")
        self.operator.setEditable(True)
        self.operator.setMinimumHeight(44)
        _narrow(self.operator)
        self.operator.currentTextChanged.connect(lambda _t: self.prefill())
        self.choose_button = button()
        self.choose_button.setObjectName("choose_file")
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = label("muted")  # wraps: a long file name must not widen the screen
        self.file_label.setObjectName("file_label")
        self.file_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.operator_label = field_label()
        grid.addWidget(self.operator_label, 0, 0)
        grid.addWidget(self.operator, 0, 1)
        chooser = QHBoxLayout()
        chooser.addWidget(self.choose_button)
        chooser.addWidget(self.file_label, 1)
        grid.addLayout(chooser, 0, 2, 1, 2)
        self.columns: dict[str, QComboBox] = {}
        self.column_labels: dict[str, Any] = {}
        for index, key in enumerate(COLUMN_KEYS):
            combo = QComboBox()
            combo.setObjectName(f"column_{key}")
            combo.setMinimumHeight(44)
            _narrow(combo)
            self.columns[key] = combo
            self.column_labels[key] = field_label()
            row, column = 1 + index % 3, (index // 3) * 2
            grid.addWidget(self.column_labels[key], row, column)
            grid.addWidget(combo, row, column + 1)
        self.date_format_label, self.decimal_label = field_label(), field_label()
        self.date_format = QLineEdit()
        self.date_format.setObjectName("date_format")
        self.date_format.setMinimumHeight(44)
        self.decimal = QComboBox()
        self.decimal.setObjectName("decimal")
        self.decimal.setMinimumHeight(44)
        _narrow(self.decimal)
        self.decimal.addItem("", ",")
        self.decimal.addItem("", ".")
        grid.addWidget(self.date_format_label, 3, 2)
        grid.addWidget(self.date_format, 3, 3)
        grid.addWidget(self.decimal_label, 4, 0)
        grid.addWidget(self.decimal, 4, 1)
        self.import_button = button("primary")
        self.import_button.setObjectName("import_statement")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_file)
        grid.addWidget(self.import_button, 4, 2, 1, 2)
        # Every unreadable line with its number and why: a list that scrolls, however long.
        self.report = QPlainTextEdit()
        self.report.setObjectName("import_report")
        self.report.setReadOnly(True)
        self.report.setMinimumHeight(60)
        grid.addWidget(self.report, 5, 0, 1, 4)
        # The form's labels wrap ("Coluna da data e hora" on two lines) so that four columns fit
        # beside the rail at 1024 px in every language.
        for field in (self.operator_label, self.date_format_label, self.decimal_label, *self.column_labels.values()):
            field.setWordWrap(True)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setRowStretch(5, 1)
        return page

    def _flags_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(4, 4, 4, 4)
        self.flags = make_table("flags_table", 5, 4)
        self.flags.itemSelectionChanged.connect(self._update_clear)
        box.addWidget(self.flags, 1)
        row = QHBoxLayout()
        self.reason = QLineEdit()
        self.reason.setObjectName("clear_reason")
        self.reason.setMinimumHeight(44)
        self.reason.textChanged.connect(lambda _t: self._update_clear())
        self.clear_button = button("primary")
        self.clear_button.setObjectName("clear_flag")
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.clear_flag)
        row.addWidget(self.reason, 1)
        row.addWidget(self.clear_button)
        box.addLayout(row)
        return page

    # -- texts ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(translate("Statements", "Mobile-money statements"))
        self.from_label.setText(translate("Statements", "From"))
        self.to_label.setText(translate("Statements", "to"))
        self.show_button.setText(translate("Statements", "Show"))
        self.operator_label.setText(translate("Statements", "Operator"))
        self.operator.lineEdit().setPlaceholderText(translate("Statements", "e.g. Orange Money"))
        self.choose_button.setText(translate("Statements", "Choose a file…"))
        if not self.filename:
            self.file_label.setText(translate("Statements", "No file chosen"))
        words = {"reference": translate("Statements", "Reference column"),
                 "amount": translate("Statements", "Amount column"),
                 "time": translate("Statements", "Date and time column"),
                 "direction": translate("Statements", "In/out column"),
                 "status": translate("Statements", "Status column")}
        for key, text in words.items():
            self.column_labels[key].setText(text)
        for key in OPTIONAL:
            if self.columns[key].count():
                self.columns[key].setItemText(0, translate("Statements", "(none)"))
        self.date_format_label.setText(translate("Statements", "Date format"))
        self.date_format.setPlaceholderText(translate("Statements", "e.g. %d/%m/%Y %H:%M (empty: 2026-11-24 15:30)"))
        self.decimal_label.setText(translate("Statements", "Decimal separator"))
        self.decimal.setItemText(0, translate("Statements", "comma (1 500,00)"))
        self.decimal.setItemText(1, translate("Statements", "point (1,500.00)"))
        self.import_button.setText(translate("Statements", "Import and match"))
        self.reason.setPlaceholderText(translate("Statements", "Why this flag is cleared (required)"))
        self.clear_button.setText(translate("Statements", "Clear the flag"))
        self.flags.setHorizontalHeaderLabels(flag_headers())
        self.matched.setHorizontalHeaderLabels(matched_headers())
        self._tab_titles()
        if self.answer is not None:
            self.show_answer(self.answer)

    def _tab_titles(self) -> None:
        counts = (self.answer or {}).get("counts", {})
        self.tabs.setTabText(0, translate("Statements", "Import"))
        self.tabs.setTabText(1, translate("Statements", "Flags (%1 open)").replace("%1", str(counts.get("open", 0))))
        self.tabs.setTabText(2, translate("Statements", "Matched (%1)").replace("%1", str(counts.get("matched", 0))))

    # -- work -----------------------------------------------------------------------------------
    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ServerError):
            self.notice.show_message("error", error.message)
        elif isinstance(error, Unreachable):
            self.notice.show_message("error", lambda: translate(
                "Statements", "The server cannot be reached. Nothing was changed; try again when the network is back."))
        elif isinstance(error, ValueError) and str(error) == "too_large":
            self.notice.show_message("error", lambda: translate(
                "Statements", "This file is larger than 3 MB: ask the operator for one statement per week or day."))
        elif isinstance(error, OSError):
            self.notice.show_message("error", lambda: translate("Statements", "The file cannot be read: %1")
                                     .replace("%1", str(error)))
        else:
            self.notice.show_message("error", str(error))

    def load_mappings(self) -> None:
        def done(reading: Any) -> None:
            self.mappings = {m["operator"]: m["mapping"] for m in reading.data["mappings"]}
            typed = self.operator.currentText()
            self.operator.blockSignals(True)
            self.operator.clear()
            self.operator.addItems(sorted(self.mappings))
            self.operator.setEditText(typed or (sorted(self.mappings)[0] if self.mappings else ""))
            self.operator.blockSignals(False)
            self.prefill()
        self.context.tasks.submit(lambda: self.context.client.read("/statements/mappings"), done, self._failed,
                                  label="statements")

    def choose_file(self) -> None:
        path = self.pick_file()
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read the file off the UI thread, then ask the server which columns it has."""
        def read_and_preview() -> tuple[str, dict[str, Any]]:
            text = read_text(path)
            return text, self.context.client.send("/statements/preview", {"text": text})

        def done(value: tuple[str, dict[str, Any]]) -> None:
            self.text, shown = value
            self.filename = Path(path).name
            self.file_label.setText(translate("Statements", "%1: %2 line(s), header on line %3")
                                    .replace("%1", self.filename).replace("%2", str(shown["line_count"]))
                                    .replace("%3", str(shown["header_line"])))
            for key, combo in self.columns.items():
                combo.clear()
                if key in OPTIONAL:
                    combo.addItem(translate("Statements", "(none)"), "")
                for column in shown["columns"]:
                    if column:
                        combo.addItem(column, column)
            self.notice.clear()
            self.prefill()
            self.import_button.setEnabled(True)
        self.context.tasks.submit(read_and_preview, done, self._failed, label="statements")

    def prefill(self) -> None:
        """The operator's saved mapping, where the file has those columns."""
        saved = self.mappings.get(self.operator.currentText().strip())
        if not saved:
            return
        for key, combo in self.columns.items():
            at = combo.findData(saved.get(key) or "")
            if at >= 0:
                combo.setCurrentIndex(at)
        self.date_format.setText(saved.get("date_format") or "")
        self.decimal.setCurrentIndex(max(self.decimal.findData(saved.get("decimal") or "."), 0))

    def mapping(self) -> dict[str, Any]:
        chosen: dict[str, Any] = {key: combo.currentData() or None for key, combo in self.columns.items()}
        saved = self.mappings.get(self.operator.currentText().strip()) or {}
        return {**chosen, "date_format": self.date_format.text().strip(), "decimal": self.decimal.currentData(),
                "direction_in": saved.get("direction_in") or [], "status_ok": saved.get("status_ok") or []}

    def import_file(self) -> None:
        operator = self.operator.currentText().strip()
        if not operator:
            self.notice.show_message("error", lambda: translate("Statements", "Type the operator's name first."))
            return
        if self.text is None:
            return
        body = {"operator": operator, "text": self.text, "filename": self.filename, "mapping": self.mapping()}
        self.import_button.setEnabled(False)

        def done(answer: dict[str, Any]) -> None:
            self.import_button.setEnabled(True)
            self.reload = lambda: self._load(f"/statements/imports/{answer['import']['id']}", None)
            self.show_report(answer["import"])
            self.show_answer(answer)
            self.load_mappings()

        def failed(error: BaseException) -> None:
            self.import_button.setEnabled(True)
            self._failed(error)
        self.context.tasks.submit(lambda: self.context.client.send("/statements/imports", body), done, failed,
                                  label="statements")

    def show_report(self, report: dict[str, Any]) -> None:
        lines = [translate("Statements", "%1 line(s) read: %2 new, %3 already imported, %4 unreadable, %5 skipped.")
                 .replace("%1", str(report["lines_read"])).replace("%2", str(report["new"]))
                 .replace("%3", str(report["already_imported"])).replace("%4", str(len(report["unreadable"])))
                 .replace("%5", str(len(report["skipped"])))]
        for problem in report["unreadable"][:SHOWN_PROBLEMS]:
            lines.append(translate("Statements", "Line %1: %2").replace("%1", str(problem["line"]))
                         .replace("%2", problem["reason"]))
        if len(report["unreadable"]) > SHOWN_PROBLEMS:
            lines.append(translate("Statements", "… and %1 more.")
                         .replace("%1", str(len(report["unreadable"]) - SHOWN_PROBLEMS)))
        self.report.setPlainText("\n".join(lines))
        kind = "warning" if report["unreadable"] else "success"
        self.notice.show_message(kind, lines[0])

    def show_range(self) -> None:
        params = {"from": self.date_from.date().toString("yyyy-MM-dd"),
                  "to": self.date_to.date().toString("yyyy-MM-dd")}
        self.reload = lambda: self._load("/statements/results", params)
        self.reload()

    def _load(self, path: str, params: dict[str, Any] | None) -> None:
        def done(reading: Any) -> None:
            self.show_answer(reading.data)
            if reading.cached:
                self.notice.show_message("warning", lambda: translate(
                    "Statements", "The server cannot be reached: shown as it was at %1.")
                    .replace("%1", reading.fetched_at))
        self.context.tasks.submit(lambda: self.context.client.read(path, params), done, self._failed,
                                  label="statements")

    def show_answer(self, answer: dict[str, Any]) -> None:
        self.answer = answer
        words = Words(answer, self.context.language)
        fill_flags(self.flags, answer["flags"], words)
        fill_matched(self.matched, answer["matched"], words)
        self._tab_titles()
        self._update_clear()

    def _update_clear(self) -> None:
        flag = selected_flag(self.flags)
        self.clear_button.setEnabled(bool(flag and not flag.get("cleared") and len(self.reason.text().strip()) >= 3))

    def clear_flag(self) -> None:
        flag = selected_flag(self.flags)
        if not flag:
            return
        reason = self.reason.text().strip()
        self.clear_button.setEnabled(False)

        def done(cleared: dict[str, Any]) -> None:
            self.reason.clear()
            self.notice.show_message("success", lambda: translate("Statements", "Flag %1 cleared.")
                                     .replace("%1", cleared["id"]))
            self.reload()
        self.context.tasks.submit(
            lambda: self.context.client.send(f"/statements/flags/{flag['id']}/clear", {"reason": reason}),
            done, self._failed, label="statements")


def title() -> str:
    return translate("Statements", "Mobile-money statements")


def make(context: SupervisorContext, parent: QWidget | None = None) -> QWidget:
    return StatementsScreen(context, parent)
