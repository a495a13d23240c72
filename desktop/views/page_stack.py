"""A stack of screens that does not ask its hidden pages how tall their text wants to be.

Qt's QStackedLayout answers `heightForWidth` with the tallest answer of every page, hidden ones
included, so each layout pass of the window shaped again the wrapped text of every screen (the
payment form, the receipt, the Z-report, ...): about 20 ms of text shaping in the turn that shows
a recorded payment. The stack's height comes from the window, never from a page's text, and each
page lays its own text out when it is shown, so the stack does not take part in height-for-width."""
from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget


class PageStack(QStackedWidget):
    def hasHeightForWidth(self) -> bool:
        return False
