"""Taxable objects on the registration form: those already recorded, and new rows to add."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QSpinBox, QWidget

from core.registry import OBJECT_KINDS
from core.service import TaxableObject
from desktop.labels import object_kind_label
from desktop.widgets import Card, button, label

# Kinds whose tax is a rate per square metre (see the tax schedule): ask for the surface.
_SURFACE_KINDS = ("property", "billboard")


class _ObjectRow:
    def __init__(self, editor: "ObjectsEditor") -> None:
        self.kind = QComboBox()
        for kind in OBJECT_KINDS:
            self.kind.addItem(object_kind_label(kind), kind)
        self.reference = QLineEdit()
        self.description = QLineEdit()
        self.surface = QSpinBox()
        self.surface.setRange(0, 100_000)
        self.surface.setSuffix(" m²")
        self.remove = button()
        self.remove.setText("✕")
        self.remove.setMinimumWidth(56)
        self.remove.clicked.connect(lambda: editor.remove_row(self))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def widgets(self) -> list[QWidget]:
        return [self.kind, self.reference, self.description, self.surface, self.remove]

    def _kind_changed(self) -> None:
        self.surface.setEnabled(self.kind.currentData() in _SURFACE_KINDS)

    def value(self) -> dict[str, Any]:
        kind = self.kind.currentData()
        attributes = {"surface_m2": self.surface.value()} if kind in _SURFACE_KINDS and self.surface.value() else {}
        return {"kind": kind, "reference": self.reference.text().strip(),
                "description": self.description.text().strip() or None, "attributes": attributes}

    def retranslate(self) -> None:
        for i in range(self.kind.count()):
            self.kind.setItemText(i, object_kind_label(self.kind.itemData(i)))


class ObjectsEditor(Card):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = label("subtitle")
        self.body.addWidget(self.title)
        self.existing = label("muted")
        self.body.addWidget(self.existing)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.body.addLayout(self.grid)
        self.headers = [label("muted", wrap=False) for _ in range(4)]
        for column, header in enumerate(self.headers):
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(2, 3)
        self.add_button = button()
        self.add_button.setObjectName("objects_add")
        self.add_button.clicked.connect(self.add_row)
        self.body.addWidget(self.add_button)
        self.rows: list[_ObjectRow] = []
        self.retranslate()

    def set_existing(self, objects: list[TaxableObject]) -> None:
        self._existing = objects
        self._render_existing()

    def _render_existing(self) -> None:
        objects = getattr(self, "_existing", [])
        self.existing.setVisible(bool(objects))
        self.existing.setText(self.tr("Already recorded: %1").replace(
            "%1", ", ".join(f"{object_kind_label(o.kind)} {o.reference}" for o in objects)))

    def add_row(self) -> _ObjectRow:
        row = _ObjectRow(self)
        self.rows.append(row)
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, len(self.rows), column)
        row.reference.setPlaceholderText(self.tr("e.g. plot or stall number"))
        row.description.setPlaceholderText(self.tr("optional"))
        row.remove.setToolTip(self.tr("Remove this object"))
        self._headers_visible()
        row.reference.setFocus()
        self.changed.emit()
        return row

    def remove_row(self, row: _ObjectRow) -> None:
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.rows.remove(row)
        # re-lay the remaining rows so no gap is left
        for index, kept in enumerate(self.rows, start=1):
            for column, widget in enumerate(kept.widgets()):
                self.grid.addWidget(widget, index, column)
        self._headers_visible()
        self.changed.emit()

    def clear(self) -> None:
        for row in list(self.rows):
            self.remove_row(row)
        self.set_existing([])

    def _headers_visible(self) -> None:
        for header in self.headers:
            header.setVisible(bool(self.rows))

    def new_objects(self) -> list[dict[str, Any]]:
        return [row.value() for row in self.rows]

    def missing_reference(self) -> QLineEdit | None:
        """The first new row without a reference: the agent is sent there."""
        return next((row.reference for row in self.rows if not row.reference.text().strip()), None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Taxable objects"))
        for header, text in zip(self.headers, (self.tr("Kind"), self.tr("Reference"), self.tr("Description"),
                                               self.tr("Surface"))):
            header.setText(text)
        self.add_button.setText(self.tr("+ Add a taxable object"))
        for row in self.rows:
            row.retranslate()
            row.reference.setPlaceholderText(self.tr("e.g. plot or stall number"))
            row.description.setPlaceholderText(self.tr("optional"))
        self._render_existing()
