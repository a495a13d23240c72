"""Paints a search result on two lines, large enough to tap: name and details on the left,
balance due and zone on the right. Amounts owed are red, settled accounts green.

Painting runs for every visible row on every keystroke, so it does no more than draw: fonts,
metrics and colours are made once (again only when the view's font changes), the row's texts come
in one call (`RowRole`), and elided texts are remembered for the width they were cut to."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop import theme
from desktop.models.search_model import ResultRow, RowRole

ROW_HEIGHT = 84
_ELIDED_KEPT = 4_000  # texts remembered; a page of results uses a few dozen

_SELECTED = QColor("#cfe2f7")
_STRIPE = QColor("#f4f6f8")
_RULE = QPen(QColor("#d5dbe1"))
_INK = QColor(theme.INK)
_MUTED = QColor(theme.MUTED)
_DANGER = QColor(theme.DANGER)
_OK = QColor(theme.OK)
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Every letter a search result shows, in both fonts, so that their glyphs are ready.
_WARM_UP_ROW = ResultRow("", "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz ÀÂÇÉÈÊËÎÏÔÙÛÜ",
                         "àâçéèêëîïôùûüãõáíóú 0123456789 +-.,:;·–—“”()N°…", "Zone", 1, "0 123 456,78 CDF", False)


class SearchResultDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._font_key = ""
        self._base = QFont()
        self._bold = QFont()
        self._base_metrics = QFontMetrics(self._base)
        self._bold_metrics = QFontMetrics(self._bold)
        self._elided: dict[tuple[str, int, bool], str] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(0, ROW_HEIGHT)  # the view gives the width; never wider than it

    def _fonts_for(self, font: QFont) -> None:
        key = font.key()
        if key == self._font_key:
            return
        self._font_key = key
        self._base = QFont(font)
        self._bold = QFont(font)
        self._bold.setBold(True)
        self._bold.setPointSize(font.pointSize() + 2)
        self._base_metrics = QFontMetrics(self._base)
        self._bold_metrics = QFontMetrics(self._bold)
        self._elided.clear()

    def warm_up(self, font: QFont) -> None:
        """Paint two sample rows off screen, once, before the agent's first search: the first
        paint otherwise paid in the turn that shows the first results for the fonts' glyphs
        being rasterised and for PySide making the Python enums it touches (about 8 ms)."""
        self._fonts_for(font)
        QStyle.StateFlag.State_Selected  # noqa: B018 - PySide makes an enum on first use: now, not mid-paint
        image = QImage(1200, ROW_HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        try:
            for selected, striped in ((True, False), (False, True)):
                self._paint_row(painter, QRect(0, 0, 1200, ROW_HEIGHT), _WARM_UP_ROW, selected, striped)
        finally:
            painter.end()

    def _elide(self, text: str, width: int, bold: bool) -> str:
        key = (text, width, bold)
        cut = self._elided.get(key)
        if cut is None:
            if len(self._elided) >= _ELIDED_KEPT:
                self._elided.clear()
            metrics = self._bold_metrics if bold else self._base_metrics
            cut = self._elided[key] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return cut

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row: ResultRow | None = index.data(RowRole)
        if row is None:
            return
        self._fonts_for(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        self._paint_row(painter, option.rect, row, selected, striped=index.row() % 2 == 1)

    def _paint_row(self, painter: QPainter, rect: QRect, row: ResultRow, selected: bool, striped: bool) -> None:
        painter.save()
        if selected:
            painter.fillRect(rect, _SELECTED)
        elif striped:
            painter.fillRect(rect, _STRIPE)
        painter.setPen(_RULE)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        inner = rect.adjusted(16, 10, -16, -10)
        right_width = min(300, inner.width() // 3)
        left_width = inner.width() - right_width - 12
        half = inner.height() // 2
        top, bottom = inner.top(), inner.top() + half
        right_left = inner.right() - right_width

        name = row.name
        if row.inactive:
            name += "  " + QCoreApplication.translate("SearchResultDelegate", "(deactivated)")
        painter.setFont(self._bold)
        painter.setPen(_INK)
        painter.drawText(QRect(inner.left(), top, left_width, half), _LEFT, self._elide(name, left_width, True))
        painter.setPen(_DANGER if row.balance_due > 0 else _OK)
        painter.drawText(QRect(right_left, top, right_width, half), _RIGHT, row.balance_text)
        painter.setFont(self._base)
        painter.setPen(_MUTED)
        painter.drawText(QRect(inner.left(), bottom, left_width, half), _LEFT,
                         self._elide(row.second, left_width, False))
        painter.drawText(QRect(right_left, bottom, right_width, half), _RIGHT, row.zone)
        painter.restore()
