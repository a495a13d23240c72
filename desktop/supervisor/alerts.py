"""The supervisor's alert queue, the voids waiting for approval and the devices' technical
journals (screen key "alerts").

Three tabs: the open alerts, one card each with its own action buttons (what the server says the
alert allows), the voids to approve or reject, and the journals (desktop/supervisor/journal.py).
Every decision asks for a reason in a dialog first; the server records it with the logged-in
supervisor's name. Reads and decisions run on the
task runner, never on the UI thread. Offline, the last lists kept are shown with when they were
fetched, and no decision can be made (a decision is never queued: it says why it failed)."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from desktop.supervisor import alerts_words as words
from desktop.supervisor.context import SupervisorContext
from desktop.supervisor.journal import JournalScreen
from desktop.views.dialogs import ConfirmDialog
from desktop.widgets import Card, Notice, button, label, scrolling
from sync.client.http import ServerError, Unreachable
from sync.client.supervisor import Reading

translate = QCoreApplication.translate


class DecisionDialog(ConfirmDialog):
    """What the action does, and the reason, which is required."""

    def __init__(self, title: str, action: str, parent: QWidget | None = None) -> None:
        super().__init__(title, words.action_explained(action), words.action_label(action),
                         translate("SupervisorAlerts", "Cancel"), danger=action in ("revoke", "reject"),
                         parent=parent)
        self.setObjectName("decision_dialog")
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("decision_reason")
        self.reason.setPlaceholderText(translate("SupervisorAlerts", "Why: what you checked or found"))
        self.reason.setMaximumHeight(120)
        self.reason.setTabChangesFocus(True)
        self.extra.addWidget(self.reason)
        self.notice = Notice()
        self.extra.addWidget(self.notice)
        self.confirm_button.setDefault(False)

    def accept(self) -> None:
        if not self.reason.toPlainText().strip():
            self.notice.show_message("error", lambda: translate("SupervisorAlerts", "Write the reason for your decision."))
            self.reason.setFocus()
            return
        super().accept()

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class AlertsScreen(QWidget):
    def __init__(self, context: SupervisorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supervisor_alerts")
        self.context = context
        self.alerts: list[dict[str, Any]] = []
        self.voids: list[dict[str, Any]] = []
        self.offline = False
        self.fetched_at = ""
        self.dialog: DecisionDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 10)
        layout.setSpacing(8)
        header = QHBoxLayout()
        self.title = label("title", wrap=False)
        header.addWidget(self.title)
        header.addStretch(1)
        self.refresh_button = button()
        self.refresh_button.setObjectName("alerts_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        header.addWidget(self.refresh_button)
        layout.addLayout(header)
        self.status = label("muted")
        self.status.setObjectName("alerts_status")
        layout.addWidget(self.status)
        self.notice = Notice()
        self.notice.setObjectName("alerts_notice")
        layout.addWidget(self.notice)
        self.tabs = QTabWidget()
        self.alert_list, self.alert_page = self._list_page()
        self.void_list, self.void_page = self._list_page()
        self.tabs.addTab(self.alert_page, "")
        self.tabs.addTab(self.void_page, "")
        # The devices' technical journals (issue 14): wrong PINs, lockouts, clock jumps, printer
        # failures... read beside what was flagged. The rail has no room for an eighth screen.
        self.journal = JournalScreen(context, embedded=True)
        self.tabs.addTab(self.journal, "")
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.refresh()

    @staticmethod
    def _list_page() -> tuple[QVBoxLayout, QWidget]:
        inner = QWidget()
        rows = QVBoxLayout(inner)
        rows.setContentsMargins(0, 8, 0, 8)
        rows.setSpacing(10)
        rows.addStretch(1)
        return rows, scrolling(inner)

    # -- reading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        client = self.context.client
        self.refresh_button.setEnabled(False)
        self.status.setText(translate("SupervisorAlerts", "Reading the queue from the server…"))

        def read() -> tuple[Reading, Reading]:
            return client.read("/alerts", {"status": "open"}), client.read("/voids", {"status": "pending"})

        self.context.tasks.submit(read, self._shown, self._read_failed)
        self.journal.refresh()

    def _shown(self, readings: tuple[Reading, Reading]) -> None:
        alerts, voids = readings
        self.alerts, self.voids = alerts.data["alerts"], voids.data["voids"]
        self.offline = alerts.cached or voids.cached
        self.fetched_at = min(alerts.fetched_at, voids.fetched_at)
        self.refresh_button.setEnabled(True)
        self._fill()

    def _read_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText("")
        self.notice.show_message("error", lambda: self._error_words(error))

    def _fill(self) -> None:
        self._clear(self.alert_list)
        self._clear(self.void_list)
        for alert in self.alerts:
            self._add(self.alert_list, self._alert_card(alert))
        for void in self.voids:
            self._add(self.void_list, self._void_card(void))
        if not self.alerts:
            self._add(self.alert_list, label("muted", translate("SupervisorAlerts", "No open alert.")))
        if not self.voids:
            self._add(self.void_list, label("muted", translate("SupervisorAlerts", "No void waits for approval.")))
        self.retranslate_counts()

    @staticmethod
    def _clear(rows: QVBoxLayout) -> None:
        while rows.count() > 1:  # the stretch stays last
            item = rows.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # out of the screen now, not at the next turn of the loop
                widget.deleteLater()

    @staticmethod
    def _add(rows: QVBoxLayout, widget: QWidget) -> None:
        rows.insertWidget(rows.count() - 1, widget)

    def _card(self, name: str, title: str, subtitle: str, detail: str, actions: list[str],
              decide: Callable[[str], None]) -> Card:
        card = Card()
        card.setObjectName(name)
        card.body.addWidget(label("subtitle", title))
        card.body.addWidget(label("", subtitle))
        card.body.addWidget(label("muted", detail))
        row = QHBoxLayout()
        row.addStretch(1)
        for action in actions:
            choice = button("danger" if action in ("revoke", "reject") else "primary" if action == "approve" else "")
            choice.setObjectName(f"action_{action}")
            choice.setText(words.action_label(action))
            choice.setEnabled(not self.offline)
            choice.clicked.connect(lambda _checked=False, a=action: decide(a))
            row.addWidget(choice)
        card.body.addLayout(row)
        return card

    def _alert_card(self, alert: dict[str, Any]) -> Card:
        return self._card(f"alert_{alert['id']}", words.alert_title(alert), words.who(alert),
                          words.alert_detail(alert, self.context.timezone), alert["actions"],
                          lambda action: self.ask(alert, action, f"/alerts/{alert['id']}/decide"))

    def _void_card(self, void: dict[str, Any]) -> Card:
        subtitle = words.who(void) + " · " + void.get("taxpayer_name", "")
        return self._card(f"void_{void['receipt_no']}", words.void_title(void, self.context.language), subtitle,
                          words.void_detail(void, self.context.timezone), void["actions"],
                          lambda action: self.ask(void, action, f"/voids/{void['receipt_no']}/{action}"))

    # -- deciding ---------------------------------------------------------------------------------
    def ask(self, item: dict[str, Any], action: str, path: str) -> None:
        """The reason dialog (window-modal, not blocking); the decision is sent once it is accepted."""
        title = words.alert_title(item) if "kind" in item else words.void_title(item, self.context.language)
        if self.dialog is not None:
            self.dialog.deleteLater()  # the last decision's, closed
        dialog = self.dialog = DecisionDialog(title, action, self)
        body = {"reason": ""} if "kind" not in item else {"action": action, "reason": ""}
        dialog.accepted.connect(lambda: self._send(path, {**body, "reason": dialog.reason_text()}))
        dialog.open()

    def _send(self, path: str, body: dict[str, Any]) -> None:
        client = self.context.client
        self.notice.clear()
        self.context.tasks.submit(lambda: client.send(path, body), self._decided, self._decide_failed)

    def _decided(self, answer: dict[str, Any]) -> None:
        decision = answer.get("decision") or {}
        self.notice.show_message("success", translate("SupervisorAlerts", "Recorded: %1, by %2.")
                                 .replace("%1", words.action_label(decision.get("action", "")))
                                 .replace("%2", decision.get("by", "")))
        self.refresh()

    def _decide_failed(self, error: BaseException) -> None:
        self.notice.show_message("error", lambda: self._error_words(error))
        self.refresh()

    @staticmethod
    def _error_words(error: BaseException) -> str:
        if isinstance(error, Unreachable):
            return translate("SupervisorAlerts", "The server cannot be reached: nothing was decided. Try again when "
                                                 "the network is back.")
        if isinstance(error, ServerError) and error.code == "already_decided":
            return translate("SupervisorAlerts", "Someone else decided this a moment ago: the list is read again.")
        if isinstance(error, ServerError) and error.code == "not_found":
            return translate("SupervisorAlerts", "This is no longer open (its cause ended, or it was decided): the "
                                                 "list is read again.")
        if isinstance(error, ServerError):
            return translate("SupervisorAlerts", "The server refused: %1").replace("%1", error.message)
        return translate("SupervisorAlerts", "Something went wrong: %1").replace("%1", str(error))

    # -- words ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(translate("SupervisorAlerts", "Alerts and voids"))
        self.refresh_button.setText(translate("SupervisorAlerts", "Refresh"))
        self.retranslate_counts()

    def retranslate_counts(self) -> None:
        self.tabs.setTabText(0, translate("SupervisorAlerts", "Alerts (%1)").replace("%1", str(len(self.alerts))))
        self.tabs.setTabText(1, translate("SupervisorAlerts", "Voids to approve (%1)").replace("%1", str(len(self.voids))))
        self.tabs.setTabText(2, translate("SupervisorAlerts", "Technical journal"))
        if not self.fetched_at:
            return
        if self.offline:
            self.status.setText(translate("SupervisorAlerts", "Not live: the server cannot be reached. As it was at "
                                                              "%1; decisions wait for the network.")
                                .replace("%1", self.context.when(self.fetched_at)))
        else:
            self.status.setText(translate("SupervisorAlerts", "As the server gave it at %1.")
                                .replace("%1", self.context.when(self.fetched_at)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.fetched_at:
                self._fill()
        super().changeEvent(event)


def make(context: SupervisorContext, parent: QWidget | None = None) -> QWidget:
    return AlertsScreen(context, parent)
