"""What every supervisor screen is given."""
from __future__ import annotations

from dataclasses import dataclass

from core.timezones import local_moment
from desktop.tasks import TaskRunner
from sync.client.supervisor import SupervisorClient


@dataclass
class SupervisorContext:
    client: SupervisorClient  # logged in
    tasks: TaskRunner
    language: str = "fr"
    timezone: str | None = None  # the municipality's, as the device knows it: server times are shown on it

    def when(self, utc: str | None, empty: str = "") -> str:
        """A server time (UTC ISO) on the municipality's clock, day first, as the agent's screens
        and the dashboard show times; `empty` when there is none."""
        return server_time(utc, self.timezone, empty)


def server_time(utc: str | None, timezone: str | None, empty: str = "") -> str:
    if not utc:
        return empty
    try:
        return local_moment(utc, timezone).strftime("%d/%m/%Y %H:%M")
    except (TypeError, ValueError):
        return utc
