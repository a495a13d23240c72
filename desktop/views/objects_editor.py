"""Taxable objects on the registration form: those already recorded, and new ones to add.

Each new object is a small block on three lines (kind, remove / reference, surface / description),
so it fits in half a tablet screen without a sideways scroll."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QLineEdit, QSpinBox, QWidget

from core.registry import OBJECT_KINDS
from core.read_models import TaxableObject
from desktop.labels import object_kind_label
from desktop.views.stepper import number_field
from desktop.widgets import Card, button, label

# Kinds whose tax is a rate per square metre (see the tax schedule): ask for the surface.
_SURFACE_KINDS = ("property", "billboard")


class ObjectRow(QFrame):
    def __init__(self, editor: "ObjectsEditor") -> None:
        super().__init__()
        self.setObjectName("object_row")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 6)
        grid.setHorizontalSpacing(10)
        self.kind = QComboBox()
        # Let the combo shrink to half a screen; the open list still shows the full names.
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(8)
        for kind in OBJECT_KINDS:
            self.kind.addItem(object_kind_label(kind), kind)
        self.reference = QLineEdit()
        self.description = QLineEdit()
        self.surface = QSpinBox()
        self.surface.setRange(0, 99_999)
        self.surface.setSuffix(" m²")
        number_field(self.surface)  # typed on the digit keypad: arrows stepping by 1 m² help nobody
        self.remove = button()
        self.remove.setText("✕")
        self.remove.setMinimumWidth(56)
        self.remove.clicked.connect(lambda: editor.remove_row(self))
        grid.addWidget(self.kind, 0, 0, 1, 2)
        grid.addWidget(self.remove, 0, 2)
        grid.addWidget(self.reference, 1, 0)
        grid.addWidget(self.surface, 1, 1, 1, 2)
        grid.addWidget(self.description, 2, 0, 1, 3)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.retranslate()

    def _kind_changed(self) -> None:
        self.surface.setEnabled(self.kind.currentData() in _SURFACE_KINDS)

    def value(self) -> dict[str, Any]:
        kind = self.kind.currentData()
        attributes = {"surface_m2": self.surface.value()} if kind in _SURFACE_KINDS and self.surface.value() else {}
        return {"kind": kind, "reference": self.reference.text().strip(),
                "description": self.description.text().strip() or None, "attributes": attributes}

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for i in range(self.kind.count()):
            self.kind.setItemText(i, object_kind_label(self.kind.itemData(i)))
        self.reference.setPlaceholderText(self.tr("Reference, e.g. plot or stall no."))
        self.reference.setAccessibleName(self.tr("Reference"))
        self.description.setPlaceholderText(self.tr("Description (optional)"))
        self.surface.setSpecialValueText(self.tr("Surface?"))  # shown at 0: not given
        self.surface.setToolTip(self.tr("Surface"))
        self.remove.setToolTip(self.tr("Remove this object"))


class ObjectsEditor(Card):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("subtitle")
        self.body.addWidget(self.title)
        self.existing = label("muted")
        self.body.addWidget(self.existing)
        self._existing: list[TaxableObject] = []
        self.rows: list[ObjectRow] = []
        self.add_button = button()
        self.add_button.setObjectName("objects_add")
        self.add_button.clicked.connect(self.add_row)
        self.body.addWidget(self.add_button)
        self.retranslate()

    def set_existing(self, objects: list[TaxableObject]) -> None:
        self._existing = objects
        self._render_existing()

    def _render_existing(self) -> None:
        self.existing.setVisible(bool(self._existing))
        self.existing.setText(self.tr("Already recorded: %1").replace(
            "%1", ", ".join(f"{object_kind_label(o.kind)} {o.reference}" for o in self._existing)))

    def add_row(self) -> ObjectRow:
        row = ObjectRow(self)
        self.rows.append(row)
        self.body.insertWidget(self.body.indexOf(self.add_button), row)
        row.reference.setFocus()
        self.changed.emit()
        return row

    def remove_row(self, row: ObjectRow) -> None:
        self.rows.remove(row)
        self.body.removeWidget(row)
        row.deleteLater()
        self.changed.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        self.set_existing([])

    def new_objects(self) -> list[dict[str, Any]]:
        return [row.value() for row in self.rows]

    def missing_reference(self) -> QLineEdit | None:
        """The first new object without a reference: the agent is sent there."""
        return next((row.reference for row in self.rows if not row.reference.text().strip()), None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Taxable objects"))
        self.add_button.setText(self.tr("+ Add a taxable object"))
        self._render_existing()
