"""The two tables of the statements screen (flags, matched) and the words they show.

Amounts come from the server in minor units and are formatted by core.money in the screen's
language; times come in UTC and are shown in the municipality's time zone."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from core.money import format_money
from core.timezones import local_moment

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", "text") calls

OPEN_BG = QColor("#fde8e8")
CLEARED_BG = QColor("#eef1f4")


def kind_text(kind: str) -> str:
    return {"amount_mismatch": translate("Statements", "Different amount"),
            "time_mismatch": translate("Statements", "Outside the time window"),
            "line_unmatched": translate("Statements", "No receipt"),
            "receipt_unmatched": translate("Statements", "Not on the statement")}.get(kind, kind)


def flag_headers() -> list[str]:
    return [translate("Statements", "Problem"), translate("Statements", "Reference"),
            translate("Statements", "Statement"), translate("Statements", "Receipt"),
            translate("Statements", "Status")]


def matched_headers() -> list[str]:
    return [translate("Statements", "Reference"), translate("Statements", "Amount"),
            translate("Statements", "Statement time"), translate("Statements", "Receipt"),
            translate("Statements", "Agent")]


def make_table(name: str, columns: int, stretch_from: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(44)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    # Short columns take what they need; the long ones share the rest (the whole text is in the
    # cell's tooltip), so that the status stays on screen at 1024 px.
    for column in range(columns):
        mode = QHeaderView.ResizeMode.ResizeToContents if column < stretch_from else QHeaderView.ResizeMode.Stretch
        header.setSectionResizeMode(column, mode)
    return table


class Words:
    """How one answer's amounts and times read: its currency, its time zone, the screen's language."""

    def __init__(self, answer: dict[str, Any], language: str) -> None:
        self.currency = answer.get("currency") or "XOF"
        self.timezone = answer.get("timezone")
        self.language = language

    def money(self, amount: int | None) -> str:
        return "" if amount is None else format_money(amount, self.currency, self.language)

    def time(self, iso: str | None) -> str:
        return "" if not iso else local_moment(iso, self.timezone).strftime("%d/%m/%Y %H:%M")

    def short_time(self, iso: str | None) -> str:
        return "" if not iso else local_moment(iso, self.timezone).strftime("%d/%m %H:%M")

    def line(self, item: dict[str, Any] | None) -> str:
        if not item:
            return "—"
        return f"{self.money(item['amount'])}\n{self.short_time(item['occurred_at'])}"

    def receipt(self, item: dict[str, Any] | None) -> str:
        if not item:
            return "—"
        return f"{item['receipt_no']}\n{self.money(item['amount'])} · {self.short_time(item['paid_at'])}"

    def status(self, flag: dict[str, Any]) -> str:
        done = flag.get("cleared")
        if not done:
            return translate("Statements", "Open")
        return translate("Statements", "Cleared by %1 (%2): %3").replace("%1", done["by"]) \
            .replace("%2", self.time(done["at"])).replace("%3", done["reason"])


def _cell(text: str, data: Any = None, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if tip:
        item.setToolTip(tip)
    return item


def fill_flags(table: QTableWidget, flags: list[dict[str, Any]], words: Words) -> None:
    """Open flags first, then cleared ones (still shown, greyed, with who cleared them and why)."""
    ordered = sorted(flags, key=lambda f: (bool(f.get("cleared")), f["kind"], f["id"]))
    table.setRowCount(len(ordered))
    for row, flag in enumerate(ordered):
        line, receipt = flag.get("line"), flag.get("receipt")
        reference = (line or receipt or {}).get("reference", "")
        where = translate("Statements", "%1, line %2").replace("%1", line["operator"]) \
            .replace("%2", str(line["line_no"])) if line else ""
        agent = (receipt or {}).get("agent") or ""
        # The flag's name (L12, or a receipt number) under its kind: the command line clears it by it.
        cells = [_cell(f"{kind_text(flag['kind'])}\n{flag['id']}", flag), _cell(reference),
                 _cell(words.line(line), tip=where),
                 _cell(words.receipt(receipt), tip=f"{words.receipt(receipt)} ({agent})" if receipt else ""),
                 _cell(words.status(flag), tip=words.status(flag))]
        for column, cell in enumerate(cells):
            cell.setBackground(QBrush(CLEARED_BG if flag.get("cleared") else OPEN_BG))
            table.setItem(row, column, cell)
    table.resizeRowsToContents()


def fill_matched(table: QTableWidget, matched: list[dict[str, Any]], words: Words) -> None:
    table.setRowCount(len(matched))
    for row, pair in enumerate(sorted(matched, key=lambda m: m["line"]["occurred_at"])):
        line, receipt = pair["line"], pair["receipt"]
        for column, text in enumerate((line["reference"], words.money(line["amount"]),
                                       words.short_time(line["occurred_at"]),
                                       f"{receipt['receipt_no']} · {words.short_time(receipt['paid_at'])}",
                                       receipt.get("agent") or "")):
            table.setItem(row, column, _cell(text, tip=text))


def selected_flag(table: QTableWidget) -> dict[str, Any] | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item else None
