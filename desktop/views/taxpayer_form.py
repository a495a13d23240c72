"""Register a new taxpayer or edit one: required fields, phone format, a warning when a similar
taxpayer exists (same phone, or a similar name nearby), taxable objects and the position.

What the agent typed is never lost: a refused save leaves every field as it was, and leaving
the screen keeps the draft until it is saved or cleared."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (QBoxLayout, QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QLineEdit,
                               QRadioButton, QVBoxLayout, QWidget)

from core.errors import QuittanceError
from core.registry import Location, normalise_phone
from core.textguard import check_text
from core.read_models import TaxpayerCard
from desktop import ops
from desktop.context import AppContext
from desktop.views.dialogs import ConfirmDialog
from desktop.views.location_panel import LocationPanel
from desktop.views.objects_editor import ObjectsEditor
from desktop.widgets import (Card, Links, Notice, busy_bar, button, field_label, label, set_role, scrolling, shortcut,
                             with_shortcut_hint)


class TaxpayerForm(QWidget):
    scrolls_itself = True  # its body scrolls; its buttons stay in view
    saved = Signal(str)  # taxpayer id
    registered = Signal(str)  # taxpayer id, after `saved`, when the taxpayer is new (not an edit)
    cancelled = Signal(str)  # taxpayer id when editing, "" when new

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taxpayer_form")
        self.ctx = ctx
        self.links = Links()
        self.editing: TaxpayerCard | None = None
        self.similar: list = []
        self._saving = False
        self._similar_timer = QTimer(self)
        self._similar_timer.setSingleShot(True)
        self._similar_timer.setInterval(400)  # only once the agent pauses: it is a warning, not a search
        self._similar_timer.timeout.connect(self.check_similar)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 10)
        self.title = label("title")
        outer.addWidget(self.title)
        page = QWidget()
        # Two columns on a landscape tablet (identity | position and objects), one on a narrow
        # screen: the capture button must be visible without scrolling where there is room.
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, page)
        self.columns.setSpacing(16)
        body = QVBoxLayout()
        body.setSpacing(14)
        side = QVBoxLayout()
        side.setSpacing(14)
        self.columns.addLayout(body, 1)
        self.columns.addLayout(side, 1)
        self.scroll = scrolling(page)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll, 1)

        identity = Card()
        self.identity_title = label("subtitle")
        identity.body.addWidget(self.identity_title)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(18)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        identity.body.addLayout(form)
        kinds = QHBoxLayout()
        kinds.setSpacing(28)
        self.kind_group = QButtonGroup(self)
        self.person = QRadioButton()
        self.business = QRadioButton()
        self.person.setChecked(True)
        for radio in (self.person, self.business):
            self.kind_group.addButton(radio)
            kinds.addWidget(radio)
        kinds.addStretch(1)
        self.kind_label = field_label()
        form.addRow(self.kind_label, kinds)
        self.name, self.business_name, self.id_number, self.phone, self.address = (QLineEdit() for _ in range(5))
        for widget, name in ((self.name, "form_name"), (self.business_name, "form_business"),
                             (self.id_number, "form_id_number"), (self.phone, "form_phone"),
                             (self.address, "form_address")):
            widget.setObjectName(name)
        self.zone = QComboBox()
        self.zone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zone.setMinimumContentsLength(12)
        self.zone.setObjectName("form_zone")
        self.field_labels = {}
        for key, widget in (("name", self.name), ("business_name", self.business_name),
                            ("id_number", self.id_number), ("phone", self.phone), ("zone", self.zone),
                            ("address", self.address)):
            self.field_labels[key] = field_label()
            form.addRow(self.field_labels[key], widget)
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.name.textEdited.connect(lambda _: self._similar_timer.start())
        self.phone.textEdited.connect(lambda _: self._similar_timer.start())
        self.phone.editingFinished.connect(self._check_phone)
        body.addWidget(identity)
        body.addStretch(1)

        self.similar_notice = Notice()
        self.similar_notice.setObjectName("form_similar")
        side.addWidget(self.similar_notice)
        self.location_panel = LocationPanel(ctx)
        self.location_panel.changed.connect(self._similar_timer.start)
        side.addWidget(self.location_panel)
        self.objects = ObjectsEditor()
        side.addWidget(self.objects)
        side.addStretch(1)

        self.notice = Notice()
        self.notice.setObjectName("form_notice")
        outer.addWidget(self.notice)
        self.busy = busy_bar()
        outer.addWidget(self.busy)
        actions = QHBoxLayout()
        self.cancel_button = button()
        self.cancel_button.clicked.connect(self.cancel)
        self.clear_button = button()
        self.clear_button.clicked.connect(self.start_new)
        self.save_button = button("primary")
        self.save_button.setObjectName("form_save")
        self.save_button.clicked.connect(self.save)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.clear_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        outer.addLayout(actions)

        shortcut(self, "Ctrl+S", self.save)
        shortcut(self, "Ctrl+G", self.location_panel.toggle_capture)
        shortcut(self, "Escape", self.cancel)
        self.retranslate()
        self._fill_zones()

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        wide = event.size().width() >= 1000
        self.columns.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)

    # -- starting ------------------------------------------------------------------------
    def _fill_zones(self) -> None:
        current = self.zone.currentData()
        self.zone.clear()
        self.zone.addItem(self.tr("— no zone —"), None)
        for zone_id, code, name in self.ctx.ledger.zones():
            self.zone.addItem(f"{name} ({code})", zone_id)
        if current is not None:
            self.zone.setCurrentIndex(max(0, self.zone.findData(current)))

    def start_new(self) -> None:
        self.editing = None
        for widget in (self.name, self.business_name, self.id_number, self.phone, self.address):
            widget.clear()
            self._mark(widget, False)
        self.person.setChecked(True)
        self.zone.setCurrentIndex(0)
        self.location_panel.set_location(None)
        self.objects.clear()
        self.similar = []
        self.similar_notice.clear()
        self.notice.clear()
        self.retranslate()
        self.name.setFocus()

    def start_edit(self, card: TaxpayerCard) -> None:
        self.editing = card
        t = card.taxpayer
        (self.business if t["kind"] == "business" else self.person).setChecked(True)
        self.name.setText(t["name"])
        self.business_name.setText(t["business_name"] or "")
        self.id_number.setText(t["id_number"] or "")
        self.phone.setText(t["phone"] or "")
        self.address.setText(t["address"] or "")
        self.zone.setCurrentIndex(max(0, self.zone.findData(t["zone_id"])))
        location = (Location(t["latitude"], t["longitude"], t["accuracy_m"], t["location_source"] or "manual",
                             t["fix_time"]) if t["latitude"] is not None else None)
        self.location_panel.set_location(location)
        self.objects.clear()
        self.objects.set_existing(card.objects)
        self.similar = []
        self.similar_notice.clear()
        self.notice.clear()
        self.retranslate()
        self.name.setFocus()

    def is_draft_empty(self) -> bool:
        return not any(w.text().strip() for w in (self.name, self.business_name, self.id_number, self.phone,
                                                  self.address)) and self.location_panel.location() is None

    # -- checks --------------------------------------------------------------------------
    def _mark(self, widget: QWidget, invalid: bool) -> None:
        widget.setProperty("invalid", invalid)
        set_role(widget, widget.property("role") or "")

    def _check_text_fields(self) -> bool:
        """Invisible and control characters (often pasted) are refused here, naming the field."""
        for field, widget in (("name", self.name), ("business_name", self.business_name),
                              ("id_number", self.id_number), ("address", self.address)):
            try:
                check_text(widget.text(), field)
            except QuittanceError as error:
                self._mark(widget, True)
                widget.setFocus()
                self.notice.show_message("error", lambda error=error: error.message(self.ctx.lang))
                return False
            self._mark(widget, False)
        return True

    def _check_phone(self) -> bool:
        try:
            normalise_phone(self.phone.text())
        except QuittanceError as error:
            self._mark(self.phone, True)
            self.notice.show_message("error", lambda error=error: error.message(self.ctx.lang))
            return False
        self._mark(self.phone, False)
        return True

    def check_similar(self) -> None:
        name = self.name.text().strip()
        if not name and not self.phone.text().strip():
            return
        location = self.location_panel.location()
        ledger, phone = self.ctx.ledger, self.phone.text().strip() or None
        own_id = self.editing.taxpayer["id"] if self.editing else None
        self.ctx.run(lambda: [hit for hit in ledger.reads.similar_taxpayers(
            name=name, phone=phone, latitude=location.latitude if location else None,
            longitude=location.longitude if location else None) if hit.taxpayer_id != own_id],
            self._show_similar, lambda error: None)

    def _show_similar(self, hits: list) -> None:
        self.similar = hits
        if not hits:
            self.similar_notice.clear()
            return
        names = "\n".join(f"• {h.name} — {h.zone or '?'}" + (f" — {h.phone}" if h.phone else "") for h in hits[:5])
        self.similar_notice.show_message("warning", lambda: self.tr(
            "A similar taxpayer already exists (same phone, or a similar name nearby). Check it is not the same "
            "person before saving:") + "\n" + names)

    # -- saving --------------------------------------------------------------------------
    def _fields(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "kind": "business" if self.business.isChecked() else "person",
                "business_name": self.business_name.text().strip() or None,
                "id_number": self.id_number.text().strip() or None, "phone": self.phone.text().strip() or None,
                "zone": self.zone.currentData(), "address": self.address.text().strip() or None}

    def save(self) -> None:
        if self._saving:
            return
        self.notice.clear()
        fields = self._fields()
        if not fields["name"]:
            self._mark(self.name, True)
            self.name.setFocus()
            self.notice.show_message("error", lambda: QuittanceError("name_required").message(self.ctx.lang))
            return
        self._mark(self.name, False)
        if not self._check_text_fields():
            return
        if not self._check_phone():
            self.phone.setFocus()
            return
        missing = self.objects.missing_reference()
        if missing is not None:
            missing.setFocus()
            self.notice.show_message("error", lambda: self.tr("Give each taxable object a reference."))
            return
        if self.similar and self.editing is None:
            dialog = ConfirmDialog(self.tr("Similar taxpayer"), self.similar_notice.text(),
                                   self.tr("It is someone else: save"), self.tr("Go back and check"), parent=self)
            if dialog.exec() != ConfirmDialog.DialogCode.Accepted:
                return
        self.location_panel.stop()
        self._saving = True
        self.save_button.setEnabled(False)
        self.busy.show()
        location, objects = self.location_panel.location(), self.objects.new_objects()
        if self.editing is None:
            work = lambda ledger: ops.register_taxpayer(ledger, fields, location, objects)  # noqa: E731
        else:
            current = self.editing.taxpayer
            changes = {key: value for key, value in {
                "name": fields["name"], "kind": fields["kind"], "business_name": fields["business_name"],
                "id_number": fields["id_number"], "phone": normalise_phone(fields["phone"]),
                "zone_id": fields["zone"], "address": fields["address"]}.items() if current.get(key) != value}
            changes.update(ops.location_changes(current, location))
            taxpayer_id, version = current["id"], current["version"]
            work = lambda ledger: ops.update_taxpayer(ledger, taxpayer_id, changes, version, objects)  # noqa: E731
        self.ctx.op(work, self._saved, self._refused, label=self.tr("Saving the taxpayer"))

    def _saved(self, taxpayer_id: str) -> None:
        self._saving = False
        self.busy.hide()
        self.save_button.setEnabled(True)
        new = self.editing is None
        self.saved.emit(taxpayer_id)
        if new:
            self.registered.emit(taxpayer_id)
        self.start_new()  # the draft is now safely recorded

    def _refused(self, error: BaseException) -> None:
        self._saving = False
        self.busy.hide()
        self.save_button.setEnabled(True)
        self.notice.show_message("error", lambda: self.ctx.error_text(error))

    def cancel(self) -> None:
        if self._saving:
            return
        self.location_panel.stop()
        self.cancelled.emit(self.editing.taxpayer["id"] if self.editing else "")

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        editing = self.editing is not None
        self.title.setText(self.tr("Edit: %1").replace("%1", self.editing.taxpayer["name"]) if editing
                           else self.tr("New taxpayer"))
        self.identity_title.setText(self.tr("Identity"))
        self.kind_label.setText(self.tr("Type"))
        self.person.setText(self.tr("Person"))
        self.business.setText(self.tr("Business"))
        texts = {"name": self.tr("Name *"), "business_name": self.tr("Business name"),
                 "id_number": self.tr("ID number"), "phone": self.tr("Phone"), "zone": self.tr("Zone"),
                 "address": self.tr("Address")}
        for key, text in texts.items():
            self.field_labels[key].setText(text)
        self.name.setPlaceholderText(self.tr("Surname and first names"))
        self.phone.setPlaceholderText(self.tr("e.g. +243 81 234 5678"))
        self.address.setPlaceholderText(self.tr("Street, landmark"))
        self.id_number.setPlaceholderText(self.tr("National ID or tax number"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(with_shortcut_hint(self.tr("Cancel"), "Esc"))
        self.clear_button.setText(self.tr("Clear the form"))
        self.clear_button.setVisible(not editing)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setToolTip(with_shortcut_hint(self.tr("Save"), "Ctrl+S"))
        self.location_panel.capture_button.setToolTip(with_shortcut_hint(self.tr("Capture position"), "Ctrl+G"))
        if self.zone.count():
            self.zone.setItemText(0, self.tr("— no zone —"))
        if self.similar:
            self._show_similar(self.similar)

    def teardown(self) -> None:
        self.location_panel.stop()
        self.links.disconnect_all()
