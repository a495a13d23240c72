"""The Tax schedule tab (each tax's versions from a date; a new one, e.g. next year's rate set in
December) and the Settings tab (the server's settings, retention periods among them)."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from core.errors import QuittanceError
from core.money import format_money, parse_amount
from desktop.supervisor.admin_common import AdminTab, language, translate
from desktop.supervisor.context import SupervisorContext
from desktop.widgets import button, label


class ScheduleTab(AdminTab):
    path = "/admin/schedule"

    def __init__(self, context: SupervisorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.tax = QComboBox()
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        self.start.setMinimumHeight(48)
        self.start.setStyleSheet("QDateEdit::drop-down { width: 44px; }")
        self.start.setDate(QDate(date.today().year + 1, 1, 1))  # the usual case: next year's schedule
        self.amount = QLineEdit()
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.add = button("primary")
        self.row(self.tax, self.start, self.amount, stretch=False)
        self.row(self.note, self.add, stretch=False)
        self.add.clicked.connect(self._add)
        self.retranslate_form()

    def retranslate_form(self) -> None:
        self.amount.setPlaceholderText(translate("SupervisorAdmin", "New amount (or rate)"))
        self.note.setPlaceholderText(translate("SupervisorAdmin", "Why (e.g. budget voted on 12 December)"))
        self.add.setText(translate("SupervisorAdmin", "Apply from this date"))

    def headers(self) -> list[str]:
        return [translate("SupervisorAdmin", "Tax"), translate("SupervisorAdmin", "From"), translate("SupervisorAdmin", "Amount"), translate("SupervisorAdmin", "Today")]

    def _money(self, value: int | None) -> str:
        currency = self.data.get("currency") or "XOF"
        return "-" if value is None else format_money(value, currency, language(self.context))

    def rows(self, data: dict[str, Any]) -> list[list[str]]:
        rows = []
        for tax in data.get("taxes", []):
            for version in tax["versions"]:
                value = version["amount"] if tax["basis"] == "flat" else version["rate"]
                amount = self._money(value) + ("" if tax["basis"] == "flat" else " " + translate("SupervisorAdmin", "per unit"))
                rows.append([f"{tax['code']} {tax['label']}", version["effective_from"] or translate("SupervisorAdmin", "from the start"),
                             amount, translate("SupervisorAdmin", "in force") if version == tax["in_force"] else ""])
        return rows

    def loaded(self, data: dict[str, Any]) -> None:
        chosen = self.tax.currentData()
        self.tax.clear()
        for tax in data.get("taxes", []):
            self.tax.addItem(f"{tax['code']} {tax['label']}", tax["code"])
        if chosen is not None and self.tax.findData(chosen) >= 0:
            self.tax.setCurrentIndex(self.tax.findData(chosen))

    def _add(self) -> None:
        code = self.tax.currentData()
        tax = next((t for t in self.data.get("taxes", []) if t["code"] == code), None)
        if tax is None:
            return
        try:
            value = parse_amount(self.amount.text(), self.data.get("currency") or "XOF",
                                 locale=language(self.context))
        except QuittanceError as error:
            self.refuse(error.message(language(self.context)))
            return
        body = {"tax_code": code, "effective_from": self.start.date().toString("yyyy-MM-dd"),
                "amount" if tax["basis"] == "flat" else "rate": value, "note": self.note.text().strip() or None}
        self.send("/admin/schedule", body,
                  lambda answer: translate("SupervisorAdmin", "%1: %2 from %3. What was assessed before keeps its amount.")
                  .replace("%1", answer["tax_code"]).replace("%2", self._money(value))
                  .replace("%3", answer["effective_from"]))

    def after_send(self, answer: dict[str, Any]) -> None:
        self.amount.clear()
        self.note.clear()


class SettingsTab(AdminTab):
    path = "/settings"

    def __init__(self, context: SupervisorContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.value = QLineEdit()
        self.save = button("primary")
        self.report = button()
        self.row(self.value, self.save, self.report, stretch=False)
        self.explained = label("muted")
        self.form.addWidget(self.explained)
        self.save.clicked.connect(self._save)
        self.report.clicked.connect(self._report)
        self.table.itemSelectionChanged.connect(self._picked)
        self.retranslate_form()

    def retranslate_form(self) -> None:
        self.value.setPlaceholderText(translate("SupervisorAdmin", "New value of the chosen setting"))
        self.save.setText(translate("SupervisorAdmin", "Save"))
        self.report.setText(translate("SupervisorAdmin", "What is past its retention period?"))
        self._picked()

    def headers(self) -> list[str]:
        return [translate("SupervisorAdmin", "Setting"), translate("SupervisorAdmin", "Value"),
                translate("SupervisorAdmin", "Default"), translate("SupervisorAdmin", "Changed by")]

    def rows(self, data: dict[str, Any]) -> list[list[str]]:
        return [[s["key"], str(s["value"]), str(s["default"]), s["updated_by"] or "-"]
                for s in data.get("settings", [])]

    @staticmethod
    def meaning(setting: dict[str, Any]) -> str:
        """What a setting means, in the screen's language for those it knows (the server's words,
        in English, for a setting another feature declared)."""
        known = {
            "retention.fiscal_years": translate("SupervisorAdmin", "Years fiscal records (events, receipts, "
                                                "sign-offs) are kept. They are never deleted early."),
            "retention.personal_years": translate("SupervisorAdmin", "Years a closed taxpayer's personal data is "
                                                  "kept after they are closed."),
            "retention.sessions_days": translate("SupervisorAdmin", "Days ended supervisor sessions and "
                                                 "rate-limit counters are kept."),
        }
        return known.get(setting["key"], setting["description"])

    def _picked(self) -> None:
        setting = self.selected("settings")
        self.save.setEnabled(setting is not None)
        self.explained.setText(self.meaning(setting) if setting is not None else
                               translate("SupervisorAdmin", "Choose a setting in the list to change it."))
        if setting is not None:
            self.value.setText(str(setting["value"]))

    def _save(self) -> None:
        setting = self.selected("settings")
        if setting is None:
            return
        text = self.value.text().strip()
        value: int | str = int(text) if text.isdigit() else text
        self.send("/settings", {"key": setting["key"], "value": value},
                  lambda answer: translate("SupervisorAdmin", "%1 is now %2.").replace("%1", answer["key"]).replace("%2", str(answer["value"])),
                  method="PUT")

    def _report(self) -> None:
        client = self.context.client
        self.context.tasks.submit(lambda: client.read("/admin/retention"), self._reported, self._failed,
                                  label=translate("SupervisorAdmin", "Reading"))

    def _reported(self, reading: Any) -> None:
        found = reading.data
        fiscal, personal, sessions = found["fiscal"], found["personal"], found["sessions"]
        self.notice.show_message("warning", translate("SupervisorAdmin", 
            "Fiscal records older than %1 years: %2 events, %3 receipts (kept, never deleted). Taxpayers "
            "closed more than %4 years ago: %5 (a supervisor decides). Sessions older than %6 days: %7 "
            "(deleted by the server's retention purge).")
            .replace("%1", str(fiscal["years"])).replace("%2", str(fiscal["events"]["count"]))
            .replace("%3", str(fiscal["receipts"]["count"])).replace("%4", str(personal["years"]))
            .replace("%5", str(personal["closed_taxpayers"])).replace("%6", str(sessions["days"]))
            .replace("%7", str(sessions["supervisor_sessions"])))
