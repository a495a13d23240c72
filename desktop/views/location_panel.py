"""Georeferencing on the registration form: live accuracy while the receiver settles, automatic
capture once accuracy is within the threshold, explicit acceptance of a worse fix, or manual
coordinates marked as such.

Once a fix is within the threshold, the panel averages that fix and the next ones (the `gps`
setting's average_count, 10 by default; core/gnss_average.py sets outliers aside) and keeps the
mean, with the fixes' spread as its accuracy. The receiver's status (fix type, RTK float/fixed,
satellites in use and in view, HDOP) shows under the accuracy, whose class (good, fair, poor) is
against the municipality's limits (the `gps` setting's good_m / fair_m)."""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QWidget

from core.clock import iso
from core.errors import QuittanceError
from core.gnss_average import AveragedPoint, PointAverager
from core.registry import Location
from desktop.context import AppContext
from desktop.gnss.capture import Fix, PositionCapture, gps_settings
from desktop.gnss.details import details_text
from desktop.gnss.quality import FAIR_M, GOOD_M, classes, grade, grade_colour, metres, status_line, summary
from desktop.labels import location_source_label
from desktop.widgets import Card, Notice, button, field_label, label, mark_invalid, reveal, set_role


def _coordinate(text: str, limit: float) -> float | None:
    """A typed latitude or longitude (either decimal mark), or None unless finite and within ±limit."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) and -limit <= value <= limit else None


class LocationPanel(Card):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.capture = PositionCapture(self)
        self.capture.fixed.connect(self._on_fix)
        self.capture.failed.connect(self._on_failed)
        self.capture.ended.connect(self._on_ended)
        self.captured: Location | None = None
        self.live: Fix | None = None
        self.threshold_m = 10.0
        self.limits = (GOOD_M, FAIR_M)  # the accuracy classes, from the `gps` setting
        self.average_count = 1
        self.averager: PointAverager | None = None  # collecting, once the threshold was reached
        self.averaged: AveragedPoint | None = None  # how the kept position was averaged

        self.title = label("subtitle")
        self.body.addWidget(self.title)
        self.status = label("")
        self.status.setObjectName("location_status")
        self.body.addWidget(self.status)
        self.live_label = label("big")
        self.live_label.setObjectName("location_live")
        self.live_label.hide()
        self.body.addWidget(self.live_label)
        self.gnss_status = label("muted")  # fix type, RTK, satellites, HDOP: what a technician checks
        self.gnss_status.setObjectName("location_gnss_status")
        self.gnss_status.setWordWrap(True)
        self.gnss_status.hide()
        self.body.addWidget(self.gnss_status)
        # The receiver's own figures, for whoever asks: a button, since a tablet has no hover.
        self.details_open = False
        self.details_button = button()
        self.details_button.setObjectName("location_details_toggle")
        self.details_button.clicked.connect(self.toggle_details)
        self.details_button.hide()
        self.details = label("muted")
        self.details.setObjectName("location_details")
        self.details.hide()
        details_row = QHBoxLayout()
        details_row.addWidget(self.details_button)
        details_row.addStretch(1)
        self.body.addLayout(details_row)
        self.body.addWidget(self.details)
        self._age_timer = QTimer(self)  # the fix's age, counted on screen while capturing
        self._age_timer.setInterval(1000)
        self._age_timer.timeout.connect(self._render_details)
        self.notice = Notice()
        row = QGridLayout()
        row.setHorizontalSpacing(10)
        self.capture_button = button("primary")
        self.capture_button.setObjectName("location_capture")
        self.capture_button.clicked.connect(self.toggle_capture)
        self.accept_button = button()
        self.accept_button.setObjectName("location_accept")
        self.accept_button.clicked.connect(self.accept_current)
        self.accept_button.hide()
        self.manual_button = button()
        self.manual_button.setObjectName("location_manual")
        self.manual_button.setCheckable(True)
        self.manual_button.toggled.connect(self._manual_toggled)
        self.clear_button = button()
        self.clear_button.clicked.connect(self.clear)
        # Two rows, so the buttons fit half a tablet screen: capture / accept, then hand / remove.
        row.addWidget(self.capture_button, 0, 0)
        row.addWidget(self.accept_button, 0, 1)
        row.addWidget(self.manual_button, 1, 0)
        row.addWidget(self.clear_button, 1, 1)
        self.body.addLayout(row)

        self.manual_box = QWidget()
        grid = QGridLayout(self.manual_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.lat_label, self.lon_label = field_label(), field_label()
        self.lat, self.lon = QLineEdit(), QLineEdit()
        self.lat.setObjectName("location_lat")
        self.lon.setObjectName("location_lon")
        self.use_manual = button()
        self.use_manual.setObjectName("location_use_manual")
        self.use_manual.clicked.connect(self.use_manual_coordinates)
        grid.addWidget(self.lat_label, 0, 0)
        grid.addWidget(self.lat, 0, 1)
        grid.addWidget(self.lon_label, 1, 0)
        grid.addWidget(self.lon, 1, 1)
        grid.addWidget(self.use_manual, 2, 1)
        self.manual_box.hide()
        self.body.addWidget(self.manual_box)
        # Below the buttons and the coordinates typed, where the agent is looking when it appears.
        self.body.addWidget(self.notice)
        self.retranslate()

    # -- state ---------------------------------------------------------------------------
    def set_location(self, location: Location | None) -> None:
        """Show what is already recorded (editing), or nothing (a new taxpayer)."""
        self.stop()
        self.captured = location
        self.live = None
        self.averager = self.averaged = None
        self.details_open = False
        self.notice.clear()
        for field in (self.lat, self.lon):
            mark_invalid(field, False)
        self.manual_button.setChecked(False)
        self._render()

    def location(self) -> Location | None:
        return self.captured

    def clear(self) -> None:
        self.set_location(None)
        self.changed.emit()

    def stop(self) -> None:
        self.capture.stop()
        self._render()

    # -- capture -------------------------------------------------------------------------
    def toggle_capture(self) -> None:
        if self.capture.running:
            self.stop()
            return
        settings = gps_settings(self.ctx.setting("gps"))
        self.threshold_m = float(settings["threshold_m"])
        self.limits = classes(settings)
        try:
            self.average_count = max(1, min(600, int(settings["average_count"])))
        except (TypeError, ValueError):
            self.average_count = 1
        self.averager = self.averaged = None
        self.live = None
        self.notice.clear()
        self.manual_button.setChecked(False)
        self.capture.start(settings)
        self._render()

    def _on_fix(self, fix: Fix) -> None:
        self.live = fix
        if self.averager is None and fix.accuracy_m is not None and fix.accuracy_m <= self.threshold_m:
            if self.average_count <= 1:
                self._keep(fix.to_location())
                return
            self.averager = PointAverager(self.average_count)
        if self.averager is not None and self.averager.add_point(fix.latitude, fix.longitude, fix.accuracy_m):
            self._keep_average()
            return
        self._render()

    def _keep_average(self) -> None:
        """The mean of the fixes collected so far, its spread as its accuracy."""
        point = self.averager.result()
        last = self.live
        self.averager = None
        location = Location(round(point.latitude, 7), round(point.longitude, 7),
                            round(point.accuracy_m, 1) if point.accuracy_m else None, last.source, last.fix_time)
        self._keep(location)
        self.averaged = point  # after _keep, which forgets how the last one was obtained
        self._render()

    def accept_current(self) -> None:
        """The agent accepts a fix worse than the threshold, knowingly: its accuracy is stored as is."""
        if self.live is not None:
            self._keep(self.live.to_location())

    def _keep(self, location: Location) -> None:
        self.capture.stop()
        self.averager = self.averaged = None
        if location.source == "manual":
            self.live = None  # the receiver's figures no longer describe what is kept
        self.captured = location
        self.notice.clear()
        self._render()
        self.changed.emit()

    def _on_failed(self, message: str) -> None:
        self.capture.stop()
        self.notice.show_message("error", message)
        self._render()

    def _on_ended(self) -> None:
        if self.capture.running and self.averager is not None and self.averager.fixes:
            self._keep_average()  # the log ran out while averaging: the mean of what came
            return
        if self.capture.running and self.captured is None:
            self.notice.show_message("warning", lambda: self.tr("The NMEA log has ended. Accept the last fix or enter "
                                                        "the coordinates by hand."))

    # -- manual --------------------------------------------------------------------------
    def _manual_toggled(self, on: bool) -> None:
        if on:
            self.capture.stop()
            if self.captured is not None:
                self.lat.setText(f"{self.captured.latitude:.6f}")
                self.lon.setText(f"{self.captured.longitude:.6f}")
            self.lat.setFocus()
        self.manual_box.setVisible(on)
        self._render()

    def use_manual_coordinates(self) -> None:
        values = {field: _coordinate(field.text(), limit) for field, limit in ((self.lat, 90), (self.lon, 180))}
        for field, value in values.items():
            mark_invalid(field, value is None)
        try:
            location = Location(values[self.lat], values[self.lon], None, "manual", iso(self.ctx.now()))
            location.validate()
        except (TypeError, ValueError, QuittanceError):
            self.notice.show_message("error", lambda: QuittanceError("invalid_coordinates").message(self.ctx.lang))
            wrong = next((field for field, value in values.items() if value is None), self.lat)
            reveal(self.notice)
            reveal(wrong)  # the message, and the red field above it
            wrong.setFocus()
            return
        self.manual_button.setChecked(False)
        self._keep(location)

    # -- display -------------------------------------------------------------------------
    def _render(self) -> None:
        running = self.capture.running
        self.capture_button.setText(self.tr("Stop") if running else
                                    self.tr("Capture again") if self.captured else self.tr("Capture position"))
        live = self.live if running else None
        self.live_label.setVisible(running or live is not None)
        self.accept_button.setVisible(live is not None)
        if running:
            code = grade(live.accuracy_m if live else None, live is not None, *self.limits)
            self.live_label.setText(summary(live.accuracy_m if live else None, self.ctx.decimal, live is not None,
                                            self.limits))
            self.live_label.setProperty("quality", code)
            self.live_label.setStyleSheet(f"color: {grade_colour(code)};")
        if live is not None:
            accuracy = metres(live.accuracy_m, self.ctx.decimal) if live.accuracy_m else self.tr("accuracy unknown")
            # "Accept accuracy unknown" read as an order to accept something; say what is kept.
            self.accept_button.setText(self.tr("Accept %1").replace("%1", accuracy) if live.accuracy_m
                                       else self.tr("Accept without known accuracy"))
            self.accept_button.setToolTip(self.tr("Keep this position although it is less accurate than "
                                                  "required"))
        if running and self.averager is not None:
            self.status.setText(self.tr("Averaging the position: %1 of %2 fixes… Keep the receiver still.")
                                .replace("%1", str(len(self.averager.fixes))).replace("%2", str(self.averager.count)))
        elif running:
            self.status.setText(self.tr("Waiting for accuracy of %1 m or better…").replace(
                "%1", f"{self.threshold_m:g}") if live is not None
                else self.tr("Searching for satellites… Stay outside, away from walls."))
        elif self.captured is not None:
            loc = self.captured
            accuracy = summary(loc.accuracy_m, self.ctx.decimal, limits=self.limits) if loc.accuracy_m \
                else self.tr("accuracy unknown")  # "Good — ± 3.2 m"; none for coordinates typed by hand
            text = (self.tr("Recorded: %1, %2 (%3) — %4, %5")
                    .replace("%1", f"{loc.latitude:.6f}").replace("%2", f"{loc.longitude:.6f}")
                    .replace("%3", accuracy).replace("%4", location_source_label(loc.source))
                    .replace("%5", self.ctx.when(loc.fix_time)))
            if self.averaged is not None:
                text += "\n" + self.tr("Mean of %1 fixes; %2 set aside as too far from the others.").replace(
                    "%1", str(self.averaged.used)).replace("%2", str(self.averaged.discarded))
            self.status.setText(text)
        else:
            self.status.setText(self.tr("No position recorded yet."))
        self.clear_button.setVisible(self.captured is not None and not running)
        status = status_line(self.live, self.ctx.decimal) if self.live is not None else ""
        self.gnss_status.setText(status)
        self.gnss_status.setVisible(bool(status))
        # Details of the receiver's last fix, while capturing and after keeping it.
        self.details_button.setVisible(self.live is not None)
        self.details_button.setText(self.tr("Hide details") if self.details_open else self.tr("Details"))
        self._render_details()
        if running and self.details_open:
            self._age_timer.start()
        else:
            self._age_timer.stop()

    def toggle_details(self) -> None:
        self.details_open = not self.details_open
        self._render()

    def _render_details(self) -> None:
        shown = self.live is not None and self.details_open
        self.details.setVisible(shown)
        if shown:
            self.details.setText(details_text(self.live, self.ctx.decimal, self.capture.running))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Position"))
        self.manual_button.setText(self.tr("Enter by hand"))
        self.clear_button.setText(self.tr("Remove"))
        self.lat_label.setText(self.tr("Latitude"))
        self.lon_label.setText(self.tr("Longitude"))
        self.lat.setPlaceholderText("-5.896210")
        self.lon.setPlaceholderText("22.417100")
        self.use_manual.setText(self.tr("Use these coordinates"))
        self._render()
