"""Settings' "Change my PIN" on an encrypted device: the logged-in agent's old PIN, the new one
twice. The envelope checks the old PIN and wraps the data key under the new one
(core/vault.change_pin, off the UI thread); the database itself is not re-encrypted. Its PIN
policy's refusal is shown as the vault words it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QWidget

from core.errors import QuittanceError
from desktop.context import AppContext
from desktop.unlocking import check_and_change_pin, data_key
from desktop.views.pin_pad import pin_field
from desktop.widgets import Card, Notice, busy_bar, button, field_label, label, mark_invalid, reveal


class ChangePinCard(Card):
    deviceLocked = Signal()  # too many wrong current PINs: the device locks like at the unlock

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_pin")
        self.ctx = ctx
        self.title = label("subtitle")
        self.body.addWidget(self.title)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(18)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.old_label, self.new_label, self.again_label = field_label(), field_label(), field_label()
        self.old = pin_field("change_pin_old")
        self.new = pin_field("change_pin_new")
        self.again = pin_field("change_pin_again")
        for caption, field in ((self.old_label, self.old), (self.new_label, self.new), (self.again_label, self.again)):
            form.addRow(caption, field)
        self.again.returnPressed.connect(self.submit)
        self.body.addLayout(form)
        self.notice = Notice()
        self.notice.setObjectName("change_pin_notice")
        self.body.addWidget(self.notice)
        self.busy = busy_bar()
        self.body.addWidget(self.busy)
        self.save = button("primary")
        self.save.setObjectName("change_pin_save")
        self.save.clicked.connect(self.submit)
        self.body.addWidget(self.save)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Shown only on an encrypted device with an agent logged in; never on the demo, which must
        keep opening with nobody typing a PIN."""
        self.setVisible(data_key(self.ctx.ledger) is not None and bool(self.ctx.ledger.agent_id)
                        and not self.ctx.demo)

    def submit(self) -> None:
        if self.busy.isVisible():
            return
        old, new, again = self.old.text(), self.new.text(), self.again.text()
        for field in (self.old, self.new, self.again):
            mark_invalid(field, False)
        if not old or not new:
            blank = self.old if not old else self.new
            mark_invalid(blank, True)
            self._say("error", lambda: self.tr("Type your current PIN and the new one."))
            blank.setFocus()
            return
        if new != again:
            mark_invalid(self.again, True)
            self.again.clear()
            self._say("error", lambda: self.tr("The two PINs are not the same. Type the new PIN again."))
            self.again.setFocus()
            return
        if new == old:
            mark_invalid(self.new, True)
            self._say("error", lambda: self.tr("The new PIN is the same as the current one."))
            return
        self.busy.show()
        self.save.setEnabled(False)
        path, agent_id = self.ctx.ledger.store.path, self.ctx.ledger.agent_id
        self.ctx.run(lambda: check_and_change_pin(path, agent_id, old, new), self._changed, self._failed,
                     label=self.tr("Changing the PIN"))

    def _say(self, kind: str, text) -> None:  # noqa: ANN001 - a str or a function giving one
        self.notice.show_message(kind, text)
        reveal(self.save)  # the message and the button under it, in view on a short screen

    def _changed(self, _: object) -> None:
        self.busy.hide()
        self.save.setEnabled(True)
        for field in (self.old, self.new, self.again):
            field.clear()
        self._say("success", lambda: self.tr(
            "PIN changed. From now on, type the new PIN to open this device."))

    def _failed(self, error: BaseException) -> None:
        self.busy.hide()
        self.save.setEnabled(True)
        code = error.code if isinstance(error, QuittanceError) else ""
        if code == "vault_wrong_pin":
            left = str(error.params.get("tries_left", "?"))
            self.old.clear()
            mark_invalid(self.old, True)
            self._say("error", lambda: self.tr(
                "Your current PIN is not this one. Tries left before the device locks: %1.").replace("%1", left))
            self.old.setFocus()
            return
        if code == "vault_device_locked":
            self.deviceLocked.emit()
            return
        if code == "vault_pin_too_weak":
            mark_invalid(self.new, True)
            self.new.setFocus()
        # Nothing typed is cleared: the agent corrects what the message names.
        self._say("error", lambda: self.ctx.error_text(error))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Change my PIN"))
        self.old_label.setText(self.tr("Current PIN"))
        self.new_label.setText(self.tr("New PIN"))
        self.again_label.setText(self.tr("New PIN again"))
        self.save.setText(self.tr("Change my PIN"))
