"""Tables of the taxpayer card: balances by tax and period, and the payment history."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from core.payments import Payment
from core.schedule import BalanceLine
from desktop import theme
from desktop.labels import method_label
from desktop.models.rows_model import Index, RowsTableModel

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class BalancesModel(RowsTableModel):
    COLUMNS = 5

    def __init__(self, money: Callable[[int], str], parent=None, *,  # noqa: ANN001
                 period: Callable[[str], str] = str, tax_label: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self._money = money
        self._period = period  # the period in words, in the UI language
        self._tax_label = tax_label  # the label in the UI language, looked up at display time

    def set_lines(self, lines: list[BalanceLine]) -> None:
        self._replace(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("BalancesModel", "Tax"), translate("BalancesModel", "Period"),
                translate("BalancesModel", "Assessed"), translate("BalancesModel", "Paid"),
                translate("BalancesModel", "Due"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._tax_label(line.tax_code) if self._tax_label else line.tax_label
            if column == 1:
                late = translate("BalancesModel", "arrears") if line.is_arrears and line.due > 0 else ""
                period = self._period(line.period)
                return f"{period}  ⚠ {late}" if late else period
            return self._money([line.assessed, line.paid, line.due][column - 2])
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 4:
                return QColor(theme.DANGER if line.due > 0 else theme.OK)
            if column == 1 and line.is_arrears and line.due > 0:
                return QColor(theme.DANGER)
        if role == Qt.ItemDataRole.FontRole and column == 4:
            font = QFont()
            font.setBold(True)
            return font
        return None


class PaymentsModel(RowsTableModel):
    COLUMNS = 6

    def __init__(self, money: Callable[[int], str], when: Callable[[str], str], parent=None,  # noqa: ANN001
                 tax_period: Callable[[str, str], str] = lambda code, period: f"{code} {period}") -> None:
        super().__init__(parent)
        self._money = money
        self._when = when
        self._tax_period = tax_period  # 'Patente 2026' rather than 'PAT 2026'

    def set_payments(self, payments: list[Payment]) -> None:
        self._replace(payments)

    def payment(self, row: int) -> Payment:
        return self._rows[row]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (translate("PaymentsModel", "Receipt"), translate("PaymentsModel", "Date"),
                translate("PaymentsModel", "Tax"), translate("PaymentsModel", "Amount"),
                translate("PaymentsModel", "Method"), translate("PaymentsModel", "Status"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        payment = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return payment.receipt_no
            if column == 1:
                return self._when(payment.issued_at).replace(" ", "\n", 1)  # date above time: a narrow column
            if column == 2:
                return self._tax_period(payment.tax_code, payment.period)
            if column == 3:
                return self._money(payment.amount)
            if column == 4:
                method = method_label(payment.method)
                return f"{method} · {payment.reference}" if payment.reference else method
            if payment.voided:
                return translate("PaymentsModel", "VOIDED: %1").replace("%1", payment.void_reason or "")
            return translate("PaymentsModel", "Valid")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and payment.voided:
            return QColor(theme.DANGER if column == 5 else theme.MUTED)
        if role == Qt.ItemDataRole.FontRole and payment.voided and column in (0, 3):
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and payment.voided:
            return payment.void_reason
        return None
