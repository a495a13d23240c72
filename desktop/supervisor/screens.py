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

from desktop.supervisor import reconciliation
from desktop.supervisor.context import SupervisorContext


@dataclass(frozen=True)
class ScreenSpec:
    key: str  # stable, for tests and settings: "dashboard", "reconciliation", "alerts", ...
    title: Callable[[], str]  # translated when called
    make: Callable[[SupervisorContext, QWidget | None], QWidget]


def _dashboard(context: SupervisorContext, parent: QWidget | None) -> QWidget:
    from desktop.supervisor import dashboard  # QtCharts loads with the first supervisor window only
    return dashboard.make(context, parent)


def _alerts(context: SupervisorContext, parent: QWidget | None) -> QWidget:
    from desktop.supervisor.alerts import make  # imported when the screen is opened
    return make(context, parent)


from desktop.supervisor import admin, registry, reports, statements  # noqa: E402 - they import ScreenSpec's context

# The day's work first: the figures, the cash, what was flagged; then the registry, reports, administration.
SCREENS: list[ScreenSpec] = [
    ScreenSpec("dashboard", lambda: QCoreApplication.translate("SupervisorDashboard", "Dashboard"), _dashboard),
    ScreenSpec("reconciliation", lambda: QCoreApplication.translate("SupervisorScreens", "Reconciliation"),
               reconciliation.make),
    ScreenSpec("alerts", lambda: QCoreApplication.translate("SupervisorScreens", "Alerts"), _alerts),
    # The rail's words are short: the screen's own title says "Mobile-money statements".
    ScreenSpec("statements", lambda: QCoreApplication.translate("SupervisorScreens", "Mobile money"), statements.make),
    ScreenSpec("registry", registry.title, registry.make),
    ScreenSpec("reports", reports.screen_title, reports.make),
    ScreenSpec("admin", admin.title, admin.make),
]
