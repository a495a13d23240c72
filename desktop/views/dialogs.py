"""Modal questions: void with a reason, and generic confirmations. Big buttons, Enter/Esc work."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.widgets import Notice, button, label

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls
MAX_WIDTH = 720  # px: longer lines are hard to read at arm's length


class ConfirmDialog(QDialog):
    def __init__(self, title: str, text: str, confirm: str, cancel: str, danger: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        heading = label("subtitle", title)
        layout.addWidget(heading)
        self.body = label("", text)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.body)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        row = QHBoxLayout()
        self.cancel_button = button()
        self.cancel_button.setText(cancel)
        self.cancel_button.setObjectName("dialog_cancel")
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_button = button("danger" if danger else "primary")
        self.confirm_button.setText(confirm)
        self.confirm_button.setObjectName("dialog_confirm")
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self.accept)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        layout.addLayout(row)

    def showEvent(self, event: QShowEvent) -> None:
        self.fit()
        super().showEvent(event)

    def fit(self) -> None:
        """As tall as its wrapped text needs at the width it gets. Qt sizes a new dialog from its
        unwrapped text and then narrows it to two thirds of the screen (682 px on a 1024 px
        tablet) without growing it: a long message lost its first and last lines."""
        room = self.screen().availableGeometry()
        width = min(max(self.minimumWidth(), self.sizeHint().width()), MAX_WIDTH, room.width() - 16)
        height = max(self.heightForWidth(width), self.minimumSizeHint().height())
        self.setMinimumHeight(min(height, room.height()))
        self.resize(width, min(height, room.height()))


class VoidDialog(ConfirmDialog):
    """Asks why: the reason travels with the void event and shows on the Z-report."""

    def __init__(self, receipt_no: str, amount_text: str, parent: QWidget | None = None) -> None:
        # self.tr needs the QObject built first; lupdate only reads literal translate() calls.
        super().__init__(
            translate("VoidDialog", "Void receipt %1").replace("%1", receipt_no),
            translate("VoidDialog", "The receipt %1 for %2 will be marked as voided. Its number stays used "
                                    "and the void is recorded with your name. Why is it voided?")
            .replace("%1", receipt_no).replace("%2", amount_text),
            translate("VoidDialog", "Void the receipt"), translate("VoidDialog", "Keep the receipt"),
            danger=True, parent=parent)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("void_reason")
        self.reason.setPlaceholderText(self.tr("Reason, e.g. wrong taxpayer, wrong amount"))
        self.reason.setMaximumHeight(120)
        self.reason.setTabChangesFocus(True)
        self.extra.addWidget(self.reason)
        self.notice = Notice()
        self.extra.addWidget(self.notice)
        self.confirm_button.setDefault(False)

    def accept(self) -> None:
        if not self.reason.toPlainText().strip():
            self.notice.show_message("error", lambda: self.tr("Write the reason for the void."))
            self.reason.setFocus()
            return
        super().accept()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()
