"""What every tab of the administration screen shares: a table read from the server off the UI
thread, an in-line notice for what the server said, and a line saying when an offline reading
was fetched."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.supervisor.context import SupervisorContext
from desktop.widgets import Notice, label
from sync.client.http import ServerError, Unreachable
from sync.client.supervisor import PREFIX

CONTEXT = "SupervisorAdmin"


translate = QCoreApplication.translate  # lupdate reads literal translate("SupervisorAdmin", "text") calls


def language(context: SupervisorContext) -> str:
    """The language the screen speaks now (the supervisor may switch it while it is open)."""
    current = QLocale().name()[:2]
    return current if current in ("fr", "en", "pt") else context.language


class AdminTab(QWidget):
    """A tab: `form` (rows of fields and buttons, see `row`) above `table` (with `body` beside it
    for a panel), `notice` and `stamp` below.
    Subclasses give `path`, `headers()`, `rows(data)` and `retranslate_form()`."""

    path = ""

    def __init__(self, context: SupervisorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data: dict[str, Any] = {}
        self.form = QVBoxLayout()
        self.form.setSpacing(6)
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.setWordWrap(False)
        self.notice = Notice()
        self.stamp = label("muted")
        self.stamp.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.notice)
        self.body = QHBoxLayout()
        self.body.addWidget(self.table, 1)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.stamp)

    def row(self, *widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
        """A row of the form; the fields (not the buttons) share the width."""
        line = QHBoxLayout()
        line.setSpacing(8)
        for widget in widgets:
            line.addWidget(widget, 0 if isinstance(widget, QPushButton) else 1)
        if stretch:
            line.addStretch(0)
        self.form.addLayout(line)
        return line

    # -- to give ----------------------------------------------------------------------------
    def headers(self) -> list[str]:
        return []

    def rows(self, data: dict[str, Any]) -> list[list[str]]:
        return []

    def retranslate_form(self) -> None:
        pass

    def loaded(self, data: dict[str, Any]) -> None:
        """After a reading, for a tab that fills more than its table (choices in its form)."""

    # -- shared -----------------------------------------------------------------------------
    def refresh(self) -> None:
        client = self.context.client
        self.context.tasks.submit(lambda: client.read(self.path), self._read, self._failed, label=translate("SupervisorAdmin", "Reading"))

    def _read(self, reading: Any) -> None:
        self.data = reading.data
        self._fill()
        self.loaded(reading.data)
        if reading.cached:
            self.stamp.setText(translate("SupervisorAdmin", "Server unreachable: shown as read at %1.").replace("%1", reading.fetched_at))
        self.stamp.setVisible(bool(reading.cached))

    def _fill(self) -> None:
        headers = self.headers()
        rows = self.rows(self.data) if self.data else []
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # a long cell is elided at 1024 px; the whole text is one hover away
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if headers:
            header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)

    def selected(self, key: str) -> dict[str, Any] | None:
        """The row picked in the table, as the server sent it (rows are in `self.data[key]`'s order)."""
        row = self.table.currentRow()
        items = self.data.get(key) or []
        return items[row] if 0 <= row < len(items) else None

    def send(self, path: str, body: dict[str, Any], said: Callable[[dict[str, Any]], str],
             method: str = "POST") -> None:
        """A decision, sent off the UI thread; what the server answered is shown, then the table read again."""
        client = self.context.client

        def call() -> dict[str, Any]:
            if method == "POST":
                return client.send(path, body)
            return client.http.call(method, PREFIX + path, json=body)  # PUT: `send` is POST only

        def done(answer: dict[str, Any]) -> None:
            self.notice.show_message("success", said(answer))
            self.after_send(answer)
            self.refresh()

        self.context.tasks.submit(call, done, self._failed, label=translate("SupervisorAdmin", "Sending"))

    def after_send(self, answer: dict[str, Any]) -> None:
        pass

    def refuse(self, text: str) -> None:
        self.notice.show_message("error", text)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ServerError):
            self.notice.show_message("error", translate("SupervisorAdmin", "The server refused: %1").replace("%1", error.message))
        elif isinstance(error, Unreachable):
            self.notice.show_message("error", translate("SupervisorAdmin", "The server cannot be reached. Nothing was changed; try again "
                                                 "when the network is back."))
        else:
            self.notice.show_message("error", str(error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_form()
            self._fill()
        super().changeEvent(event)
