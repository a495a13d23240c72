"""Search results as a list model: one row per taxpayer, the data the delegate paints."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from core.service import SearchResult

TaxpayerIdRole = Qt.ItemDataRole.UserRole + 1
SecondLineRole = Qt.ItemDataRole.UserRole + 2
ZoneRole = Qt.ItemDataRole.UserRole + 3
BalanceRole = Qt.ItemDataRole.UserRole + 4
BalanceTextRole = Qt.ItemDataRole.UserRole + 5
InactiveRole = Qt.ItemDataRole.UserRole + 6


class SearchResultsModel(QAbstractListModel):
    def __init__(self, money: Callable[[int], str], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._money = money
        self._rows: list[SearchResult] = []

    def set_results(self, results: list[SearchResult]) -> None:
        self.beginResetModel()
        self._rows = list(results)
        self.endResetModel()

    def refresh_texts(self) -> None:
        """Language changed: money formatting differs, so repaint every row."""
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def result(self, row: int) -> SearchResult:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        found = self._rows[index.row()]
        hit = found.hit
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.name
        if role == TaxpayerIdRole:
            return hit.taxpayer_id
        if role == SecondLineRole:
            parts = [hit.business_name, hit.phone, hit.id_number]
            if hit.matched_receipt:
                parts.insert(0, "N° " + hit.matched_receipt)
            return "  ·  ".join(p for p in parts if p)
        if role == ZoneRole:
            return hit.zone or ""
        if role == BalanceRole:
            return found.balance_due
        if role == BalanceTextRole:
            return self._money(found.balance_due)
        if role == InactiveRole:
            return hit.status != "active"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{hit.name}, {hit.zone or ''}, {self._money(found.balance_due)}"
        return None
