"""The supervisor's screens, one entry each, in the order of the supervisor window's rail.

A screen is a QWidget made by `make(context, parent)`. It reads and writes only through
`context.client` (a sync.client.supervisor.SupervisorClient), always off the UI thread through
`context.tasks` (desktop.tasks.TaskRunner), and refreshes from what the call returns. Its texts
go through `QCoreApplication.translate` in its own context and are re-applied in `retranslate()`
on a LanguageChange event, as the agent's views do. A reading with `cached=True` is shown with
when it was fetched, so that a supervisor offline knows the figures are not live."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.supervisor.context import SupervisorContext


@dataclass(frozen=True)
class ScreenSpec:
    key: str  # stable, for tests and settings: "dashboard", "reconciliation", "alerts", ...
    title: Callable[[], str]  # translated when called
    make: Callable[[SupervisorContext, QWidget | None], QWidget]


SCREENS: list[ScreenSpec] = []


def _dashboard(context: SupervisorContext, parent: QWidget | None) -> QWidget:
    from desktop.supervisor import dashboard  # QtCharts loads with the first supervisor window only
    return dashboard.make(context, parent)


# The first screen, whatever order the others are added in.
SCREENS.insert(0, ScreenSpec("dashboard", lambda: QCoreApplication.translate("SupervisorDashboard", "Dashboard"),
                            _dashboard))
