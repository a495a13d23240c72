"""QtCharts views of the dashboard's frames: rates as horizontal bars, the rate over days as
lines (all zones and each zone), receipts and voids per agent as grouped bars."""
from __future__ import annotations

import math
from datetime import date, datetime, time, timezone
from typing import Any

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QDateTimeAxis,
                              QHorizontalBarSeries, QLineSeries, QValueAxis)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter

from desktop.supervisor.dashboard_frames import Frame, translate


def chart_view() -> QChartView:
    view = QChartView()
    view.setObjectName("dashboard_chart")
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return view


def _chart() -> QChart:
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart


def _percent_axis(highest: float, titled: bool = True) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(100.0, highest))
    axis.setLabelFormat("%.0f %%")
    if titled:  # a vertical axis has no room for it: the legend and the table say it
        axis.setTitleText(translate("SupervisorDashboard", "Collected against assessed"))
    return axis


def draw(view: QChartView, frame: Frame) -> None:
    """Put a new chart for `frame` in `view` (the old one is deleted with it)."""
    spec: dict[str, Any] = frame.chart
    chart = _chart()
    kind = spec.get("kind")
    if kind == "rate_bars":
        series = QHorizontalBarSeries()
        bars = QBarSet(translate("SupervisorDashboard", "Rate"))
        bars.append([round(v or 0.0, 1) for v in spec["values"]])
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(spec["labels"] or [""])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        axis = _percent_axis(max([v or 0.0 for v in spec["values"]] or [0.0]))
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(axis)
        chart.legend().hide()
    elif kind == "rate_lines":
        moments = [datetime.combine(date.fromisoformat(d), time(12), tzinfo=timezone.utc).timestamp() * 1000
                   for d in spec["days"]]
        axis_x = QDateTimeAxis()
        axis_x.setFormat("dd/MM")
        axis_x.setTickCount(min(8, max(2, len(moments))))
        axis_y = _percent_axis(max([v or 0.0 for values in spec["lines"].values() for v in values] or [0.0]),
                               titled=False)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for name, values in spec["lines"].items():
            if not any(v is not None for v in values):
                continue  # a zone with nothing assessed has no rate to draw
            line = QLineSeries()
            line.setName(name)
            for moment, value in zip(moments, values):
                if value is not None:
                    line.append(moment, value)
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis_y)
        if moments:
            axis_x.setRange(datetime.fromtimestamp(moments[0] / 1000, timezone.utc),
                            datetime.fromtimestamp(moments[-1] / 1000, timezone.utc))
    elif kind == "count_bars":
        series = QBarSeries()
        for name, values in spec["sets"].items():
            bars = QBarSet(name)
            bars.append([float(v) for v in values])
            series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(spec["labels"] or [""])
        axis = QValueAxis()
        highest = max([v for values in spec["sets"].values() for v in values] or [0])
        step = max(1, math.ceil(highest / 5))  # whole counts, evenly spaced
        axis.setRange(0, step * max(1, math.ceil(highest / step)))
        axis.setTickType(QValueAxis.TickType.TicksDynamic)
        axis.setTickAnchor(0)
        axis.setTickInterval(step)
        axis.setLabelFormat("%d")
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(axis)
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
