"""The supervisor's registry screen: conflicts between devices, resolved field by field, and
probable duplicate taxpayers, merged or dismissed. Every decision needs a reason.

It reads `/conflicts` and `/duplicates` and sends the decisions through the context's client, on
the task runner (never on the UI thread); after a decision both lists are read again. A reading
the server could not give (offline) shows the last copy with when it was fetched, and the
decision buttons wait for the network: a decision is never queued."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QButtonGroup, QGridLayout, QHBoxLayout, QListWidget, QListWidgetItem, QRadioButton,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from desktop.supervisor.context import SupervisorContext
from desktop.supervisor.registry_widgets import (ROWS, Decision, failure_text, field_name, reason_text, row_name, shown,
                                                 strong, translate, with_decision)
from desktop.widgets import Notice, button, label
from sync.client.http import ServerError


class ConflictsPane(QWidget):
    """Taxpayers with conflicts on the left; the chosen one's fields side by side on the right."""

    def __init__(self, screen: "RegistryScreen") -> None:
        super().__init__()
        self.screen, self.groups, self.choices = screen, [], {}
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        self.detail = QWidget()
        self.grid = QGridLayout()
        body = QVBoxLayout(self.detail)
        self.heading = label("subtitle")
        body.addWidget(self.heading)
        body.addLayout(self.grid)
        self.decision = Decision()
        self.resolve = button("primary")
        self.resolve.clicked.connect(self._resolve)
        self.decision.buttons.addStretch(1)
        self.decision.buttons.addWidget(self.resolve)
        body.addStretch(1)
        split.addWidget(self.list)
        split.addWidget(with_decision(self.detail, self.decision))
        split.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.retranslate()

    def retranslate(self) -> None:
        self.decision.reason_label.setText(translate("SupervisorRegistry", "Why this choice (kept with the decision)"))
        self.decision.reason.setPlaceholderText(translate("SupervisorRegistry", "For example: phoned the taxpayer"))
        self.resolve.setText(translate("SupervisorRegistry", "Resolve with these values"))
        self.fill(self.groups)

    def fill(self, groups: list[dict[str, Any]]) -> None:
        current = self.list.currentRow()
        self.groups = groups
        self.list.blockSignals(True)
        self.list.clear()
        for group in groups:
            fields = ", ".join(field_name(f["field"]) for f in group["fields"])
            self.list.addItem(QListWidgetItem(f"{group['name']}\n{fields}"))
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(max(current, 0), len(groups) - 1) if groups else -1)
        self._show(self.list.currentRow())

    def _clear_grid(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def _show(self, row: int) -> None:
        self._clear_grid()
        self.choices = {}
        has = 0 <= row < len(self.groups)
        self.decision.setVisible(has)
        if not has:
            self.heading.setText(translate("SupervisorRegistry",
                                           "No conflict to resolve: devices agree on every taxpayer."))
            return
        group = self.groups[row]
        heading = translate("SupervisorRegistry", "%1 (zone %2): choose the value of each field")
        self.heading.setText(heading.replace("%1", group["name"] or "").replace("%2", group["zone"] or "-"))
        for column, text in enumerate((translate("SupervisorRegistry", "Field"),
                                       translate("SupervisorRegistry", "Before"),
                                       translate("SupervisorRegistry", "Values sent by the devices"))):
            self.grid.addWidget(label("muted", text), 0, column)
        line = 1
        for field in group["fields"]:
            choice = QButtonGroup(self.detail)
            self.grid.addWidget(strong(field_name(field["field"])), line, 0)
            before = shown(field["before"]) if field["before_known"] else translate("SupervisorRegistry", "not known")
            self.grid.addWidget(label("", before), line, 1)
            for index, value in enumerate(field["values"]):
                who = " · ".join(x for x in (value["device"], value["agent"], (value["device_time"] or "")[:16]
                                             .replace("T", " ")) if x) or translate("SupervisorRegistry", "server")
                radio = QRadioButton(f"{shown(value['value'])}\n{who}")  # two lines: fits a narrow screen
                radio.setProperty("value", value["value"])
                choice.addButton(radio, index)
                self.grid.addWidget(radio, line, 2)
                line += 1
            self.choices[field["field"]] = choice
        self.grid.setColumnStretch(2, 1)

    def _resolve(self) -> None:
        group = self.groups[self.list.currentRow()]
        missing = [field_name(name) for name, choice in self.choices.items() if choice.checkedButton() is None]
        if missing:
            self.screen.notice.show_message("error", lambda: translate(
                "SupervisorRegistry", "Choose a value for: %1").replace("%1", ", ".join(missing)))
            return
        if not self.decision.text():
            self.screen.notice.show_message(
                "error", lambda: translate("SupervisorRegistry", "Say why: a decision needs a reason."))
            self.decision.reason.setFocus()
            return
        body = {"choices": {name: choice.checkedButton().property("value") for name, choice in self.choices.items()},
                "reason": self.decision.text()}
        self.screen.decide(f"/conflicts/{group['taxpayer_id']}/resolve", body,
                           lambda: translate("SupervisorRegistry",
                                             "Resolved: devices receive the chosen values at their next sync."))
        self.decision.reason.clear()


class DuplicatesPane(QWidget):
    """Pairs on the left; the chosen pair side by side, which to keep, Merge or Not a duplicate."""

    def __init__(self, screen: "RegistryScreen") -> None:
        super().__init__()
        self.screen, self.pairs = screen, []
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        self.detail = QWidget()
        body = QVBoxLayout(self.detail)
        self.heading = label("subtitle")
        body.addWidget(self.heading)
        self.grid = QGridLayout()
        body.addLayout(self.grid)
        self.keep = QButtonGroup(self.detail)
        self.keep_a, self.keep_b = QRadioButton(), QRadioButton()
        self.keep.addButton(self.keep_a, 0)
        self.keep.addButton(self.keep_b, 1)
        self.decision = Decision()
        self.merge, self.dismiss = button("primary"), button()
        self.merge.clicked.connect(self._merge)
        self.dismiss.clicked.connect(self._dismiss)
        self.decision.buttons.addWidget(self.dismiss)
        self.decision.buttons.addStretch(1)
        self.decision.buttons.addWidget(self.merge)
        body.addStretch(1)
        split.addWidget(self.list)
        split.addWidget(with_decision(self.detail, self.decision))
        split.setSizes([260, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.retranslate()

    def retranslate(self) -> None:
        self.decision.reason_label.setText(translate("SupervisorRegistry", "Why (kept with the decision)"))
        self.decision.reason.setPlaceholderText(translate("SupervisorRegistry",
                                                          "For example: same shop, registered twice"))
        self.merge.setText(translate("SupervisorRegistry", "Merge into the one kept"))
        self.dismiss.setText(translate("SupervisorRegistry", "Not a duplicate"))
        self.fill(self.pairs)

    def fill(self, pairs: list[dict[str, Any]]) -> None:
        current = self.list.currentRow()
        self.pairs = pairs
        self.list.blockSignals(True)
        self.list.clear()
        for pair in pairs:
            self.list.addItem(QListWidgetItem(f"{pair['a']['name']}\n{pair['b']['name']}\n{self._why(pair)}"))
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(max(current, 0), len(pairs) - 1) if pairs else -1)
        self._show(self.list.currentRow())

    @staticmethod
    def _why(pair: dict[str, Any]) -> str:
        why = ", ".join(reason_text(r) for r in pair["reasons"])
        return why + (f" ({pair['distance_m']} m)" if pair.get("distance_m") is not None else "")

    def _show(self, row: int) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None and widget not in (self.keep_a, self.keep_b):
                widget.deleteLater()
        has = 0 <= row < len(self.pairs)
        self.decision.setVisible(has)
        self.keep_a.setVisible(has)
        self.keep_b.setVisible(has)
        if not has:
            self.heading.setText(translate("SupervisorRegistry", "No probable duplicate."))
            return
        pair = self.pairs[row]
        self.heading.setText(translate("SupervisorRegistry", "Probable duplicate: %1").replace("%1", self._why(pair)))
        for line, key in enumerate(ROWS, start=1):  # line 0: which to keep, above each column
            self.grid.addWidget(label("muted", row_name(key)), line, 0)
            for column, side in ((1, pair["a"]), (2, pair["b"])):
                value = side.get(key)
                if key == "created_at":
                    value = (value or "")[:10]
                other = pair["b" if column == 1 else "a"].get(key)
                different = key not in ("receipts", "created_at") and value != other
                self.grid.addWidget(strong(shown(value)) if different else label("", shown(value)), line, column)
        self.keep_a.setText(translate("SupervisorRegistry", "Keep this one"))
        self.keep_b.setText(translate("SupervisorRegistry", "Keep this one"))
        self.keep_a.setChecked(True)  # the first registered, by default
        self.grid.addWidget(self.keep_a, 0, 1)
        self.grid.addWidget(self.keep_b, 0, 2)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)

    def _reason(self) -> str | None:
        if not self.decision.text():
            self.screen.notice.show_message(
                "error", lambda: translate("SupervisorRegistry", "Say why: a decision needs a reason."))
            self.decision.reason.setFocus()
            return None
        return self.decision.text()

    def _merge(self) -> None:
        pair, reason = self.pairs[self.list.currentRow()], self._reason()
        if reason is None:
            return
        keep, merge = (pair["a"], pair["b"]) if self.keep.checkedId() == 0 else (pair["b"], pair["a"])
        self.screen.decide("/duplicates/merge", {"keep": keep["id"], "merge": merge["id"], "reason": reason},
                           lambda: translate("SupervisorRegistry",
                                             "Merged: the payments of both are listed under the one kept."))
        self.decision.reason.clear()

    def _dismiss(self) -> None:
        pair, reason = self.pairs[self.list.currentRow()], self._reason()
        if reason is None:
            return
        self.screen.decide("/duplicates/dismiss", {"a": pair["a"]["id"], "b": pair["b"]["id"], "reason": reason},
                           lambda: translate("SupervisorRegistry", "Noted: this pair is no longer proposed."))
        self.decision.reason.clear()


class RegistryScreen(QWidget):
    def __init__(self, context: SupervisorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.readings: dict[str, Any] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = label("title", wrap=False)
        self.fetched = label("muted")
        self.refresh_button = button()
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.fetched)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.notice = Notice()
        layout.addWidget(self.notice)
        self.tabs = QTabWidget()
        self.conflicts, self.duplicates = ConflictsPane(self), DuplicatesPane(self)
        self.tabs.addTab(self.conflicts, "")
        self.tabs.addTab(self.duplicates, "")
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.title.setText(translate("SupervisorRegistry", "Registry: conflicts and duplicates"))
        self.refresh_button.setText(translate("SupervisorRegistry", "Refresh"))
        self._counts()
        self.conflicts.retranslate()
        self.duplicates.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _counts(self) -> None:
        conflicts, pairs = str(len(self.conflicts.groups)), str(len(self.duplicates.pairs))
        self.tabs.setTabText(0, translate("SupervisorRegistry", "Conflicts (%1)").replace("%1", conflicts))
        self.tabs.setTabText(1, translate("SupervisorRegistry", "Duplicates (%1)").replace("%1", pairs))
        offline = any(r.cached for r in self.readings.values())
        fetched = min((r.fetched_at for r in self.readings.values()), default="")
        self.fetched.setText(translate("SupervisorRegistry", "Offline: as fetched at %1")
                             .replace("%1", fetched[:16].replace("T", " "))
                             if offline else "")
        for widget in (self.conflicts.resolve, self.duplicates.merge, self.duplicates.dismiss):
            widget.setEnabled(not offline)

    def refresh(self) -> None:
        client = self.context.client
        self.context.tasks.submit(lambda: (client.read("/conflicts"), client.read("/duplicates")), self._read,
                                  self._failed)

    def _read(self, readings: tuple[Any, Any]) -> None:
        self.readings = {"conflicts": readings[0], "duplicates": readings[1]}
        self.conflicts.fill(readings[0].data["taxpayers"])
        self.duplicates.fill(readings[1].data["pairs"])
        self._counts()

    def _failed(self, error: BaseException) -> None:
        self.notice.show_message("error", lambda: failure_text(error))

    def decide(self, path: str, body: dict[str, Any], done: Callable[[], str]) -> None:
        """Send a decision; on success say so and read both lists again."""
        client = self.context.client
        self.notice.clear()

        def sent(_answer: Any) -> None:
            self.notice.show_message("success", done)
            self.refresh()

        def refused(error: BaseException) -> None:
            self.notice.show_message("error", lambda: failure_text(error))
            if isinstance(error, ServerError) and error.status == 409:
                self.refresh()

        self.context.tasks.submit(lambda: client.send(path, body), sent, refused)


def title() -> str:
    return translate("SupervisorRegistry", "Registry")


def make(context: SupervisorContext, parent: QWidget | None = None) -> QWidget:
    return RegistryScreen(context, parent)
