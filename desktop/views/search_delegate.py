"""Paints a search result on two lines, large enough to tap: name and details on the left,
balance due and zone on the right. Amounts owed are red, settled accounts green."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop import theme
from desktop.models.search_model import BalanceRole, BalanceTextRole, InactiveRole, SecondLineRole, ZoneRole

ROW_HEIGHT = 84


class SearchResultDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(0, ROW_HEIGHT)  # the view gives the width; never wider than it

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor("#cfe2f7"))
        elif index.row() % 2:
            painter.fillRect(rect, QColor("#f4f6f8"))
        painter.setPen(QPen(QColor("#d5dbe1")))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        inner = rect.adjusted(16, 10, -16, -10)
        right_width = min(300, inner.width() // 3)
        left = QRect(inner.left(), inner.top(), inner.width() - right_width - 12, inner.height())
        right = QRect(inner.right() - right_width, inner.top(), right_width, inner.height())
        half = inner.height() // 2

        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(True)
        bold.setPointSize(base.pointSize() + 2)
        name = index.data(Qt.ItemDataRole.DisplayRole)
        if index.data(InactiveRole):
            name += "  " + QCoreApplication.translate("SearchResultDelegate", "(deactivated)")
        painter.setFont(bold)
        painter.setPen(QColor(theme.INK))
        painter.drawText(QRect(left.left(), left.top(), left.width(), half), Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, left.width()))
        painter.setFont(base)
        painter.setPen(QColor(theme.MUTED))
        second = index.data(SecondLineRole)
        painter.drawText(QRect(left.left(), left.top() + half, left.width(), half), Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(second, Qt.TextElideMode.ElideRight, left.width()))

        due = index.data(BalanceRole) or 0
        painter.setFont(bold)
        painter.setPen(QColor(theme.DANGER if due > 0 else theme.OK))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRect(right.left(), right.top(), right.width(), half), align, index.data(BalanceTextRole))
        painter.setFont(base)
        painter.setPen(QColor(theme.MUTED))
        painter.drawText(QRect(right.left(), right.top() + half, right.width(), half), align, index.data(ZoneRole))
        painter.restore()
