"""Walk every screen of the agent's app and collect the text a user can see on it.

`SCREENS` lists the steps in order; each opens one screen (or a state of one: a refusal, a
dialog) from where the previous left the app, and reads it with `Walk.read`. A new screen is
one more `@screen("name")` function (keep the order: login first, the storage banner last).
`visible_texts(widget)` reads labels, buttons, placeholders, tooltips, window titles, combo
items, group and tab titles, text edits, and the data and headers of every item view."""
from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QGroupBox,
                               QLabel, QLineEdit, QPlainTextEdit, QTabWidget, QTextEdit, QWidget)

from tests.ui.conftest import WAIT_MS, answer_next_dialog, log_in, taxpayer_with_arrears, type_text, wait_idle

_TAG = re.compile(r"<[^>]+>")
_ROWS = 30  # rows read per item view: enough to see every kind of cell
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
          *(Qt.ItemDataRole.UserRole + n for n in range(1, 11)))


def _plain(text: str) -> str:
    return html.unescape(_TAG.sub(" ", text or "")).strip()


def _model_texts(model: QAbstractItemModel) -> Iterator[tuple[str, str]]:
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)  # private on a list
    for section in range(columns):
        yield "header", str(model.headerData(section, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(root), _ROWS)):
        for column in range(columns):
            index = model.index(row, column)
            for role in _ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield f"cell {row},{column}", value


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text shown by `root` and its visible children."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        kind = f"{type(widget).__name__} {widget.objectName()}".strip()
        found: list[tuple[str, str]] = [("tooltip", widget.toolTip()), ("accessible", widget.accessibleName())]
        if widget.isWindow():
            found.append(("window title", widget.windowTitle()))
        if isinstance(widget, QLabel):
            found.append(("text", widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append(("text", widget.text()))
        elif isinstance(widget, QLineEdit):
            found += [("text", widget.text()), ("placeholder", widget.placeholderText())]
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            found += [("text", widget.toPlainText()), ("placeholder", widget.placeholderText())]
        elif isinstance(widget, QComboBox):
            found += [(f"item {i}", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            found.append(("title", widget.title()))
        elif isinstance(widget, QTabWidget):
            found += [(f"tab {i}", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractSpinBox):
            found += [("text", widget.text()), ("special", widget.specialValueText())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            found += list(_model_texts(widget.model()))
        for where, text in found:
            text = _plain(text)
            if text:
                yield f"{kind} {where}", text


@dataclass
class Walk:
    qtbot: object
    main: QWidget
    ledger: object
    clock: object
    language: str
    seen: list[tuple[str, str, str]] = field(default_factory=list)  # (screen, where, text)
    taxpayer: str = ""  # the taxpayer the card, payment and void steps work on

    def read(self, screen: str, root: QWidget | None = None) -> None:
        """Everything visible now, in the main window (rail, banners included) or in `root`."""
        self.seen += [(screen, where, text) for where, text in visible_texts(root or self.main)]

    def read_next_dialog(self, screen: str, then: Callable[[QWidget], None] = lambda d: d.reject()) -> dict:
        """Read the next modal dialog when it is up, then act on it (reject by default)."""
        done: dict = {}

        def act(dialog: QWidget) -> None:
            self.read(screen, dialog)
            then(dialog)
            done["read"] = True

        answer_next_dialog(self.qtbot, act)
        return done

    def click(self, button: QAbstractButton) -> None:
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def until(self, condition: Callable[[], object]) -> None:
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=WAIT_MS)

    def idle(self) -> None:
        wait_idle(self.qtbot, self.main)


SCREENS: list[tuple[str, Callable[[Walk], None]]] = []


def screen(name: str) -> Callable[[Callable[[Walk], None]], Callable[[Walk], None]]:
    def register(step: Callable[[Walk], None]) -> Callable[[Walk], None]:
        SCREENS.append((name, step))
        return step
    return register


def walk(walker: Walk) -> list[tuple[str, str, str]]:
    """Every step in order; returns what was seen, each text named with its screen."""
    for _name, step in SCREENS:
        step(walker)
        walker.idle()
    dump = os.environ.get("QUITTANCE_WALK_DUMP")  # a folder: what each language showed, to read by eye
    if dump:
        lines = [f"[{screen}] {where}: {text}" for screen, where, text in walker.seen]
        Path(dump, f"walk-{walker.language}.txt").write_text("\n".join(lines), encoding="utf-8")
    return walker.seen


# -- the steps ---------------------------------------------------------------------------------
@screen("login")
def _login(w: Walk) -> None:
    w.main.set_language(w.language)
    w.idle()
    w.read("login")
    w.click(list(w.main.login.agent_buttons.values())[1])
    w.qtbot.keyClicks(w.main.login.pin, "0000")
    w.click(w.main.login.ok_button)
    w.until(lambda: w.main.login.notice.text())
    w.read("login: wrong PIN")
    log_in(w.qtbot, w.main)


@screen("home")
def _home(w: Walk) -> None:
    w.main.navigate("home")
    w.idle()
    w.read("home")


@screen("search")
def _search(w: Walk) -> None:
    w.main.show_search("ka")
    w.until(lambda: w.main.search.model.rowCount() > 0)
    w.idle()
    w.read("search with results")
    w.main.show_search("zzqxw")
    w.until(lambda: w.main.search._shown_text == "zzqxw")
    w.idle()
    w.read("search without result")


@screen("session")
def _session(w: Walk) -> None:
    view = w.main.session
    w.main.navigate("session")
    w.idle()
    w.read("session: none open")
    view.float_input.setText("abc")
    w.click(view.open_button)
    w.read("session: float refused")
    view.float_input.clear()
    w.click(view.open_button)
    w.until(lambda: view.session_id is not None)
    w.idle()
    w.read("session: open")


@screen("card")
def _card(w: Walk) -> None:
    w.taxpayer = taxpayer_with_arrears(w.ledger)
    w.main.open_card(w.taxpayer)
    w.until(lambda: w.main.card.card is not None and w.main.card.pay_button.isEnabled())
    w.idle()
    w.read("taxpayer card")


@screen("payment")
def _payment(w: Walk) -> None:
    view = w.main.payment
    w.click(w.main.card.pay_button)
    w.idle()
    w.read("payment form")
    view.amount.setText("abc")
    w.click(view.continue_button)
    w.read("payment: amount refused")
    w.click(view.method_buttons["mobile_money"])
    view.amount.setText("1000")
    w.click(view.continue_button)
    w.read("payment: reference refused")
    w.click(view.method_buttons["cash"])
    # A period in the wrong format, refused by the core after the confirmation.
    view.line.setCurrentIndex(view.line.count() - 1)
    view.period.setText("26")
    view.advance.setChecked(True)
    view.amount.setText("1000")
    w.read("payment: another tax or period")
    w.read_next_dialog("payment: confirmation", lambda dialog: dialog.accept())
    w.click(view.continue_button)
    w.idle()
    w.until(lambda: view.notice.text())
    w.read("payment: period refused")
    # More than is owed, refused as it is typed: no confirmation opens.
    view.line.setCurrentIndex(0)
    view.advance.setChecked(False)
    due = view.line.currentData().due
    view.amount.setText(w.main.ctx.money_plain(due * 3))
    w.click(view.continue_button)
    w.idle()
    w.read("payment: above the balance")
    # Then a good one, to its receipt.
    view.line.setCurrentIndex(0)
    view.amount.setText(w.main.ctx.money_plain(due))
    w.read_next_dialog("payment: confirmation", lambda dialog: dialog.accept())
    w.click(view.continue_button)
    w.until(lambda: view.pages.currentWidget() is view.receipt)
    w.idle()
    w.read("payment: receipt")


@screen("void")
def _void(w: Walk) -> None:
    card = w.main.card
    w.main.open_card(w.taxpayer)
    w.until(lambda: card.payments_model.rowCount() > 0)
    card.payments_table.selectRow(0)
    w.idle()
    w.read("card with a receipt")
    reason = {"en": "Wrong taxpayer", "pt": "Contribuinte errado"}.get(w.language, "Erreur")

    def answer(dialog: QWidget) -> None:
        dialog.confirm_button.click()  # no reason: refused in the dialog
        w.read("void dialog: no reason", dialog)
        type_text(dialog.reason, reason)
        dialog.confirm_button.click()

    w.read_next_dialog("void dialog", answer)
    w.click(card.void_button)
    w.until(lambda: card.payments_model.rowCount() > 0 and card.payments_model.payment(0).voided)
    w.idle()
    w.read("card: receipt voided")


@screen("print failure")
def _print_failure(w: Walk) -> None:
    card, gateway = w.main.card, w.main.ctx.printer
    uri, profile = gateway.printer()
    gateway.save_printer("file:///no/such/folder/receipt.bin", profile)
    card.payments_table.selectRow(0)
    w.click(card.reprint_button)
    w.until(lambda: card.print_status.state == "failed")
    w.idle()
    w.read("card: reprint failed")
    gateway.save_printer(uri, profile)


@screen("home after payments")
def _home_again(w: Walk) -> None:
    w.main.navigate("home")
    w.idle()
    w.read("home after payments")


@screen("registration")
def _registration(w: Walk) -> None:
    form = w.main.form
    w.main.navigate("new")
    w.idle()
    w.read("registration form")
    w.click(form.save_button)
    w.read("registration: name refused")
    w.qtbot.keyClicks(form.name, "Mwamba Odette")
    form.address.setText("Avenue\x7f Lumumba")
    w.click(form.save_button)
    w.read("registration: invisible character refused")
    form.address.setText("Avenue Lumumba " * 40)
    w.click(form.save_button)
    w.read("registration: text too long")
    form.address.clear()
    w.qtbot.keyClicks(form.phone, "81-abc")
    w.click(form.save_button)
    w.read("registration: phone refused")
    form.phone.clear()
    w.click(form.objects.add_button)
    w.click(form.save_button)
    w.read("registration: object without reference")
    form.objects.clear()
    panel = form.location_panel
    panel.manual_button.setChecked(True)
    panel.lat.setText("123")
    panel.lon.setText("abc")
    w.click(panel.use_manual)
    w.read("registration: coordinates refused")
    existing = next(r.hit for r in w.ledger.reads.search("a", limit=100) if r.hit.phone)
    form.phone.setText(existing.phone)
    w.until(lambda: form.similar_notice.isVisible())
    w.read("registration: similar taxpayer")
    w.read_next_dialog("registration: similar taxpayer question")  # "go back and check"
    w.click(form.save_button)
    w.idle()
    panel.stop()
    form.start_new()


@screen("z-report")
def _z_report(w: Walk) -> None:
    view = w.main.session
    line = w.ledger.reads.taxpayer_card(w.taxpayer).oldest_due()  # a valid payment, so totals name a tax
    w.ledger.pay(taxpayer_id=w.taxpayer, tax_code=line.tax_code, period=line.period, amount=line.due, method="cash")
    w.main.navigate("session")
    w.idle()
    w.read("session: open, with payments")
    w.read_next_dialog("session: close confirmation", lambda dialog: dialog.accept())
    w.click(view.close_button)
    w.until(lambda: view.closed_report is not None)
    w.idle()
    w.read("session: closed, Z-report")


@screen("settings")
def _settings(w: Walk) -> None:
    view = w.main.settings
    w.main.navigate("settings")
    w.idle()
    w.read("settings")
    view.printer_uri.setText("printer://nowhere")
    w.click(view.save_button)
    w.idle()
    w.read("settings: printer address refused")


@screen("sync")
def _sync(w: Walk) -> None:
    w.main.navigate("sync")
    w.idle()
    w.read("sync")


@screen("enroll")
def _enroll(w: Walk) -> None:
    from tests.sync_client.fake_server import FakeServer

    main, view = w.main, w.main.enroll
    main.ctx.sync.transport = FakeServer().transport()  # knows no code: the one typed is refused
    main.navigate("sync")
    w.until(lambda: main.sync.enroll_button.isVisible())
    w.click(main.sync.enroll_button)
    w.idle()
    w.read("enroll")
    view.server.clear()
    w.qtbot.keyClicks(view.server, "htp:/srv.kananga")
    w.read("enroll: address refused as typed")
    view.server.setText("https://srv.kananga.example")  # typed text: no French word of ours
    w.qtbot.keyClicks(view.code, "K7Q2!")
    w.read("enroll: code refused as typed")
    view.code.clear()
    w.qtbot.keyClicks(view.code, "BADC0DE1")
    w.click(view.submit_button)
    w.until(lambda: view.notice.isVisible())
    w.idle()
    w.read("enroll: code refused by the server")
    w.click(view.cancel_button)


@screen("shortcuts dialog")
def _shortcuts(w: Walk) -> None:
    seen = w.read_next_dialog("shortcuts dialog")
    w.main.show_shortcuts()
    w.until(lambda: seen.get("read"))


@screen("clock dialog")
def _clock(w: Walk) -> None:
    w.main.navigate("session")
    w.idle()
    w.main.session.show_open_form()  # a session closed earlier in the walk leaves its Z-report shown
    w.idle()  # the view refreshes as it shows; a click while it is busy is ignored
    w.clock.advance(days=3)
    seen = w.read_next_dialog("clock dialog")
    w.click(w.main.session.open_button)
    w.until(lambda: seen.get("read"))
    w.idle()
    w.read("session: clock refused")
    w.clock.advance(days=-3)


@screen("revoked device")
def _revoked(w: Walk) -> None:
    from core.device_status import clear_revoked, mark_revoked

    runner = w.main.ctx.sync
    with w.ledger.store.transaction() as conn:
        mark_revoked(conn, "2026-11-20T10:00:00.000Z")
    runner.refresh()
    w.until(lambda: runner.revoked)
    w.main.navigate("home")
    w.idle()
    w.read("home: device revoked")
    w.main.navigate("sync")
    w.idle()
    w.read("sync: device revoked")
    w.main.open_card(w.taxpayer)
    w.until(lambda: w.main.card.card is not None)
    w.main._start_payment(w.main.card.card)
    w.idle()
    w.read("payment: device revoked")
    with w.ledger.store.transaction() as conn:
        clear_revoked(conn)
    runner.refresh()
    w.until(lambda: not runner.revoked)


@screen("storage banner")
def _storage_banner(w: Walk) -> None:
    from core.errors import StorageFault

    ctx = w.main.ctx
    ctx.storage_fault = StorageFault("storage_full", path="device.db", folder=".", detail="")
    ctx.storageFaultChanged.emit()
    w.main.navigate("home")
    w.idle()
    w.read("storage banner")
    ctx.storage_fault = None
    ctx.storageFaultChanged.emit()
