"""The Sync screen's per-record list: each event, what it is, when it was recorded, and whether
the server holds it (sent), has not got it yet (waiting) or set it aside (refused, with why)."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop import theme
from desktop.models.rows_model import Index, RowsTableModel
from desktop.sync_words import event_label, refusal_reason, status_label
from sync.client.status import RecordStatus

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls


class SyncRecordsModel(RowsTableModel):
    COLUMNS = 4

    def __init__(self, when: Callable[[str], str], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._when = when  # device time as the agent reads it (the municipality's time)

    def set_rows(self, rows: list[RecordStatus]) -> None:
        self._replace(rows)

    def row(self, index: int) -> RecordStatus:
        return self._rows[index]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("SyncRecordsModel", "No."), translate("SyncRecordsModel", "Record"),
                translate("SyncRecordsModel", "Recorded"), translate("SyncRecordsModel", "Status"))[section]

    def status_text(self, record: RecordStatus) -> str:
        if record.status == "quarantined":
            return translate("SyncRecordsModel", "Refused: %1").replace(
                "%1", refusal_reason(record.code, record.reason))
        return status_label(record.status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(record.seq)
            if column == 1:
                return event_label(record.type)
            if column == 2:
                return self._when(record.device_time)
            return self.status_text(record)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            if record.status == "quarantined":
                return QColor(theme.DANGER)
            if record.status == "pending":
                return QColor(theme.MUTED)
        if role == Qt.ItemDataRole.UserRole + 1:
            return record.status
        return None
