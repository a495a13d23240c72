"""The cash session: open it with a float; close it to get the Z-report, which prints.
No payment can be taken until a new session is opened."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLineEdit, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)

from core.changes import Changes
from core.errors import QuittanceError
from core.sessions import ZReport
from desktop.context import AppContext
from desktop.views.page_stack import PageStack
from desktop.tasks import Latest
from desktop.views.closings_notice import ClosingsNotice
from desktop.views.dialogs import ConfirmDialog
from desktop.views.print_status import PrintStatus
from desktop.views.zreport import zreport_html
from desktop.widgets import Card, Links, Notice, busy_bar, button, label, scrolling, shortcut, with_shortcut_hint


class SessionView(QWidget):
    scrolls_itself = True  # each page scrolls its own body: the Z-report gets the height of the work area
    sessionOpened = Signal(str)  # session id: whoever sent the agent here may take them back

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("session")
        self.ctx = ctx
        self.links = Links()
        self.session_id: str | None = None
        self.report: ZReport | None = None  # running totals, or the Z-report just closed
        self.closed_report: ZReport | None = None
        self._busy = False
        self._latest = Latest()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 20)
        outer.setSpacing(12)
        self.title = label("title")
        outer.addWidget(self.title)
        self.busy = busy_bar()
        outer.addWidget(self.busy)
        self.notice = Notice()
        self.notice.setObjectName("session_notice")
        outer.addWidget(self.notice)
        self.closings = ClosingsNotice(ctx)  # months and years an opening closed, with print
        outer.addWidget(self.closings)
        self.state = label("subtitle")
        self.state.setObjectName("session_state")
        outer.addWidget(self.state)
        self.pages = PageStack()
        outer.addWidget(self.pages, 1)

        # closed: open a new one
        open_page = QWidget()
        open_layout = QVBoxLayout(open_page)
        open_layout.setContentsMargins(0, 0, 0, 0)
        open_card = Card()
        open_card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.float_label = label("")
        self.float_input = QLineEdit()
        self.float_input.setObjectName("session_float")
        self.float_input.setProperty("role", "amount")
        self.float_input.setMaximumWidth(420)
        self.float_input.returnPressed.connect(self.open_session)
        self.open_button = button("primary")
        self.open_button.setObjectName("session_open")
        self.open_button.clicked.connect(self.open_session)
        row = QHBoxLayout()
        row.addWidget(self.float_input)
        row.addWidget(self.open_button)
        row.addStretch(1)
        open_card.body.addWidget(self.float_label)
        open_card.body.addLayout(row)
        open_layout.addWidget(open_card)
        see_row = QHBoxLayout()
        self.see_report_button = button()
        self.see_report_button.setObjectName("session_see_zreport")
        self.see_report_button.clicked.connect(self.show_closed_report)
        see_row.addWidget(self.see_report_button)
        see_row.addStretch(1)
        open_layout.addLayout(see_row)
        open_layout.addStretch(1)
        self.pages.addWidget(scrolling(open_page))

        # open: running totals, close
        running_page = QWidget()
        running_layout = QVBoxLayout(running_page)
        running_layout.setContentsMargins(0, 0, 0, 0)
        self.running = label("")
        self.running.setObjectName("session_running")
        self.running.setTextFormat(Qt.TextFormat.RichText)
        running_layout.addWidget(self._scrolled(self.running), 1)
        close_row = QHBoxLayout()
        close_row.addStretch(1)
        self.close_button = button("danger")
        self.close_button.setObjectName("session_close")
        self.close_button.clicked.connect(self.close_session)
        close_row.addWidget(self.close_button)
        running_layout.addLayout(close_row)
        self.pages.addWidget(running_page)

        # just closed: the Z-report gets the whole work area; printing and "open a new one" below it
        closed_page = QWidget()
        closed_layout = QVBoxLayout(closed_page)
        closed_layout.setContentsMargins(0, 0, 0, 0)
        self.last_report = label("")
        self.last_report.setObjectName("session_zreport")
        self.last_report.setTextFormat(Qt.TextFormat.RichText)
        self.last_report_scroll = self._scrolled(self.last_report)
        closed_layout.addWidget(self.last_report_scroll, 1)
        bottom = QHBoxLayout()
        self.print_status = PrintStatus(ctx)
        bottom.addWidget(self.print_status, 1)
        self.new_session_button = button("primary")
        self.new_session_button.setObjectName("session_new")
        self.new_session_button.clicked.connect(self.show_open_form)
        bottom.addWidget(self.new_session_button, 0, Qt.AlignmentFlag.AlignBottom)
        closed_layout.addLayout(bottom)
        self.pages.addWidget(closed_page)
        self._report_shown = False  # the closed page is up, rather than the form to open a new session
        self.backup_offer = None  # the backup to a memory stick offered at the last close

        shortcut(self, "Ctrl+O", self.open_session)
        shortcut(self, "Ctrl+Shift+W", self.close_session)
        shortcut(self, "Ctrl+Shift+P", self.print_status.retry)
        self.links.connect(ctx.changed, self._changed)
        # A refusal the storage caused goes once the storage works again.
        self.links.connect(ctx.storageFaultChanged, lambda: ctx.storage_fault is None and self.notice.clear("storage"))
        self.retranslate()

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        widget.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        holder = Card()
        holder.body.addWidget(widget)
        holder.body.addStretch(1)
        return scrolling(holder)

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        ledger = self.ctx.ledger

        def load() -> tuple[str | None, ZReport | None]:
            session_id = ledger.current_session_id()
            return session_id, ledger.session_report(session_id) if session_id else None

        token = self._latest.next()
        self.ctx.run(load, self._latest.only_latest(token, self._loaded), self._failed)

    def _loaded(self, loaded: tuple[str | None, ZReport | None]) -> None:
        self.session_id, self.report = loaded
        self._render()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        storage = self.ctx.ledger.as_storage_fault(error) is not None
        self.notice.show_message("error", lambda: self.ctx.error_text(error), cause="storage" if storage else "")

    def _changed(self, changes: Changes) -> None:
        # Out of sight, the session is read again when the screen is shown (showEvent).
        if changes.sessions and self.isVisible():  # opened, closed, or its totals moved (a payment or a void)
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.refresh()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.open_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    # -- actions -------------------------------------------------------------------------
    def open_session(self) -> None:
        if self._busy or self.session_id is not None:
            return
        if self.pages.currentIndex() != 0:
            self.show_open_form()  # Ctrl+O on the Z-report: first the float
            return
        text = self.float_input.text().strip()
        try:
            opening = self.ctx.parse_money(text) if text and text != "0" else 0
        except QuittanceError as error:
            self.notice.show_message("error", lambda error=error: error.message(self.ctx.lang))
            self.float_input.setFocus()
            return
        self._set_busy(True)
        self.notice.clear()
        self.ctx.op(lambda ledger: ledger.open_session(opening), self._opened, self._failed,
                    label=self.tr("Opening the session"))

    def _opened(self, session_id: str) -> None:
        self._set_busy(False)
        self.float_input.clear()
        self.closed_report = None
        self._report_shown = False
        self.print_status.reset()
        self.notice.show_message("success", lambda: self.tr("Session opened. You can take payments."))
        reads = self.ctx.ledger.reads
        self.ctx.run(lambda: reads.closings_at_opening(session_id), self._closings_made)
        self.sessionOpened.emit(session_id)

    def _closings_made(self, made: list) -> None:
        self.closings.show_closings(made)
        if made:  # it says the session opened too; at 1024 x 600 the running totals need the room
            self.notice.clear()

    def show_open_form(self) -> None:
        self._report_shown = False
        self._render()
        self.float_input.setFocus()

    def show_closed_report(self) -> None:
        if self.closed_report is not None and self.session_id is None:
            self._report_shown = True
            self._render()

    def close_session(self) -> None:
        if self._busy or self.session_id is None:
            return
        dialog = ConfirmDialog(self.tr("Close the cash session"),
                               self.tr("After closing, no payment can be taken until a new session is opened. "
                                       "The Z-report will be shown and printed. Close now?"),
                               self.tr("Close the session"), self.tr("Keep it open"), danger=True, parent=self)
        if dialog.exec() != ConfirmDialog.DialogCode.Accepted:
            return
        self._set_busy(True)
        self.ctx.op(lambda ledger: ledger.close_session(), self._closed, self._failed,
                    label=self.tr("Closing the session"))

    def _closed(self, report: ZReport) -> None:
        self._set_busy(False)
        self.closings.show_closings([])  # printed or not, they stay listed in `quittance closings`
        self.closed_report = report
        self._report_shown = True
        self.notice.show_message("success", lambda: self.tr("Session closed. Hand in the cash with the Z-report."))
        gateway, lang, session_id = self.ctx.printer, self.ctx.lang, report.session_id
        self.print_status.start(lambda: gateway.print_z_report(session_id, lang), self.tr("the Z-report"),
                                self.tr("The session is closed and its report is kept: print it again with Retry."),
                                again=True)
        self._render()
        if self.isVisible():
            self.new_session_button.setFocus()  # keyboard: Space opens the next session, Ctrl+O too
        self._offer_backup()

    def _offer_backup(self) -> None:
        """Each close offers a backup to a memory stick (desktop/views/backup_offer.py); the roots
        to look under can be given on the context (`removable_roots`), else the system's."""
        from desktop.views.backup_offer import BackupOffer

        if self.backup_offer is not None:
            self.backup_offer.close()
            self.backup_offer.deleteLater()
        self.backup_offer = BackupOffer(self.ctx, getattr(self.ctx, "removable_roots", None), parent=self)
        self.backup_offer.show()

    # -- display -------------------------------------------------------------------------
    def _render(self) -> None:
        self.state.setVisible(True)
        if self.session_id is not None:
            self.pages.setCurrentIndex(1)
            self.title.setText(self.tr("Cash session"))
            self.state.setText(self.tr("Session open since %1").replace(
                "%1", self.ctx.when(self.report.opened_at if self.report else None)))
            if self.report is not None:
                self.running.setText(zreport_html(self.ctx, self.report))
        elif self.closed_report is not None and self._report_shown:
            self.pages.setCurrentIndex(2)
            self.title.setText(self.tr("Z-report of the session just closed"))
            self.state.setVisible(False)  # the notice above says it is closed; the report needs the room
            self.last_report.setText(zreport_html(self.ctx, self.closed_report))
        else:
            self.pages.setCurrentIndex(0)
            self.title.setText(self.tr("Cash session"))
            self.state.setText(self.tr("No session open: payments are blocked until you open one."))
            self.see_report_button.setVisible(self.closed_report is not None)
            if not self.float_input.hasFocus():
                self.float_input.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.float_label.setText(self.tr("Opening float: the cash in the till now (%1). Leave empty if none.")
                                 .replace("%1", self.ctx.currency))
        self.float_input.setPlaceholderText("0")
        self.open_button.setText(self.tr("Open the session"))
        self.open_button.setToolTip(with_shortcut_hint(self.tr("Open the session"), "Ctrl+O"))
        self.close_button.setText(self.tr("Close the session…"))
        self.close_button.setToolTip(with_shortcut_hint(self.tr("Close the session"), "Ctrl+Shift+W"))
        self.see_report_button.setText(self.tr("See the Z-report of the session just closed"))
        self.new_session_button.setText(self.tr("Open a new session"))
        self.new_session_button.setToolTip(with_shortcut_hint(self.tr("Open a new session"), "Ctrl+O"))
        self._render()

    def teardown(self) -> None:
        self.links.disconnect_all()
        if self.backup_offer is not None:
            self.backup_offer.reject()  # stops its look for sticks; a backup under way still finishes
