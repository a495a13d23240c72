"""The Map screen (rail entry "Map"): filters by zone and tax, the status legend, the agent's
position, the basemap chooser and its installation, and the map itself. Data is read off the UI
thread (core read models); tapping a taxpayer asks the main window to open their card."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QMenu, QToolButton, QVBoxLayout,
                               QWidget)

from core import basemaps
from core.map_points import STATUSES, MapPoint
from core.mbtiles import MBTiles
from core.seed import DEFAULT_BBOX
from desktop.gnss.capture import Fix, PositionCapture, gps_settings
from desktop.map.layers import STATUS_COLOURS
from desktop.map.view import MapView
from desktop.widgets import Notice, label


def _crosshair() -> QIcon:
    """The usual "my position" sign, drawn (no icon font to rely on)."""
    pixmap = QPixmap(56, 56)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#1976d2"), 5))
    painter.drawEllipse(QPointF(28, 28), 15, 15)
    for x1, y1, x2, y2 in ((28, 2, 28, 12), (28, 44, 28, 54), (2, 28, 12, 28), (44, 28, 54, 28)):
        painter.drawLine(x1, y1, x2, y2)
    painter.setBrush(QColor("#1976d2"))
    painter.drawEllipse(QPointF(28, 28), 6, 6)
    painter.end()
    return QIcon(pixmap)


def _dot(colour: QColor) -> QPixmap:
    """A round dot with a white rim, as the taxpayers are drawn on the map (desktop/map/layers.py)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(1, 1, 14, 14))
    painter.end()
    return pixmap


class MapScreen(QWidget):
    taxpayerChosen = Signal(str)
    scrolls_itself = True  # the map fills the page; no scroll area around it

    def __init__(self, ctx, parent: QWidget | None = None) -> None:  # noqa: ANN001 - AppContext
        super().__init__(parent)
        self.setObjectName("map_screen")
        self.ctx = ctx
        self.points: list[MapPoint] = []
        self.installed: list[basemaps.Basemap] = []
        self._loaded_once = False
        self._stale = True
        self._loading = self._again = False
        # Tests replace this to answer the file dialog.
        self.pick_file: Callable[[], str] = lambda: QFileDialog.getOpenFileName(
            self, self.tr("Install a basemap"), "", self.tr("MBTiles basemaps (*.mbtiles);;All files (*)"))[0]
        self.capture = PositionCapture(self)
        self.capture.fixed.connect(self.show_fix)
        self.capture.failed.connect(lambda text: self.notice.show_message("error", text, cause="gps"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.zone = QComboBox()
        self.zone.setObjectName("map_zone")
        self.tax = QComboBox()
        self.tax.setObjectName("map_tax")
        for combo in (self.zone, self.tax):
            self._narrow(combo)
            combo.currentIndexChanged.connect(self._apply_filter)
            bar.addWidget(combo, 1)  # the filters take the room the screen has
        self.basemap_menu = QToolButton()
        self.basemap_menu.setObjectName("map_basemap_menu")
        self.basemap_menu.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.basemap_menu.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # The menu lists the installed basemaps (the one shown is checked), then how to add one.
        self.menu = QMenu(self.basemap_menu)
        # Menu rows as tall as the other touch targets (44 px), not the desktop's 30 px.
        self.menu.setStyleSheet("QMenu::item { padding: 12px 28px 12px 32px; min-height: 20px; }"
                                " QMenu::item:selected { background: #e3f2fd; color: black; }")
        self.basemap_group = QActionGroup(self)
        self.basemap_group.triggered.connect(self._basemap_chosen)
        self.basemap_actions: dict[str, QAction] = {}
        self.menu.addSeparator()
        self.install_action = self.menu.addAction("")
        self.install_action.triggered.connect(self.install_from_file)
        self.server_action = self.menu.addAction("")
        self.server_action.triggered.connect(self.fetch_from_server)
        self.basemap_menu.setMenu(self.menu)
        bar.addWidget(self.basemap_menu)
        layout.addLayout(bar)

        legend = QHBoxLayout()
        legend.setSpacing(14)
        self.legend: dict[str, QLabel] = {}
        # The colours are the year's standing (core/standing.py), as in the GIS exports: say which year.
        self.legend_title = label("muted", wrap=False)
        self.legend_title.setObjectName("map_legend_title")
        legend.addWidget(self.legend_title)
        self.year = self.ctx.ledger.today().year
        for status in STATUSES:
            dot = QLabel()
            dot.setPixmap(_dot(STATUS_COLOURS[status]))
            text = label("muted", wrap=False)
            row = QHBoxLayout()
            row.setSpacing(4)
            row.addWidget(dot)
            row.addWidget(text)
            legend.addLayout(row)
            self.legend[status] = text
        legend.addStretch(1)
        layout.addLayout(legend)
        self.notice = Notice()
        layout.addWidget(self.notice)
        self.view = MapView()
        self.view.taxpayerChosen.connect(self.taxpayerChosen)
        self.shown = self.view.count  # the count of taxpayers shown, on the map itself
        # "My position" floats on the map under the zoom buttons, where map apps put it.
        self.position = QToolButton(self.view.viewport())
        self.position.setObjectName("map_position")
        self.position.setIcon(_crosshair())
        self.position.setIconSize(QSize(28, 28))
        self.position.setCheckable(True)
        self.position.setFixedSize(48, 48)
        self.position.setStyleSheet("QToolButton { background: white; border: 1px solid #b0bec5; border-radius: 6px; padding: 0;"
                                    " min-height: 0; }"
                                    " QToolButton:checked { background: #bbdefb; border: 2px solid #1976d2; }")
        self.position.toggled.connect(self._toggle_position)
        self.view.extra_buttons.append(self.position)
        self.outline_panel = None  # desktop/map/polygon_tool.py, made when an outline is first drawn
        self._map_row = QHBoxLayout()
        self._map_row.setSpacing(8)
        self._map_row.addWidget(self.view, 1)
        layout.addLayout(self._map_row, 1)
        ctx.changed.connect(self._changed)
        self.retranslate()

    @staticmethod
    def _narrow(combo: QComboBox) -> None:
        # Long tax labels ("Droit de place au marché") must not widen the screen past 1024 px.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)

    # -- loading -------------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        return basemaps.folder_for(self.ctx.ledger.store.path)

    def load(self, done: Callable[[], None] | None = None) -> None:
        """Read the points, zones and basemaps off the UI thread, then show them."""
        if self._loading:  # one read at a time; what changed meanwhile is read right after
            self._again = True
            return
        self._loading, self._again = True, False
        reads, folder = self.ctx.ledger.reads, self.folder
        zones = self.ctx.ledger.zones
        # The current year, read again at each load: the map may stay open past New Year.
        year = self.year = self.ctx.ledger.today().year
        self._retitle()

        def read() -> dict[str, Any]:
            return {"points": reads.map_points(year), "outlines": reads.zone_outlines(), "zones": zones(),
                    "basemaps": basemaps.list_basemaps(folder)}

        def loaded(found: dict[str, Any]) -> None:
            self._loading = False
            self._stale = self._again
            self.show_data(found)
            if done is not None:
                done()
            if self._again and self.isVisible():
                self.load()

        def failed(error: BaseException) -> None:
            self._loading = False
            self.notice.show_message("error", self.ctx.error_text(error))
        self.ctx.run(read, loaded, failed, label=self.tr("Loading the map"))

    def show_data(self, found: dict[str, Any]) -> None:
        self.points = found["points"]
        self._fill_filters(found["zones"])
        self.view.set_points(self.points)
        self.view.set_zones(found["outlines"])
        self._show_basemaps(found["basemaps"])
        self._apply_filter()
        if not self._loaded_once:
            self._loaded_once = True
            self._frame_area()

    def _frame_area(self) -> None:
        chosen = basemaps.chosen(self.installed, self.ctx.setting(basemaps.SETTING))
        bounds = chosen.info.bounds if chosen and chosen.info.bounds else None
        if bounds is None:
            bounds = self.ctx.ledger.municipality.bbox or DEFAULT_BBOX
            bounds = (bounds[1], bounds[0], bounds[3], bounds[2])  # (lat, lon) corners to west, south, east, north
        self.view.fit_lonlat(*(float(b) for b in bounds))

    def _fill_filters(self, zones: list[tuple[str, str, str]]) -> None:
        zone, tax = self.zone.currentData(), self.tax.currentData()
        for combo in (self.zone, self.tax):
            combo.blockSignals(True)
            combo.clear()
        self.zone.addItem(self.tr("All zones"), None)
        for _zid, code, name in zones:
            self.zone.addItem(name, code)
        self.tax.addItem(self.tr("All taxes"), None)
        for item in self.ctx.tax_types():
            self.tax.addItem(item.label_in(self.ctx.lang), item.code)
        for combo, value in ((self.zone, zone), (self.tax, tax)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def _retitle(self) -> None:
        self.legend_title.setText(self.tr("Status in %1:").replace("%1", str(self.year)))

    def _apply_filter(self) -> None:
        self.view.set_filter(self.zone.currentData(), self.tax.currentData())
        count = len(self.view.points.visible_points())
        self.shown.setText(self.tr("%1 taxpayer(s) on the map").replace("%1", str(count)))
        self.shown.adjustSize()

    def _changed(self, changes) -> None:  # noqa: ANN001 - core.changes.Changes
        # A payment changes a status, a registration adds a point: read again when next shown.
        if not self._concerns(changes):
            return
        self._stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if self._stale:
            self.load()

    @staticmethod
    def _concerns(changes) -> bool:  # noqa: ANN001 - core.changes.Changes
        """What moves a dot or its colour: a registration, an edit, a payment or void (they name
        their taxpayer), a pull. Not a printed copy, which names only its receipt."""
        return bool(changes.taxpayers or changes.registry)

    def hideEvent(self, event) -> None:  # noqa: ANN001
        super().hideEvent(event)
        self.position.setChecked(False)  # never keep a receiver running off-screen

    # -- basemaps ------------------------------------------------------------------------
    def _show_basemaps(self, installed: list[basemaps.Basemap]) -> None:
        self.installed = installed
        chosen = basemaps.chosen(installed, self.ctx.setting(basemaps.SETTING))
        for action in self.basemap_actions.values():
            self.basemap_group.removeAction(action)
            self.menu.removeAction(action)
        self.basemap_actions = {}
        first = self.menu.actions()[0]  # the separator before "Install from a file"
        for item in installed:
            action = QAction(item.info.name, self.menu)
            action.setCheckable(True)
            action.setData(item.file)
            action.setToolTip(item.info.attribution)
            action.setChecked(chosen is not None and item.file == chosen.file)
            self.basemap_group.addAction(action)
            self.menu.insertAction(first, action)
            self.basemap_actions[item.file] = action
        self.menu.setToolTipsVisible(True)
        current = self.view.tiles.tileset
        if chosen is None:
            self.view.set_basemap(None)
            self.notice.show_message("info", lambda: self.tr(
                "No basemap on this device: install one from a file, or get them from the server."), cause="basemap")
        elif current is None or current.path != chosen.path:
            self.view.set_basemap(MBTiles(chosen.path))
            self.notice.clear("basemap")

    def shown_basemap(self) -> str:
        """The name of the basemap on the map ('' for none)."""
        return self.view.tiles.tileset.info.name if self.view.tiles.tileset else ""

    def _basemap_chosen(self, action: QAction) -> None:
        name = action.data()
        self.ctx.op(lambda ledger: ledger.save_setting(basemaps.SETTING, name),
                    lambda _: self._show_basemaps(self.installed))

    def install_from_file(self) -> None:
        path = self.pick_file()
        if not path:
            return
        folder = self.folder

        def installed(item: basemaps.Basemap) -> None:
            self.notice.show_message("success", self.tr("Basemap installed: %1").replace("%1", item.info.name))
            self.ctx.op(lambda ledger: ledger.save_setting(basemaps.SETTING, item.file), lambda _: self.load())
        self.ctx.run(lambda: basemaps.install(path, folder), installed,
                     lambda error: self.notice.show_message("error", self.ctx.error_text(error)),
                     label=self.tr("Installing the basemap"))

    def fetch_from_server(self) -> None:
        from desktop.map.remote import fetch_basemaps  # the sync client only when asked

        if not self.ctx.sync.enrolled:
            self.notice.show_message("warning", lambda: self.tr(
                "This device is not enrolled: enrol it on the Synchronise screen to get the server's basemaps."))
            return
        ledger, folder, transport = self.ctx.ledger, self.folder, self.ctx.sync.transport

        def fetched(files: list[Path]) -> None:
            self.notice.show_message("success", self.tr("%1 basemap(s) from the server").replace("%1", str(len(files))))
            self.load()
        self.ctx.run(lambda: fetch_basemaps(ledger, folder, transport), fetched,
                     lambda error: self.notice.show_message("error", self.ctx.error_text(error)),
                     label=self.tr("Getting basemaps from the server"))

    # -- position ------------------------------------------------------------------------
    def _toggle_position(self, on: bool) -> None:
        if on:
            self.capture.start(gps_settings(self.ctx.setting("gps")))
        else:
            self.capture.stop()
            self.view.clear_position()

    def show_fix(self, fix: Fix) -> None:
        first = self.view.position_item is None
        self.view.set_position(fix.longitude, fix.latitude, fix.accuracy_m)
        if first:
            self.view.center_on_lonlat(fix.longitude, fix.latitude)

    def start_outline(self, object_id: str, reference: str, existing: dict[str, Any] | None = None) -> None:
        """Draw the outline of a taxable object on the map (its current one, when it has one)."""
        if self.outline_panel is None:
            from desktop.map.polygon_tool import PolygonPanel

            self.outline_panel = PolygonPanel(self.ctx, self.view)
            self._map_row.addWidget(self.outline_panel)
        self.outline_panel.start(object_id, reference, existing)

    def teardown(self) -> None:
        """The window is closing: no receiver left running, no signal from the context after."""
        if self.outline_panel is not None:
            self.outline_panel.tool.stop()
        self.capture.stop()
        self.ctx.changed.disconnect(self._changed)
        self.view.set_basemap(None)

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        words = {"paid": self.tr("Paid"), "partly_paid": self.tr("Partly paid"), "in_arrears": self.tr("In arrears"),
                 "never_assessed": self.tr("Never assessed")}
        for status, text in words.items():
            self.legend[status].setText(text)
        self._retitle()
        self.position.setToolTip(self.tr("My position"))
        self.basemap_menu.setText(self.tr("Basemaps…"))
        self.install_action.setText(self.tr("Install from a file…"))
        self.server_action.setText(self.tr("Get from the server"))
        self.view.zoom_in.setToolTip(self.tr("Zoom in"))
        self.view.zoom_out.setToolTip(self.tr("Zoom out"))
        if self.points or self._loaded_once:
            self._apply_filter()
        if self.zone.count():
            self.zone.setItemText(0, self.tr("All zones"))
            self.tax.setItemText(0, self.tr("All taxes"))
            for index in range(1, self.tax.count()):
                self.tax.setItemText(index, self.ctx.tax_label(self.tax.itemData(index)))
