"""Search results as a list model: one row per taxpayer, the data the delegate paints.

New results replace the old ones in place (rows that differ, then rows added or removed at the
end) rather than by a model reset: the view keeps its layout and repaints only rows that changed. The
texts a row shows are made once, when the row is first painted, and handed to the delegate in one
`RowRole` call instead of one call per text."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from core.read_models import SearchResult

TaxpayerIdRole = Qt.ItemDataRole.UserRole + 1
SecondLineRole = Qt.ItemDataRole.UserRole + 2
ZoneRole = Qt.ItemDataRole.UserRole + 3
BalanceRole = Qt.ItemDataRole.UserRole + 4
BalanceTextRole = Qt.ItemDataRole.UserRole + 5
InactiveRole = Qt.ItemDataRole.UserRole + 6
RowRole = Qt.ItemDataRole.UserRole + 7  # the whole ResultRow, for the delegate


@dataclass(frozen=True, slots=True)
class ResultRow:
    """What one result shows, ready to paint."""
    taxpayer_id: str
    name: str
    second: str  # receipt matched, business name, phone, identity number
    zone: str
    balance_due: int
    balance_text: str
    inactive: bool


class SearchResultsModel(QAbstractListModel):
    def __init__(self, money: Callable[[int], str], parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._money = money
        self._results: list[SearchResult] = []
        self._rows: list[ResultRow | None] = []  # made on first use: only rows on screen are

    def set_results(self, results: list[SearchResult]) -> None:
        old, new = len(self._results), len(results)
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            del self._results[new:], self._rows[new:]
            self.endRemoveRows()
        common = min(old, new)
        # Only rows whose result differs are repainted: typing one more letter often keeps the
        # first rows as they were.
        changed = [i for i in range(common) if self._results[i] != results[i]]
        for i in changed:
            self._results[i] = results[i]
            self._rows[i] = None
        if changed:
            self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
        if new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._results.extend(results[old:])
            self._rows.extend([None] * (new - old))
            self.endInsertRows()

    def refresh_texts(self) -> None:
        """Language changed: money formatting differs, so remake and repaint every row."""
        if self._results:
            self._rows = [None] * len(self._results)
            self.dataChanged.emit(self.index(0), self.index(len(self._results) - 1))

    def result(self, row: int) -> SearchResult:
        return self._results[row]

    def display(self, row: int) -> ResultRow:
        made = self._rows[row]
        if made is None:
            found = self._results[row]
            hit = found.hit
            parts = [hit.business_name, hit.phone, hit.id_number]
            if hit.matched_receipt:
                parts.insert(0, "N° " + hit.matched_receipt)
            made = ResultRow(hit.taxpayer_id, hit.name, "  ·  ".join(p for p in parts if p), hit.zone or "",
                             found.balance_due, self._money(found.balance_due), hit.status != "active")
            self._rows[row] = made
        return made

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.display(index.row())
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == TaxpayerIdRole:
            return row.taxpayer_id
        if role == SecondLineRole:
            return row.second
        if role == ZoneRole:
            return row.zone
        if role == BalanceRole:
            return row.balance_due
        if role == BalanceTextRole:
            return row.balance_text
        if role == InactiveRole:
            return row.inactive
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.name}, {row.zone}, {row.balance_text}"
        return None
