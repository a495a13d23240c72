"""The supervisor's reconciliation screen (issue 11): pick a day; every agent's expected cash,
cash counted, variance and sign-off; select one for the detail (cash sessions, Z-reports), count
the cash by note and coin, sign off (after a confirmation that shows the variance) and save the
agent's signed handover receipt as a PDF.

Every call goes through context.client on context.tasks (never on the UI thread); a reading the
server could not refresh is shown with when it was fetched. The figures are the server's: the
screen only adds up the count being typed, in integer minor units."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QLineEdit,
                               QMessageBox, QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from core.money import format_money
from core.timezones import local_moment
from desktop.supervisor.context import SupervisorContext
from desktop.supervisor.reconciliation_count import CountPanel, signed_money
from desktop.tasks import Latest
from desktop.widgets import Notice, button, label, scrolling, set_role, whole_numbers
from sync.client.http import ServerError, Unreachable

ROW_PX = 48


def fetched_text(moment: str) -> str:
    """When a reading was fetched, on this computer's clock: '2026-11-24 16:05'."""
    when = QDateTime.fromString(moment, Qt.DateFormat.ISODate)
    return when.toLocalTime().toString("yyyy-MM-dd HH:mm") if when.isValid() else moment


class ReconciliationScreen(QWidget):
    def __init__(self, context: SupervisorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reconciliation")
        self.ctx = context
        self._day_reads, self._detail_reads = Latest(), Latest()
        self.day_reading: Any = None  # the last Reading of the day's view
        self.detail: dict[str, Any] | None = None
        self.detail_cached = False
        self.agent_id: str | None = None
        self.saved_path: Path | None = None
        # Dialogs a test replaces: (text) -> bool, and () -> a path or None.
        self.confirm = self._confirm
        self.ask_path = self._ask_path

        self.title = label("title", wrap=False)
        self.day_label = label("", wrap=False)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setMinimumWidth(170)
        self.day.dateChanged.connect(lambda _d: self.load_day())
        self.refresh = button()
        self.refresh.clicked.connect(self.load_day)
        self.fetched = label("muted")
        self.notice = Notice()

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("agents")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_PX)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)

        self.agent_title = label("subtitle")
        self.sessions = label("")
        self.figures = label("")
        self.open_days = label("warning")
        self.count_heading = label("subtitle", wrap=False)
        self.count = CountPanel()
        self.count.changed.connect(self._recount)
        self.total = label("subtitle")
        self.variance = label("subtitle")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setMaxLength(500)
        self.sign = button("primary")
        self.sign.setObjectName("sign_off")
        self.sign.clicked.connect(self.sign_off)
        self.save = button()
        self.save.setObjectName("save_receipt")
        self.save.clicked.connect(self.save_receipt)
        self.history = label("")

        self.back = button()
        self.back.setObjectName("back")
        self.back.clicked.connect(self.show_agents)
        detail = QWidget()
        body = QVBoxLayout(detail)
        body.setContentsMargins(0, 0, 12, 8)
        body.setSpacing(8)
        for widget in (self.sessions, self.figures, self.open_days, self.count_heading, self.count, self.note,
                       self.history):
            body.addWidget(widget)
        body.addStretch(1)
        self.detail_area = scrolling(detail)
        # The total, the variance and the actions stay in sight while the count scrolls.
        sums = QVBoxLayout()
        sums.setSpacing(0)
        sums.addWidget(self.total)
        sums.addWidget(self.variance)
        footer = QHBoxLayout()
        footer.addLayout(sums, 1)
        footer.addWidget(self.sign)
        footer.addWidget(self.save)
        heading = QHBoxLayout()
        heading.addWidget(self.back)
        heading.addWidget(self.agent_title, 1)
        detail_page = QWidget()
        page = QVBoxLayout(detail_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(heading)
        page.addWidget(self.detail_area, 1)
        page.addLayout(footer)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.day_label)
        top.addWidget(self.day)
        top.addWidget(self.refresh)
        # At 1024×600 the agents and one agent's count do not both fit: one page each.
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(detail_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(top)
        layout.addWidget(self.fetched)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self._show_detail()
        self.retranslate()

    # -- reading ---------------------------------------------------------------------------------
    def day_text(self) -> str:
        return self.day.date().toString("yyyy-MM-dd")

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.day_reading is None:
            self.load_day()

    def load_day(self) -> None:
        day = self.day_text()
        deliver = self._day_reads.only_latest(self._day_reads.next(), self._day_loaded)
        self.ctx.tasks.submit(lambda: self.ctx.client.read("/reconciliation", {"date": day}), deliver,
                              self._failed, label="reconciliation")

    def _day_loaded(self, reading: Any) -> None:
        self.day_reading = reading
        self._fill_table()
        if self.agent_id:
            self.load_detail(self.agent_id)

    def load_detail(self, agent_id: str) -> None:
        self.agent_id = agent_id
        day = self.day_text()
        deliver = self._detail_reads.only_latest(self._detail_reads.next(), self._detail_loaded)
        self.ctx.tasks.submit(lambda: self.ctx.client.read(f"/reconciliation/{agent_id}", {"date": day}), deliver,
                              self._failed, label="reconciliation")

    def _detail_loaded(self, reading: Any) -> None:
        known = [d["face"] for d in (self.detail or {}).get("denominations", [])]
        same_agent = self.detail is not None and self.detail.get("agent_id") == reading.data.get("agent_id")
        self.detail, self.detail_cached = reading.data, reading.cached
        faces = [d["face"] for d in reading.data.get("denominations", [])]
        if not (same_agent and faces == known):  # a new agent: a new count; a refresh keeps what was typed
            self.count.set_denominations(reading.data.get("denominations", []), reading.data["currency"],
                                         self.ctx.language)
        self._show_detail()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.day_reading is None:
            return
        agent = self.day_reading.data["agents"][rows[0].row()]
        self.pages.setCurrentIndex(1)
        if agent["agent_id"] != self.agent_id or self.detail is None:
            self.detail = None
            self.notice.clear()
            self._show_detail()
            self.load_detail(agent["agent_id"])

    def show_agents(self) -> None:
        self.pages.setCurrentIndex(0)
        self.agent_id, self.detail = None, None
        self.table.clearSelection()
        self._show_detail()

    # -- showing ---------------------------------------------------------------------------------
    def money(self, amount: int) -> str:
        currency = (self.detail or {}).get("currency") or (self.day_reading.data["currency"] if self.day_reading
                                                           else "")
        return whole_numbers(format_money(amount, currency, self.ctx.language))

    def local(self, moment: str, fmt: str) -> str:
        """A stored UTC time on the municipality's clock (the day is the municipality's too)."""
        try:
            return local_moment(moment, (self.detail or {}).get("timezone")).strftime(fmt)
        except (TypeError, ValueError):
            return str(moment)

    def _fill_table(self) -> None:
        reading = self.day_reading
        if reading is None:
            return
        if reading.cached:
            self.fetched.setText(self.tr("No connection: these figures were fetched at %1 and are not live.")
                                 .replace("%1", fetched_text(reading.fetched_at)))
            set_role(self.fetched, "warning")
        else:
            self.fetched.setText(self.tr("Figures of the server, fetched at %1.")
                                 .replace("%1", fetched_text(reading.fetched_at)))
            set_role(self.fetched, "muted")
        agents = reading.data["agents"]
        currency = reading.data["currency"]
        self.table.blockSignals(True)
        self.table.setRowCount(len(agents))
        for row, agent in enumerate(agents):
            signed = self.tr("Yes (%1)").replace("%1", str(agent["sign_offs"])) if agent["signed_off"] \
                else self.tr("No")
            name = agent["agent"] + (" ⚠" if agent.get("open_days") or not agent.get("z_matches", True) else "")
            cells = (name, format_money(agent["expected_cash"], currency, self.ctx.language),
                     format_money(agent["counted"], currency, self.ctx.language),
                     signed_money(agent["variance"], currency, self.ctx.language), signed)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(whole_numbers(text))
                if column in (1, 2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            if agent["agent_id"] == self.agent_id:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        if not agents:
            self.fetched.setText(self.fetched.text() + " " + self.tr("No agent had a cash session that day."))
        else:
            self.fetched.setText(self.fetched.text() + " " + self.tr("Select an agent to count their cash."))

    def _show_detail(self) -> None:
        d = self.detail
        shown = d is not None
        for widget in (self.sessions, self.figures, self.count_heading, self.count, self.total, self.variance,
                       self.note, self.sign, self.save, self.history):  # the back button stays
            widget.setVisible(shown)
        self.open_days.setVisible(shown and bool(d.get("open_days")))
        if not shown:
            self.agent_title.setText(self.tr("Reading the agent's day…") if self.agent_id else "")
            return
        self.agent_title.setText(self.tr("%1, %2").replace("%1", d["agent"]).replace("%2", d["day"]))
        lines = []
        for s in d["sessions"]:
            z = self.tr("Z-report: %1").replace("%1", self.money(s["z_expected_cash"])) \
                if s["z_expected_cash"] is not None else self.tr("not closed, or its Z-report not synced yet")
            lines.append(self.tr("Session %1, opened at %2: float %3 + cash %4 (cash receipts: %5) = %6; %7")
                         .replace("%1", s["device_code"]).replace("%2", self.local(s["opened_at"], "%H:%M"))
                         .replace("%3", self.money(s["opening_float"])).replace("%4", self.money(s["cash_collected"]))
                         .replace("%5", str(s["cash_receipts"])).replace("%6", self.money(s["expected_cash"]))
                         .replace("%7", z))
        self.sessions.setText("\n".join(lines) or self.tr("No cash session of this agent that day has been synced."))
        figures = [self.tr("Expected cash: %1").replace("%1", self.money(d["expected_cash"]))]
        if d["handed_in_before"]:
            figures.append(self.tr("Handed in at earlier sign-offs: %1")
                           .replace("%1", self.money(d["handed_in_before"])))
        self.figures.setText("\n".join(figures))
        self.open_days.setText(self.tr("Still open from earlier days: %1").replace("%1", ", ".join(
            f"{o['day']} {signed_money(o['variance'], d['currency'], self.ctx.language)}"
            for o in d.get("open_days", []))))
        self.history.setText("\n".join(
            self.tr("Sign-off %1 by %2 at %3: handed in %4, variance %5%6")
            .replace("%1", str(s["record"]["number"])).replace("%2", s["record"]["signed_by"])
            .replace("%3", self.local(s["record"]["at"], "%d/%m %H:%M"))
            .replace("%4", self.money(s["record"]["counted"]))
            .replace("%5", signed_money(s["record"]["variance"], d["currency"], self.ctx.language))
            .replace("%6", "" if s["signature_valid"] else " — " + self.tr("SIGNATURE FAILS: not counted"))
            for s in d["sign_offs"]) or self.tr("Not signed off yet."))
        self.save.setEnabled(bool(d["sign_offs"]))
        self.sign.setEnabled(not self.detail_cached)
        self._recount()

    def variance_now(self) -> int:
        d = self.detail or {}
        return d.get("handed_in_before", 0) + self.count.total() - d.get("expected_cash", 0)

    def _recount(self) -> None:
        if self.detail is None:
            return
        self.total.setText(self.tr("Counted now: %1").replace("%1", self.money(self.count.total())))
        variance = self.variance_now()
        state = self.tr("balanced") if variance == 0 else (self.tr("shortfall") if variance < 0 else self.tr("surplus"))
        self.variance.setText(self.tr("Variance: %1 (%2)").replace(
            "%1", signed_money(variance, self.detail["currency"], self.ctx.language)).replace("%2", state))
        set_role(self.variance, "success" if variance == 0 else "error")

    # -- acting ----------------------------------------------------------------------------------
    def sign_off(self) -> None:
        if self.detail is None or self.agent_id is None:
            return
        d = self.detail
        question = self.tr("Sign off %1's cash for %2?\n\nCounted now: %3\nVariance: %4\n\nThe sign-off is signed "
                      "and cannot be changed; a variance is settled only by a further sign-off.") \
            .replace("%1", d["agent"]).replace("%2", d["day"]).replace("%3", self.money(self.count.total())) \
            .replace("%4", signed_money(self.variance_now(), d["currency"], self.ctx.language))
        if not self.confirm(question):
            return
        agent_id, body = self.agent_id, {"date": d["day"], "count": self.count.pieces(),
                                         "note": self.note.text().strip() or None}
        self.sign.setEnabled(False)
        self.ctx.tasks.submit(lambda: self.ctx.client.send(f"/reconciliation/{agent_id}/sign-off", body),
                              self._signed, self._failed, label="sign-off")

    def _signed(self, answer: dict[str, Any]) -> None:
        record = answer["signed"]["record"]
        self.notice.show_message("success", self.tr("Signed off: record %1, variance %2. Save the handover receipt for "
                                               "the agent.").replace("%1", str(record["number"]))
                                 .replace("%2", signed_money(record["variance"], record["currency"],
                                                             self.ctx.language)))
        self.count.reset()
        self.note.clear()
        self.load_day()  # refreshes the table, then the detail

    def save_receipt(self) -> None:
        if not self.detail or not self.detail["sign_offs"] or self.agent_id is None:
            return
        number = self.detail["sign_offs"][-1]["record"]["number"]
        chosen = self.ask_path(f"handover-{self.detail['day']}-{number}.pdf")
        if not chosen:
            return
        path, agent_id, params = Path(chosen), self.agent_id, {"date": self.detail["day"], "number": number}

        def fetch_and_write() -> Path:
            path.write_bytes(self.ctx.client.download(f"/reconciliation/{agent_id}/handover.pdf", params))
            return path
        self.ctx.tasks.submit(fetch_and_write, self._saved, self._failed, label="handover receipt")

    def _saved(self, path: Path) -> None:
        self.saved_path = path
        self.notice.show_message("success", self.tr("Handover receipt saved: %1").replace("%1", str(path)))

    def _failed(self, error: BaseException) -> None:
        self.sign.setEnabled(self.detail is not None and not self.detail_cached)
        if isinstance(error, ServerError):
            text = self.tr("The server refused: %1").replace("%1", error.message)
        elif isinstance(error, Unreachable):
            text = self.tr("The server cannot be reached. Nothing was recorded; try again when the network is back.")
        elif isinstance(error, OSError):
            text = self.tr("The file could not be written: %1").replace("%1", error.strerror or str(error))
        else:
            text = self.tr("Something went wrong: %1").replace("%1", str(error))
        self.notice.show_message("error", text)

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Sign off"), text)
        return answer == QMessageBox.StandardButton.Yes

    def _ask_path(self, name: str) -> str | None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the handover receipt"),
                                                      str(Path.home() / name), self.tr("PDF files (*.pdf)"))
        return chosen or None

    # -- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reconciliation"))
        self.day_label.setText(self.tr("Day"))
        self.back.setText(self.tr("← All agents"))
        self.refresh.setText(self.tr("Refresh"))
        self.table.setHorizontalHeaderLabels([self.tr("Agent"), self.tr("Expected"), self.tr("Counted"),
                                              self.tr("Variance"), self.tr("Signed off")])
        self.count_heading.setText(self.tr("Cash counted now, by note and coin"))
        self.note.setPlaceholderText(self.tr("Note for the record (optional)"))
        self.sign.setText(self.tr("Sign off"))
        self.save.setText(self.tr("Save the handover receipt"))
        self.count.language = self.ctx.language  # amounts as the language writes them
        self.count.retranslate()
        self._fill_table()
        self._show_detail()


def make(context: SupervisorContext, parent: QWidget | None = None) -> ReconciliationScreen:
    return ReconciliationScreen(context, parent)
