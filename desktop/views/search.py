"""Search as you type: name, phone, ID, receipt number, taxable-object reference."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLineEdit, QListView, QVBoxLayout, QWidget

from desktop.context import AppContext, Changes
from desktop.models.search_model import SearchResultsModel, TaxpayerIdRole
from desktop.search_controller import RESULT_LIMIT, SearchController
from desktop.views.clear_button import add_clear_button
from desktop.views.search_delegate import ROW_HEIGHT, SearchResultDelegate
from desktop.widgets import Links, Notice, busy_bar, button, label

# A query that answers within this time shows no busy bar: one that flashed on every keystroke
# would cost a relayout and a repaint of the screen each time, for nothing the agent could read.
BUSY_AFTER_MS = 300


class _SearchBox(QLineEdit):
    """Down arrow moves into the results, so the keyboard path never needs the mouse."""

    def __init__(self, on_down, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._on_down = on_down

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self._on_down()
            return
        super().keyPressEvent(event)


class SearchView(QWidget):
    taxpayerChosen = Signal(str)
    newTaxpayerRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search")
        self.ctx = ctx
        self.links = Links()
        self.controller = SearchController(ctx, self)
        self.model = SearchResultsModel(ctx.money, self)
        self._shown_text = ""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(12)
        self.title = label("title")
        layout.addWidget(self.title)
        self.box = _SearchBox(self._focus_results)
        self.box.setObjectName("search_box")
        self.box.setProperty("role", "search")
        self.clear_button = add_clear_button(self.box)  # 44 px or more, not Qt's 16 px icon
        self.box.textChanged.connect(self.controller.set_text)
        self.box.returnPressed.connect(self._open_first)
        layout.addWidget(self.box)
        self.busy = busy_bar()
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # showing it never moves the results
        self.busy.setSizePolicy(policy)
        layout.addWidget(self.busy)
        self._busy_later = QTimer(self)
        self._busy_later.setSingleShot(True)
        self._busy_later.setInterval(BUSY_AFTER_MS)
        self._busy_later.timeout.connect(self.busy.show)
        status_row = QHBoxLayout()
        self.status = label("muted")
        self.status.setObjectName("search_status")
        status_row.addWidget(self.status, 1)
        self.new_button = button()
        self.new_button.clicked.connect(self.newTaxpayerRequested)
        status_row.addWidget(self.new_button)
        layout.addLayout(status_row)
        self.notice = Notice()
        layout.addWidget(self.notice)

        self.results = QListView()
        self.results.setObjectName("search_results")
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(self._activated)
        self.results.clicked.connect(self._activated)  # one tap opens, as on a phone
        self.results.verticalScrollBar().valueChanged.connect(self._scrolled)
        layout.addWidget(self.results, 1)

        self.controller.resultsReady.connect(self._show_results)
        self.controller.failed.connect(lambda text: self.notice.show_message("error", text))
        self.controller.busyChanged.connect(self._busy)
        self._stale = False  # results changed while the screen was out of sight
        self.links.connect(ctx.changed, self._changed)
        self.retranslate()

    def warm_up(self) -> None:
        """Called once after login (desktop/warmup.py), before the agent's first search."""
        self.results.itemDelegate().warm_up(self.results.font())

    def start(self, text: str = "") -> None:
        """Open the screen, optionally with what the agent began typing elsewhere."""
        if text:
            self.box.setText(text)
        self.box.setFocus()
        self.box.end(False)

    def _busy(self, busy: bool) -> None:
        if busy:
            if not self.busy.isVisible() and not self._busy_later.isActive():
                self._busy_later.start()  # a query chained after a stale one keeps the first start
        else:
            self._busy_later.stop()
            self.busy.hide()

    def _show_results(self, text: str, results: list) -> None:
        self.notice.clear()
        previous, self._shown_text = self._shown_text, text
        self.model.set_results(results)
        self._render_status()
        if results and text != previous:
            self.results.setCurrentIndex(self.model.index(0))
            self.results.scrollToTop()  # rows are updated in place: a new search starts at the top

    def _scrolled(self, value: int) -> None:
        # Near the end of a full page: ask for the next one before the agent reaches the bottom.
        bar = self.results.verticalScrollBar()
        rows = self.model.rowCount()
        if rows and rows >= self.controller.limit and self._shown_text == self.controller.wanted \
                and value >= bar.maximum() - 2 * ROW_HEIGHT:
            self.controller.more()

    def _render_status(self) -> None:
        if not self._shown_text:
            self.status.setText(self.tr("Type a name, a phone number, an ID, a receipt number or a reference."))
        elif self.model.rowCount() == 0:
            self.status.setText(self.tr("No taxpayer found for “%1”.").replace("%1", self._shown_text))
        elif self.model.rowCount() >= min(self.controller.limit, RESULT_LIMIT):  # a full page: there may be more
            self.status.setText(self.tr("First %2 results for “%1”: type more to narrow down.")
                                .replace("%1", self._shown_text).replace("%2", str(self.model.rowCount())))
        else:
            self.status.setText(self.tr("Results for “%1”: %2").replace("%1", self._shown_text)
                                .replace("%2", str(self.model.rowCount())))

    def _focus_results(self) -> None:
        if self.model.rowCount():
            self.results.setFocus()
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0))

    def _open_first(self) -> None:
        if self.model.rowCount() and self._shown_text == self.controller.wanted:
            self._activated(self.results.currentIndex() if self.results.currentIndex().isValid()
                            else self.model.index(0))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.taxpayerChosen.emit(index.data(TaxpayerIdRole))

    def _changed(self, changes: Changes) -> None:
        # Out of sight (a payment is being taken), the results are run again once shown.
        if changes.payments or changes.taxpayers:
            if self.isVisible():
                self.controller.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.controller.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Search"))
        self.box.setPlaceholderText(self.tr("Name, phone, ID, receipt no. or reference"))
        self.box.setAccessibleName(self.tr("Search"))
        self.results.setAccessibleName(self.tr("Taxpayers found"))
        self.new_button.setText(self.tr("New taxpayer"))
        self.model.refresh_texts()
        self._render_status()

    def teardown(self) -> None:
        self.links.disconnect_all()
