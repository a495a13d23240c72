"""The devices' technical journals, the alerts screen's third tab (desktop/supervisor/alerts.py):
logins, wrong PINs, lockouts, settings, the clock, the printer, starts, migrations, exports,
backups and restores, as each device signed them (core/journal.py) and pushed them.

Newest first, filtered by device and by kind, read from GET /journal (sync/server/journal_api.py)
on the task runner; "Older" reads the next page. Offline, the last reading is shown with when it
was fetched."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from core.fiscal_events import JOURNAL_KINDS
from desktop.supervisor.context import SupervisorContext
from desktop.widgets import Notice, button, label
from sync.client.http import Unreachable
from sync.client.supervisor import Reading

PAGE = 100
translate = QCoreApplication.translate


def kind_name(kind: str) -> str:
    """The kind in the supervisor's language (written out so that lupdate finds each word)."""
    names = {
        "login": translate("SupervisorJournal", "Login"),
        "logout": translate("SupervisorJournal", "Logout"),
        "wrong_pin": translate("SupervisorJournal", "Wrong PIN"),
        "lockout": translate("SupervisorJournal", "Lockout"),
        "unlock": translate("SupervisorJournal", "Unlock"),
        "setting_changed": translate("SupervisorJournal", "Setting changed"),
        "clock_changed": translate("SupervisorJournal", "Clock changed"),
        "clock_jump": translate("SupervisorJournal", "Clock jump"),
        "printer_failure": translate("SupervisorJournal", "Printer failure"),
        "reprint": translate("SupervisorJournal", "Reprint"),
        "app_started": translate("SupervisorJournal", "App started"),
        "app_stopped": translate("SupervisorJournal", "App stopped"),
        "migration": translate("SupervisorJournal", "Database migration"),
        "export": translate("SupervisorJournal", "Export"),
        "backup": translate("SupervisorJournal", "Backup"),
        "restore": translate("SupervisorJournal", "Restore"),
    }
    return names.get(kind, kind)


def details_text(details: dict[str, Any]) -> str:
    """The entry's facts as "name: value", without the agent (column "Agent") and the side file's
    id (shown as "waited for the unlock")."""
    shown = []
    for key, value in sorted(details.items()):
        if key in ("side_file_id", "agent_id"):
            continue
        shown.append(f"{key}: {', '.join(map(str, value)) if isinstance(value, list) else value}")
    return " · ".join(shown)


class JournalScreen(QWidget):
    def __init__(self, context: SupervisorContext, parent: QWidget | None = None, *, embedded: bool = False) -> None:
        """`embedded`: a tab of another screen, whose title and Refresh button serve (no own ones)."""
        super().__init__(parent)
        self.setObjectName("supervisor_journal")
        self.context = context
        self.entries: list[dict[str, Any]] = []
        self.devices: set[str] = set()
        self.next: int | None = None
        self.offline = False
        self.fetched_at = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*((0, 8, 0, 0) if embedded else (24, 12, 24, 10)))
        layout.setSpacing(8)
        self.title = label("title")
        layout.addWidget(self.title)
        # One row of filters and buttons: it fits beside the rail at 1024 px in every language.
        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.device = QComboBox()
        self.device.setObjectName("journal_device")
        self.kind = QComboBox()
        self.kind.setObjectName("journal_kind")
        for combo in (self.device, self.kind):
            combo.setMinimumHeight(44)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, 1)
        self.refresh_button = button()
        self.refresh_button.setObjectName("journal_refresh")
        self.older_button = button()
        self.older_button.setObjectName("journal_older")
        filters.addWidget(self.refresh_button)
        filters.addWidget(self.older_button)
        layout.addLayout(filters)
        self.title.setVisible(not embedded)
        self.refresh_button.setVisible(not embedded)
        self.status = label("muted")
        self.status.setObjectName("journal_status")
        layout.addWidget(self.status)
        self.notice = Notice()
        layout.addWidget(self.notice)
        # What happened and its details on two lines, in the column that takes the width left.
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("journal_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setMinimumSectionSize(44)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self._fill_kinds()
        self.device.addItem("", None)
        self.retranslate()
        self.device.currentIndexChanged.connect(lambda _i: self.refresh())
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.older_button.clicked.connect(self.older)

    def _fill_kinds(self) -> None:
        self.kind.addItem("", None)
        for kind in JOURNAL_KINDS:
            self.kind.addItem(kind_name(kind), kind)

    # -- reading ----------------------------------------------------------------------------------
    def _params(self, before: int | None = None) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": PAGE}
        if self.device.currentData():
            params["device"] = self.device.currentData()
        if self.kind.currentData():
            params["kind"] = self.kind.currentData()
        if before is not None:
            params["before"] = before
        return params

    def refresh(self) -> None:
        self._read(self._params(), more=False)

    def older(self) -> None:
        if self.next is not None:
            self._read(self._params(self.next), more=True)

    def _read(self, params: dict[str, Any], *, more: bool) -> None:
        client = self.context.client
        self.refresh_button.setEnabled(False)
        self.older_button.setEnabled(False)
        self.status.setText(translate("SupervisorJournal", "Reading the journals from the server…"))
        self.context.tasks.submit(lambda: client.read("/journal", params), lambda r: self._shown(r, more),
                                  self._failed)

    def _shown(self, reading: Reading, more: bool) -> None:
        entries = reading.data["entries"]
        self.entries = self.entries + entries if more else entries
        self.next = reading.data.get("next")
        self.offline, self.fetched_at = reading.cached, reading.fetched_at
        self._learn_devices({e["device"] for e in entries if e.get("device")})
        self.refresh_button.setEnabled(True)
        self.older_button.setEnabled(self.next is not None)
        self.notice.clear()
        self._fill()

    def _failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.older_button.setEnabled(self.next is not None)
        self.status.setText("")
        if isinstance(error, Unreachable):
            self.notice.show_message("error", lambda: translate(
                "SupervisorJournal", "The server cannot be reached and no journal was read before. Try again when "
                                     "the network is back."))
        else:
            self.notice.show_message("error", lambda: translate(
                "SupervisorJournal", "Something went wrong: %1").replace("%1", str(error)))

    def _learn_devices(self, codes: set[str]) -> None:
        """The device list grows with the codes seen; the current choice stays put."""
        new = sorted(codes - self.devices)
        if not new:
            return
        self.devices |= set(new)
        chosen = self.device.currentData()
        self.device.blockSignals(True)
        while self.device.count() > 1:
            self.device.removeItem(1)
        for code in sorted(self.devices):
            self.device.addItem(translate("SupervisorJournal", "Device %1").replace("%1", code), code)
        self.device.setCurrentIndex(max(0, self.device.findData(chosen)) if chosen else 0)
        self.device.blockSignals(False)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            details = details_text(entry["details"])
            if "side_file_id" in entry["details"]:  # happened while the device was locked
                details = " · ".join(filter(None, (translate("SupervisorJournal", "waited for the unlock"), details)))
            what = kind_name(entry["kind"]) + (f"\n{details}" if details else "")
            cells = (self.context.when(entry["at"], entry["at"]), entry["device"], entry.get("agent") or "", what)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # what happened takes what is left
        self.table.resizeRowsToContents()
        self._status()

    # -- words ------------------------------------------------------------------------------------
    def _status(self) -> None:
        if not self.fetched_at:
            return
        count = translate("SupervisorJournal", "%1 entries, newest first.").replace("%1", str(len(self.entries)))
        if not self.entries:
            count = translate("SupervisorJournal", "No entry for this choice.")
        when = self.context.when(self.fetched_at, self.fetched_at)
        if self.offline:
            said = translate("SupervisorJournal", "Not live: the server cannot be reached. As it was at %1.")
        else:
            said = translate("SupervisorJournal", "As the server gave it at %1.")
        self.status.setText(count + " " + said.replace("%1", when))

    def retranslate(self) -> None:
        self.title.setText(translate("SupervisorJournal", "Technical journal"))
        self.refresh_button.setText(translate("SupervisorJournal", "Refresh"))
        self.older_button.setText(translate("SupervisorJournal", "Older"))
        self.device.setItemText(0, translate("SupervisorJournal", "All devices"))
        for index in range(1, self.device.count()):
            code = self.device.itemData(index)
            self.device.setItemText(index, translate("SupervisorJournal", "Device %1").replace("%1", code))
        self.kind.setItemText(0, translate("SupervisorJournal", "All kinds"))
        for index in range(1, self.kind.count()):
            self.kind.setItemText(index, kind_name(self.kind.itemData(index)))
        self.table.setHorizontalHeaderLabels([
            translate("SupervisorJournal", "When"), translate("SupervisorJournal", "Device"),
            translate("SupervisorJournal", "Agent"), translate("SupervisorJournal", "What happened")])
        if self.fetched_at:
            self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def make(context: SupervisorContext, parent: QWidget | None = None) -> QWidget:
    """The screen on its own, read at once (in the alerts screen, that screen's refresh reads it)."""
    screen = JournalScreen(context, parent)
    screen.refresh()
    return screen
