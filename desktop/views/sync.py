"""Synchronisation: "Sync now" with its progress, the last result in words, what waits to be
sent, and every record's status (waiting, sent, or refused by the server with its reason).

Syncs run in the background (desktop/sync_runner.py): the agent may leave this screen, or take a
payment, while one runs. A device that is not enrolled is offered enrollment here; a revoked one
is told so, plainly."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QProgressBar,
                               QTableView, QVBoxLayout, QWidget)

from core.changes import Changes
from core.messages import translate
from core.read_models import HomeSummary
from desktop.context import AppContext
from desktop.models.sync_records import SyncRecordsModel
from desktop.sync_words import result_lines
from desktop.tasks import Latest
from desktop.widgets import Card, Links, Notice, button, label
from sync.client.service import SyncResult
from sync.client.status import SyncStatus, record_statuses, sync_status

SHOWN = 200  # records listed at once: the newest ones (all refused ones, the first waiting ones)
ROW_PX = 44


class SyncView(QWidget):
    enrollRequested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync")
        self.ctx = ctx
        self.runner = ctx.sync
        self.links = Links()
        self.status: SyncStatus | None = None
        self._latest = Latest()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 12, 28, 10)
        layout.setSpacing(8)

        header = QHBoxLayout()
        self.title = label("title", wrap=False)
        header.addWidget(self.title)
        header.addStretch(1)
        self.sync_button = button("primary")
        self.sync_button.setObjectName("sync_now")
        self.sync_button.setMinimumWidth(220)
        self.sync_button.clicked.connect(self.sync_now)
        header.addWidget(self.sync_button)
        layout.addLayout(header)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("sync_progress")
        self.progress.setTextVisible(False)
        self.phase = label("muted", wrap=False)
        self.phase.setObjectName("sync_phase")
        progress_row.addWidget(self.phase)
        progress_row.addWidget(self.progress, 1)
        self.progress_box = QWidget()
        self.progress_box.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self.progress_box.hide()
        layout.addWidget(self.progress_box)

        card = Card()
        row = QHBoxLayout()
        row.setSpacing(24)
        left, right = QHBoxLayout(), QVBoxLayout()  # the count and its words on one line
        left.setSpacing(10)
        right.setSpacing(2)
        self.pending = label("big", wrap=False)
        self.pending.setObjectName("sync_pending")
        self.pending_title = label("muted")
        self.pending_title.setMinimumWidth(150)
        self.pending_title.setMaximumWidth(300)
        self.last = label("")
        self.last.setObjectName("sync_last")
        self.counts = label("muted")
        self.counts.setObjectName("sync_counts")
        self.server = label("muted")
        self.server.setObjectName("sync_server")
        left.addWidget(self.pending)
        left.addWidget(self.pending_title)
        for widget in (self.last, self.counts, self.server):
            right.addWidget(widget)
        row.addLayout(left)
        row.addLayout(right, 1)
        card.body.addLayout(row)
        layout.addWidget(card)

        standing_row = QHBoxLayout()  # not enrolled, or revoked: what it means, and the way out beside it
        self.standing = Notice()
        self.standing.setObjectName("sync_standing")
        self.enroll_button = button()
        self.enroll_button.setObjectName("sync_enroll")
        self.enroll_button.clicked.connect(self.enrollRequested)
        standing_row.addWidget(self.standing, 1)
        standing_row.addWidget(self.enroll_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(standing_row)
        self.result = Notice()
        self.result.setObjectName("sync_result")
        layout.addWidget(self.result)

        records_header = QHBoxLayout()
        self.records_title = label("subtitle", wrap=False)
        records_header.addWidget(self.records_title)
        self.shown_note = label("muted")  # beside the title: every line above the list is a row less in it
        records_header.addWidget(self.shown_note, 1)
        self.filter = QComboBox()
        self.filter.setObjectName("sync_filter")
        self.filter.setMinimumWidth(220)
        self.filter.currentIndexChanged.connect(lambda *_: self.refresh())
        records_header.addWidget(self.filter)
        layout.addLayout(records_header)
        self.model = SyncRecordsModel(lambda at: ctx.when(at), self)
        self.table = QTableView()
        self.table.setObjectName("sync_records")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_PX)
        self.table.setWordWrap(True)  # a refusal's reason is read in full: a tablet has no hover
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(3 * ROW_PX)  # its header and two rows, at 1024 x 600 too
        header_view = self.table.horizontalHeader()
        for column in range(3):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        self.links.connect(ctx.changed, self._changed)
        self.links.connect(self.runner.statusChanged, self._render)
        self.links.connect(self.runner.started, self._started)
        self.links.connect(self.runner.progressed, self._progressed)
        self.links.connect(self.runner.finished, self._finished)
        self.links.connect(self.runner.failed, self._failed)
        self.retranslate()

    # -- data ----------------------------------------------------------------------------
    def filter_status(self) -> str | None:
        return self.filter.currentData()

    def refresh(self) -> None:
        store, status_filter = self.ctx.ledger.store, self.filter_status()

        def load() -> tuple[SyncStatus, list]:
            status = sync_status(store)
            through = status.sent + status.quarantined
            after = {None: status.events - SHOWN, "sent": through - SHOWN, "pending": through,
                     "quarantined": 0}[status_filter]
            return status, record_statuses(store, status=status_filter, after_seq=max(0, after), limit=SHOWN)

        token = self._latest.next()
        self.ctx.run(load, self._latest.only_latest(token, self._loaded), self._load_failed)

    def _loaded(self, found: tuple) -> None:
        self.status, rows = found
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        if rows and self.filter_status() in (None, "sent"):
            self.table.scrollToBottom()  # the newest records are the ones the agent looks for
        self.shown_note.setText(self.tr("(only %1 listed)").replace("%1", str(SHOWN)) if len(rows) >= SHOWN else "")
        self._render()

    def _load_failed(self, error: BaseException) -> None:
        self.result.show_message("error", lambda: self.ctx.error_text(error))

    def _changed(self, changes: Changes) -> None:
        if self.isVisible() and (HomeSummary.shows(changes) or changes.sync):
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        self.refresh()

    # -- syncing -------------------------------------------------------------------------
    def sync_now(self) -> None:
        if self.runner.sync_now():
            self.result.clear()

    def _started(self) -> None:
        self.progress.setRange(0, 0)
        self.phase.setText(self.tr("Connecting to the server"))
        self.progress_box.show()
        self._render()

    def _progressed(self, phase: str, done: int, total: object) -> None:
        name = self.tr("Sending") if phase == "push" else self.tr("Receiving")
        if phase == "update":  # the app update, downloaded after the ledger's own sync (bytes)
            name = self.tr("Downloading the update")
        if isinstance(total, int) and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.phase.setText(self.tr("%1: %2 of %3").replace("%1", name).replace("%2", str(done))
                               .replace("%3", str(total)))
        else:
            self.progress.setRange(0, 0)
            self.phase.setText(self.tr("%1: %2").replace("%1", name).replace("%2", str(done)))

    def _finished(self, result: SyncResult) -> None:
        self.progress_box.hide()
        self._show_result(result)
        self.status = None  # read again below: the standing (revoked…) comes from the runner meanwhile
        self._render()
        if self.isVisible():
            self.refresh()

    def _show_result(self, result: SyncResult) -> None:
        def words() -> str:
            server = self.status.server_url if self.status and self.status.server_url else ""
            return " ".join(result_lines(result, self.ctx.lang, server)[1])
        self.result.show_message(result_lines(result, self.ctx.lang, "")[0], words)

    def _failed(self, error: BaseException) -> None:
        self.progress_box.hide()
        self.result.show_message("error", lambda: self.ctx.error_text(error))
        self._render()

    # -- showing -------------------------------------------------------------------------
    def _render(self) -> None:
        status = self.status or self.runner.status
        running = self.runner.running
        enrolled = bool(status and status.enrolled)
        revoked = bool(status and status.revoked)
        self.sync_button.setEnabled(enrolled and not revoked and not running)
        self.sync_button.setText(self.tr("Synchronising…") if running else self.tr("Sync now"))
        if status is None:
            self.pending.setText("…")
            return
        self.pending.setText(str(status.pending))
        last = self.ctx.when(status.last_sync_at) if status.last_sync_at else self.tr("never")
        self.last.setText(self.tr("Last sync: %1").replace("%1", last))
        counts = self.tr("Sent: %1 — refused by the server: %2").replace("%1", str(status.sent)) \
            .replace("%2", str(status.quarantined))
        if status.attachments_pending:  # census photos go after their submissions' events
            counts += " — " + translate("sync_attachments_pending", self.ctx.lang, count=status.attachments_pending)
        self.counts.setText(counts)
        self.counts.setVisible(enrolled)
        self.server.setText(self.tr("Server: %1").replace("%1", status.server_url) if status.server_url
                            else self.tr("Server: not set"))
        if revoked:
            self.standing.show_message("error", lambda: translate("sync_revoked", self.ctx.lang), cause="standing")
            self.enroll_button.setText(self.tr("Enroll again…"))
        elif not enrolled:
            self.standing.show_message("warning", lambda: self.tr(
                "This device is not enrolled with the municipality's server yet. Everything you record stays "
                "safe on this device, signed and chained, and will be sent in order once it is enrolled. "
                "Enroll it with the code your supervisor gives you."), cause="standing")
            self.enroll_button.setText(self.tr("Enroll this device…"))
        elif status.stopped:
            self.standing.show_message("error", lambda: translate(
                "sync_refused", self.ctx.lang, code=(status.stopped or {}).get("code", "?")), cause="standing")
        else:
            self.standing.clear("standing")
        self.enroll_button.setVisible(revoked or not enrolled)
        if revoked:
            self.result.clear()  # the notice above says it, with the way out
        elif self.runner.last_result is not None and not self.result.text() and not running:
            self._show_result(self.runner.last_result)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Synchronise"))
        self.pending_title.setText(self.tr("records waiting to be sent"))
        self.records_title.setText(self.tr("Records"))
        index = max(0, self.filter.currentIndex())
        self.filter.blockSignals(True)
        self.filter.clear()
        for text, value in ((self.tr("All records"), None), (self.tr("Waiting"), "pending"),
                            (self.tr("Sent"), "sent"), (self.tr("Refused"), "quarantined")):
            self.filter.addItem(text, value)
        self.filter.setCurrentIndex(index)
        self.filter.blockSignals(False)
        self.model.retranslate()
        self._render()

    def teardown(self) -> None:
        self.links.disconnect_all()
